import IdentityEngine
import ShellCore

/// Saves a consistent copy of the lab to a file, to roll an experiment back with
/// Restore-ADLab.
final class CheckpointADLab: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Checkpoint-ADLab", synopsis: "Saves a copy of the lab to a file.",
    description: """
      Writes the whole lab (directory, tenant and sync engine) to a new SQLite file, as one \
      consistent copy even while other shells write to the lab. The file is an adsh lab: \
      Restore-ADLab brings it back, and -Lab opens it. An existing file is replaced only \
      with -Force, and only when it is a lab or empty.
      """,
    parameters: [
      ParameterDeclaration(
        "Path", .string, position: 0, mandatory: true, help: "The file to write."),
      ParameterDeclaration(
        "Force", .switchParameter, help: "Replaces an existing lab snapshot at -Path."),
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $path = Join-Path ([IO.Path]::GetTempPath()) "before-$(New-Guid).sqlite"
        Checkpoint-ADLab -Path $path
        Remove-ADUser bsmith -Confirm:$false
        Restore-ADLab -Path $path -Force
        (Get-ADUser bsmith).Name
        Remove-Item $path
        """,
        remarks: "Saves the lab before a risky change and rolls the change back.",
        prints: "Bob Smith\n")
    ],
    module: LabModule.name)

  required init() {}

  func process(_ context: CommandContext) throws {
    let path = try context.interpreter.resolvePath(context.parameters["Path"]?.toText() ?? "")
    let lab = try ADSession.of(context).lab(context)
    guard
      try ADContext.shouldProcess(context, target: path, action: "Save the lab", impact: .medium)
    else { return }
    do {
      try lab.store.snapshot(to: path, replacing: context.parameters.isSet("Force"))
    } catch let error as LabError {
      throw LabErrors.terminating(context, error, target: .string(path))
    }
  }
}
