import ShellCore

/// Removes a member from a group (DELETE /groups/{id}/members/{id}/$ref): the SDK v2 name.
final class RemoveMgGroupMemberDirectoryObjectByRef: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-MgGroupMemberDirectoryObjectByRef",
    synopsis: "Removes a member from a group.",
    description: """
      Removes the user or group -DirectoryObjectId from the group's members. Writes nothing \
      (True with -PassThru); an unknown group, or an object that is not a member, is an \
      error.
      """,
    parameters: GraphMemberRequests.removeParameters,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        $ann = Get-MgUser -UserId 'ajohnson@contoso.com'
        $bob = Get-MgUser -UserId 'bsmith@contoso.com'
        New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $ann.Id
        New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $bob.Id
        Remove-MgGroupMemberDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId $ann.Id -PassThru
        (Get-MgGroupMember -GroupId $g.Id).AdditionalProperties.displayName
        """,
        remarks: "Removes one of two members.", prints: "True\nBob Smith\n")
    ],
    module: GraphParameters.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    try GraphMemberRequests.remove(
      context, command: "Remove-MgGroupMemberDirectoryObjectByRef")
  }
}
