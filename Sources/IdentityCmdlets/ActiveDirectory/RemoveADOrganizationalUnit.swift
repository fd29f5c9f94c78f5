import ShellCore

/// Removes an Active Directory organizational unit.
final class RemoveADOrganizationalUnit: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-ADOrganizationalUnit",
    synopsis: "Removes an Active Directory organizational unit.",
    description: """
      Deletes the organizational unit named by -Identity (with -Recursive, everything below it too). \
      Objects protected from accidental deletion are refused with "Access is denied".
      """,
    parameters: ADRemoveCommand.parameters("organizational unit", recursive: true),
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Set-ADObject 'OU=Service Accounts,DC=contoso,DC=com' -ProtectedFromAccidentalDeletion $false; Remove-ADOrganizationalUnit 'OU=Service Accounts,DC=contoso,DC=com' -Recursive -Confirm:$false; @(Get-ADOrganizationalUnit -Filter 'Name -eq \"Service Accounts\"').Count",
        remarks: "Unprotects an OU, then deletes it with its contents.", prints: "0\n")
    ],
    module: "ActiveDirectory")

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADRemoveCommand.run(context, .organizationalUnit)
  }
}
