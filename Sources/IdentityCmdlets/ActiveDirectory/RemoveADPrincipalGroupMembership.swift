import ShellCore

/// Removes a user, computer or group from one or more Active Directory groups.
final class RemoveADPrincipalGroupMembership: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-ADPrincipalGroupMembership",
    synopsis: "Removes a user, computer or group from one or more Active Directory groups.",
    description: """
      The reverse direction of Remove-ADGroupMember: the principal is removed from each group \
      given by -MemberOf; groups it is not in are skipped.
      """,
    parameters: ADPrincipalMembershipCommand.parameters, supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Remove-ADPrincipalGroupMembership rclark -MemberOf Sales -Confirm:$false; (Get-ADGroupMember Sales).Count",
        remarks: "Removes a user from a group.", prints: "3\n")
    ],
    module: "ActiveDirectory")

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADPrincipalMembershipCommand.run(context, add: false)
  }
}
