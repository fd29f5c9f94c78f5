import ShellCore

/// Removes an owner from a group (DELETE /groups/{id}/owners/{id}/$ref).
final class RemoveMgGroupOwnerDirectoryObjectByRef: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-MgGroupOwnerDirectoryObjectByRef",
    synopsis: "Removes an owner from a group.",
    description: """
      Removes the user -DirectoryObjectId from the group's owners. Once a group has owners, \
      its last owner cannot be removed; removing an object that is not an owner is an error. \
      Writes nothing (True with -PassThru).
      """,
    parameters: GraphOwnerRequests.removeParameters,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        $ann = Get-MgUser -UserId 'ajohnson@contoso.com'
        $bob = Get-MgUser -UserId 'bsmith@contoso.com'
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/users/$($ann.Id)"
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/users/$($bob.Id)"
        Remove-MgGroupOwnerDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId $ann.Id
        (Get-MgGroupOwner -GroupId $g.Id).AdditionalProperties.displayName
        """,
        remarks: "Hands a group over from one owner to another.", prints: "Bob Smith\n")
    ],
    module: GraphParameters.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    try GraphOwnerRequests.remove(context, command: "Remove-MgGroupOwnerDirectoryObjectByRef")
  }
}
