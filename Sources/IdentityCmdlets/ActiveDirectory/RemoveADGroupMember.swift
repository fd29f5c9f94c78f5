import ShellCore

/// Removes one or more members from an Active Directory group.
final class RemoveADGroupMember: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-ADGroupMember",
    synopsis: "Removes one or more members from an Active Directory group.",
    description: """
      Removes the members from the group; members not in it are skipped unless \
      -DisablePermissiveModify is given.
      """,
    parameters: ADMemberCommand.parameters, supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Remove-ADGroupMember Sales rclark -Confirm:$false; Get-ADGroupMember Sales | ForEach-Object SamAccountName",
        remarks: "Removes a user from a group.", prints: "ajohnson\nbsmith\ncdavis\n")
    ],
    module: "ActiveDirectory")

  required init() {}

  func process(_ context: CommandContext) throws { try ADMemberCommand.run(context, add: false) }
}
