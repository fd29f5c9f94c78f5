import ShellCore

/// Gets the sync service's global settings.
final class GetADSyncGlobalSettings: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncGlobalSettings", synopsis: "Gets the sync service's global settings.",
    description:
      "Returns the GlobalSettings object; its Parameters collection holds every setting.",
    parameters: [],
    examples: [
      CmdletExample(
        "(Get-ADSyncGlobalSettings).Parameters | where Name -eq 'Microsoft.Synchronize.StagingMode' | select -Expand Value",
        remarks: "Shows whether this server is in staging mode.", prints: "False\n")
    ], module: ADSync.module, outputType: ADSyncOutputTypes.globalSettings)

  required init() {}

  func process(_ context: CommandContext) throws {
    let settings = try ADSync.run(context) { try ADSync.service(context).globalSettings() }
    try context.write(.object(ADSyncObjects.globalSettings(settings)))
  }
}
