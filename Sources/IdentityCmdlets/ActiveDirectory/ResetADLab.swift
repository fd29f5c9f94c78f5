import IdentityEngine
import ShellRuntime

/// Empties the lab and seeds it again.
final class ResetADLab: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Reset-ADLab", synopsis: "Erases the lab and seeds it again.",
    description: """
      Deletes every object of the lab and recreates the seeded contoso.com domain, in one \
      transaction. It asks for -Force (or -Confirm:$false), since it cannot be undone.
      """,
    parameters: [
      ParameterDeclaration(
        "Force", .switchParameter, help: "Resets without asking for confirmation.")
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Remove-ADUser bsmith; Reset-ADLab -Force; (Get-ADUser bsmith).Name",
        remarks: "Brings a deleted user back with the rest of the seed.", prints: "Bob Smith\n")
    ],
    module: "ActiveDirectory")

  required init() {}

  func process(_ context: CommandContext) throws {
    let confirmOff = context.parameters["Confirm"].map { !$0.isTruthy } ?? false
    let lab = try ADSession.of(context).lab(context)
    guard context.parameters.isSet("Force") || confirmOff || context.parameters.isSet("WhatIf")
    else {
      throw RuntimeError(
        ADErrors.record(
          context,
          "Reset-ADLab erases every object of the lab at '\(lab.store.path)'. "
            + "Run it with -Force (or -Confirm:$false) to proceed.",
          category: .invalidOperation, exception: "System.InvalidOperationException",
          qualifier: "ResetADLab.ConfirmationRequired", target: .string(lab.store.path)))
    }
    guard context.shouldProcess(target: lab.store.path, action: "Reset") else { return }
    do {
      try lab.reset()
    } catch {
      throw ADErrors.terminating(context, error, target: .string(lab.store.path))
    }
  }
}
