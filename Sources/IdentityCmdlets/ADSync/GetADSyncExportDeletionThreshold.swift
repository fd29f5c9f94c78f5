import ShellCore

/// Gets the tenant's accidental-delete threshold.
final class GetADSyncExportDeletionThreshold: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncExportDeletionThreshold", synopsis: "Gets the export deletion threshold.",
    parameters: [ParameterDeclaration("AADUserName", .string, position: 0)],
    examples: [
      CmdletExample(
        "(Get-ADSyncExportDeletionThreshold).ThresholdCount",
        remarks: "500 deletions by default.", prints: "500\n")
    ], module: ADSync.module, outputType: ADSyncOutputTypes.deletionThreshold)

  required init() {}

  func process(_ context: CommandContext) throws {
    let threshold = try ADSync.run(context) { try ADSync.service(context).deletionThreshold() }
    try context.write(.object(ADSyncObjects.threshold(threshold)))
  }
}
