import ShellCore

/// Removes an Active Directory group.
final class RemoveADGroup: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-ADGroup", synopsis: "Removes an Active Directory group.",
    description: """
      Deletes the group named by -Identity. \
      Objects protected from accidental deletion are refused with "Access is denied".
      """,
    parameters: ADRemoveCommand.parameters("group", recursive: false), supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Remove-ADGroup 'Sales Team DL' -Confirm:$false; (Get-ADGroup -Filter 'Name -like \"Sales*\"').Name",
        remarks: "Deletes a group.", prints: "Sales\n")
    ],
    module: "ActiveDirectory")

  required init() {}

  func process(_ context: CommandContext) throws { try ADRemoveCommand.run(context, .group) }
}
