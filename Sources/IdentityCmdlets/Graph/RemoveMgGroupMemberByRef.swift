import ShellCore

/// Removes a member from a group: the name the SDK kept beside
/// Remove-MgGroupMemberDirectoryObjectByRef, with the same parameters.
final class RemoveMgGroupMemberByRef: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-MgGroupMemberByRef",
    synopsis: "Removes a member from a group.",
    description: """
      Does what Remove-MgGroupMemberDirectoryObjectByRef does: removes the user or group \
      -DirectoryObjectId from the group's members. Writes nothing (True with -PassThru); \
      removing an object that is not a member is an error.
      """,
    parameters: GraphMemberRequests.removeParameters,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        $u = Get-MgUser -UserId 'ajohnson@contoso.com'
        New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $u.Id
        Remove-MgGroupMemberByRef -GroupId $g.Id -DirectoryObjectId $u.Id
        @(Get-MgGroupMember -GroupId $g.Id).Count
        """,
        remarks: "Adds, then removes a member.", prints: "0\n")
    ],
    module: GraphParameters.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    try GraphMemberRequests.remove(context, command: "Remove-MgGroupMemberByRef")
  }
}
