import ShellCore

/// Adds one or more members to an Active Directory group.
final class AddADGroupMember: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Add-ADGroupMember", synopsis: "Adds one or more members to an Active Directory group.",
    description: """
      Adds users, computers or groups to the group; members already in it are skipped unless \
      -DisablePermissiveModify is given. An unknown member fails the whole call.
      """,
    parameters: ADMemberCommand.parameters, supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Add-ADGroupMember HR ogarcia,WS001$; (Get-ADGroupMember HR).Count",
        remarks: "Adds a user and a computer.", prints: "4\n")
    ],
    module: "ActiveDirectory")

  required init() {}

  func process(_ context: CommandContext) throws { try ADMemberCommand.run(context, add: true) }
}
