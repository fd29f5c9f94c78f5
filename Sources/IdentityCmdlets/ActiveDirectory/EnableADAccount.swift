import ShellCore

/// Enables an Active Directory account.
final class EnableADAccount: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Enable-ADAccount", synopsis: "Enables an Active Directory account.",
    description: """
      Clears the ACCOUNTDISABLE bit (0x2) of a user's or computer's userAccountControl; an \
      account that is already enabled is left as it is.
      """,
    parameters: ADAccountCommand.parameters, supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Enable-ADAccount rclark; (Get-ADUser rclark).Enabled",
        remarks: "Enables a user by sAMAccountName.", prints: "True\n"),
      CmdletExample(
        "Get-ADUser -Filter 'Enabled -eq $false' -SearchBase 'OU=Corp,DC=contoso,DC=com' | Enable-ADAccount -PassThru | ForEach-Object Enabled",
        remarks: "Enables every disabled user under an OU.", prints: "True\nTrue\n"),
    ],
    module: "ActiveDirectory")

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADAccountCommand.run(context) { ADAccountCommand.accountDisable($0, disabled: false) }
  }
}
