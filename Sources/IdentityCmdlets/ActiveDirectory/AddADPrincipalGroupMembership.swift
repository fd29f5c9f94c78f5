import ShellCore

/// Adds a user, computer or group to one or more Active Directory groups.
final class AddADPrincipalGroupMembership: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Add-ADPrincipalGroupMembership",
    synopsis: "Adds a user, computer or group to one or more Active Directory groups.",
    description: """
      The reverse direction of Add-ADGroupMember: the principal is added to each group given \
      by -MemberOf; groups it is already in are skipped.
      """,
    parameters: ADPrincipalMembershipCommand.parameters, supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Add-ADPrincipalGroupMembership gtaylor -MemberOf Sales, Marketing; (Get-ADGroupMember Sales).Count; (Get-ADGroupMember Marketing).Name -contains 'Grace Taylor'",
        remarks: "Adds a user to two groups.", prints: "5\nTrue\n")
    ],
    module: "ActiveDirectory")

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADPrincipalMembershipCommand.run(context, add: true)
  }
}
