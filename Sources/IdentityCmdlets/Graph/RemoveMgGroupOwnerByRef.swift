import ShellCore

/// Removes an owner from a group: the name the SDK kept beside
/// Remove-MgGroupOwnerDirectoryObjectByRef, with the same parameters.
final class RemoveMgGroupOwnerByRef: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-MgGroupOwnerByRef",
    synopsis: "Removes an owner from a group.",
    description: """
      Does what Remove-MgGroupOwnerDirectoryObjectByRef does: removes the user \
      -DirectoryObjectId from the group's owners. The last owner cannot be removed. Writes \
      nothing (True with -PassThru).
      """,
    parameters: GraphOwnerRequests.removeParameters,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
        $ann = Get-MgUser -UserId 'ajohnson@contoso.com'
        $cloud = Get-MgUser -UserId 'cloud.only@contoso.onmicrosoft.com'
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/users/$($ann.Id)"
        New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/users/$($cloud.Id)"
        Remove-MgGroupOwnerByRef -GroupId $g.Id -DirectoryObjectId $cloud.Id -PassThru
        @(Get-MgGroupOwner -GroupId $g.Id).Count
        """,
        remarks: "Removes one of two owners.", prints: "True\n1\n")
    ],
    module: GraphParameters.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    try GraphOwnerRequests.remove(context, command: "Remove-MgGroupOwnerByRef")
  }
}
