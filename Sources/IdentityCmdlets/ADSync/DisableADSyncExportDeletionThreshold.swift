import ShellCore

/// Turns the accidental-delete threshold off.
final class DisableADSyncExportDeletionThreshold: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Disable-ADSyncExportDeletionThreshold",
    synopsis: "Disables the export deletion threshold.",
    parameters: [ParameterDeclaration("AADUserName", .string, position: 0)],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Disable-ADSyncExportDeletionThreshold; (Get-ADSyncExportDeletionThreshold).DeletionPrevention",
        remarks: "0 means off.", prints: "0\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    guard
      context.shouldProcess(target: "Threshold", action: "Disable-ADSyncExportDeletionThreshold")
    else { return }
    try ADSync.run(context) { try ADSync.service(context).setDeletionThreshold(enabled: false) }
  }
}
