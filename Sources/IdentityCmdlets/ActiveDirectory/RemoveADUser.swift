import ShellCore

/// Removes an Active Directory user.
final class RemoveADUser: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-ADUser", synopsis: "Removes an Active Directory user.",
    description: """
      Deletes the user named by -Identity. \
      Objects protected from accidental deletion are refused with "Access is denied".
      """,
    parameters: ADRemoveCommand.parameters("user", recursive: false), supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Remove-ADUser qrobinson -Confirm:$false; (Get-ADUser -Filter * -SearchBase 'OU=Users,OU=Corp,DC=contoso,DC=com').Count",
        remarks: "Deletes a user.", prints: "18\n")
    ],
    module: "ActiveDirectory")

  required init() {}

  func process(_ context: CommandContext) throws { try ADRemoveCommand.run(context, .user) }
}
