import ShellCore

/// Removes an Active Directory computer account.
final class RemoveADComputer: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-ADComputer", synopsis: "Removes an Active Directory computer.",
    description: """
      Deletes the computer named by -Identity (a DN, GUID, SID or sAMAccountName, with or \
      without the trailing $). The module asks first; -Confirm:$false does not.
      """,
    parameters: ADRemoveCommand.parameters("computer", recursive: false),
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Remove-ADComputer WS002 -Confirm:$false; (Get-ADComputer -Filter *).Name",
        remarks: "Deletes a computer account.", prints: "DC01\nWS001\nSRV-FILE01\n")
    ],
    module: "ActiveDirectory")

  required init() {}

  func process(_ context: CommandContext) throws { try ADRemoveCommand.run(context, .computer) }
}
