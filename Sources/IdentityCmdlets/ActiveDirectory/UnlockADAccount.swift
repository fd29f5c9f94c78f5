import ShellCore

/// Unlocks an Active Directory account.
final class UnlockADAccount: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Unlock-ADAccount", synopsis: "Unlocks an Active Directory account.",
    description: """
      Sets lockoutTime to 0, which ends a lockout after too many bad passwords.
      """,
    parameters: ADAccountCommand.parameters, supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Set-ADUser bsmith -Replace @{lockoutTime = 133497828000000000}; Unlock-ADAccount bsmith; (Get-ADUser bsmith -Properties lockoutTime).lockoutTime",
        remarks: "Unlocks a locked-out user.", prints: "0\n")
    ],
    module: "ActiveDirectory")

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADAccountCommand.run(context) { _ in [.replace("lockoutTime", ["0"])] }
  }
}
