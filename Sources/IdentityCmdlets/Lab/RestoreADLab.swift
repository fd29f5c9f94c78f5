import IdentityEngine
import ShellCore

/// Replaces the lab with a snapshot that Checkpoint-ADLab saved.
final class RestoreADLab: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Restore-ADLab", synopsis: "Replaces the lab with a saved snapshot.",
    description: """
      Copies the snapshot at -Path over the whole lab in one step: other shells on the lab \
      see either the lab as it was or the snapshot. The snapshot is only read. A file that is \
      not an adsh lab, or a lab of a newer schema, is refused and the lab is left as it was. \
      It cannot be undone, so it asks first (ConfirmImpact High): give -Force or \
      -Confirm:$false to skip the question.
      """,
    parameters: [
      ParameterDeclaration(
        "Path", .string, position: 0, mandatory: true, help: "The snapshot to restore."),
      ParameterDeclaration(
        "Force", .switchParameter, help: "Restores without asking for confirmation."),
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $path = Join-Path ([IO.Path]::GetTempPath()) "groups-$(New-Guid).sqlite"
        Checkpoint-ADLab $path
        New-ADGroup 'Temp Project' Global
        Restore-ADLab $path -Force
        (Get-ADGroup -Filter "Name -eq 'Temp Project'" | Measure-Object).Count
        Remove-Item $path
        """,
        remarks: "A group made after the snapshot is gone once it is restored.", prints: "0\n")
    ],
    module: LabModule.name)

  required init() {}

  func process(_ context: CommandContext) throws {
    let path = try context.interpreter.resolvePath(context.parameters["Path"]?.toText() ?? "")
    // A lab that lost its domain can be restored over; a file that is not a lab cannot.
    let lab = try ADSession.of(context).lab(context, allowDamaged: true)
    let impact: ConfirmImpact = context.parameters.isSet("Force") ? .none : .high
    guard
      try ADContext.shouldProcess(
        context, target: lab.store.path, action: "Restore from \(path)", impact: impact)
    else { return }
    do {
      try lab.store.restore(from: path)
    } catch let error as LabError {
      throw LabErrors.terminating(context, error, target: .string(path))
    }
  }
}
