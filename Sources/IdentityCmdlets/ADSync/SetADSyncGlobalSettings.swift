import ShellCore

/// Saves a GlobalSettings object (edited parameters included) and echoes it.
final class SetADSyncGlobalSettings: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-ADSyncGlobalSettings", synopsis: "Saves the sync service's global settings.",
    description: "Writes every parameter of the object back; the next Get shows Version + 1.",
    parameters: [
      ParameterDeclaration("GlobalSettings", position: 0, mandatory: true, pipeline: [.byValue])
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$gs = Get-ADSyncGlobalSettings; $null = Set-ADSyncGlobalSettings -GlobalSettings $gs; (Get-ADSyncGlobalSettings).Version",
        remarks: "Saving bumps the version.", prints: "397\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let value = context.parameters["GlobalSettings"], let object = value.psObject else {
      throw context.terminatingError(
        "ParameterArgumentValidationError", "The GlobalSettings argument is not valid.",
        category: .invalidArgument)
    }
    let service = try ADSync.service(context)
    let base = try ADSync.run(context) { try service.globalSettings() }
    guard context.shouldProcess(target: "GlobalSettings", action: "Set-ADSyncGlobalSettings")
    else { return }
    try ADSync.run(context) {
      try service.setGlobalSettings(ADSyncObjects.globalSettings(from: object, base: base))
    }
    try context.write(value)
  }
}
