import ShellCore

/// Disables an Active Directory account.
final class DisableADAccount: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Disable-ADAccount", synopsis: "Disables an Active Directory account.",
    description: """
      Sets the ACCOUNTDISABLE bit (0x2) of a user's or computer's userAccountControl; an \
      account that is already disabled is left as it is.
      """,
    parameters: ADAccountCommand.parameters, supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Disable-ADAccount bsmith; (Get-ADUser bsmith).Enabled",
        remarks: "Disables a user by sAMAccountName.", prints: "False\n"),
      CmdletExample(
        "Get-ADUser -Filter 'Department -eq \"Sales\"' | Disable-ADAccount; (Get-ADUser -Filter 'Enabled -eq $false' -SearchBase 'OU=Corp,DC=contoso,DC=com').Count",
        remarks: "Disables every user of a department.", prints: "5\n"),
    ],
    module: "ActiveDirectory")

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADAccountCommand.run(context) { ADAccountCommand.accountDisable($0, disabled: true) }
  }
}
