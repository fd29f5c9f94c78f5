import ShellCore

/// Gets the tenant features the sync service uses.
final class GetADSyncAADCompanyFeature: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncAADCompanyFeature", synopsis: "Gets the tenant's sync features.",
    parameters: [ParameterDeclaration("ConnectorName", .string)],
    examples: [
      CmdletExample(
        "(Get-ADSyncAADCompanyFeature).GroupWritebackV2",
        remarks: "Group writeback v2 is on in the lab.", prints: "True\n")
    ], module: ADSync.module, outputType: ADSyncOutputTypes.companyFeature)

  required init() {}

  func process(_ context: CommandContext) throws {
    let service = try ADSync.service(context)
    if let name = ADSync.string(context, "ConnectorName") {
      _ = try ADSync.run(context, target: .string(name)) { try service.connector(name) }
    }
    let features = try ADSync.run(context) { try service.companyFeatures() }
    try context.write(.object(ADSyncObjects.features(features)))
  }
}
