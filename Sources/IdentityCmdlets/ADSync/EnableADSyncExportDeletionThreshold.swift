import ShellCore

/// Turns the accidental-delete threshold on with a count.
final class EnableADSyncExportDeletionThreshold: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Enable-ADSyncExportDeletionThreshold",
    synopsis: "Enables the export deletion threshold.",
    parameters: [
      ParameterDeclaration("DeletionThreshold", .long, position: 0, mandatory: true),
      ParameterDeclaration("AADUserName", .string, position: 1),
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Enable-ADSyncExportDeletionThreshold -DeletionThreshold 10; (Get-ADSyncExportDeletionThreshold).ThresholdCount",
        remarks: "Lowers the threshold.", prints: "10\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let text = ADSync.string(context, "DeletionThreshold") ?? ""
    guard let count = Int(text), count >= 0, count <= Int(UInt32.max) else {
      throw context.terminatingError(
        "ParameterArgumentTransformationError,Microsoft.IdentityManagement.PowerShell.Cmdlet",
        "Cannot process argument transformation on parameter 'DeletionThreshold'. Cannot "
          + "convert value \"\(text)\" to type \"System.UInt32\".", category: .invalidData)
    }
    guard context.shouldProcess(target: "\(count)", action: "Enable-ADSyncExportDeletionThreshold")
    else { return }
    try ADSync.run(context) {
      try ADSync.service(context).setDeletionThreshold(enabled: true, count: count)
    }
  }
}
