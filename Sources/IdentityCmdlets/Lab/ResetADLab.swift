import IdentityEngine
import ShellCore

/// Empties the lab and seeds it again.
final class ResetADLab: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Reset-ADLab", synopsis: "Erases the lab and seeds it again.",
    description: """
      Deletes every object of the lab and recreates the seeded contoso.com domain, in one \
      transaction. It cannot be undone, so it asks first (ConfirmImpact High): give -Force \
      or -Confirm:$false to skip the question, as a script without a terminal must.
      """,
    parameters: [
      ParameterDeclaration(
        "Force", .switchParameter, help: "Resets without asking for confirmation.")
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Remove-ADUser bsmith -Confirm:$false; Reset-ADLab -Force; (Get-ADUser bsmith).Name",
        remarks: "Brings a deleted user back with the rest of the seed.", prints: "Bob Smith\n")
    ],
    module: LabModule.name)

  required init() {}

  func process(_ context: CommandContext) throws {
    // A lab that lost its domain is what Reset-ADLab is for; a file that is not a lab, or a
    // newer one, is still refused by the opening itself.
    let lab = try ADSession.of(context).lab(context, allowDamaged: true)
    // Like Remove-Item -Force, -Force skips the confirmation; -WhatIf still only reports.
    let impact: ConfirmImpact = context.parameters.isSet("Force") ? .none : .high
    guard
      try ADContext.shouldProcess(
        context, target: lab.store.path, action: "Reset", impact: impact)
    else { return }
    do {
      try lab.reset()
    } catch {
      throw ADErrors.terminating(context, error, target: .string(lab.store.path))
    }
  }
}
