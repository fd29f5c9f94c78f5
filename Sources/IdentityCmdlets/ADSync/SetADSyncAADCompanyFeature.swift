import ShellCore

/// Turns tenant sync features on or off; prints nothing.
final class SetADSyncAADCompanyFeature: Cmdlet {
  static let names = [
    "PasswordHashSync", "ForcePasswordChangeOnLogOn", "UserWriteback", "DeviceWriteback",
    "UnifiedGroupWriteback", "GroupWritebackV2",
  ]
  static let declaration = CmdletDeclaration(
    name: "Set-ADSyncAADCompanyFeature", synopsis: "Changes the tenant's sync features.",
    description: "Changing GroupWritebackV2 makes the next cycle an Initial one.",
    parameters: names.map { ParameterDeclaration($0, .bool) }
      + [ParameterDeclaration("ConnectorName", .string)],
    examples: [
      CmdletExample(
        "Set-ADSyncAADCompanyFeature -GroupWritebackV2 $false; (Get-ADSyncAADCompanyFeature).GroupWritebackV2",
        remarks: "Turns group writeback v2 off.", prints: "False\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let service = try ADSync.service(context)
    for name in Self.names {
      if let value = ADSync.flag(context, name) {
        try ADSync.run(context) { try service.setCompanyFeature(name, value) }
      }
    }
  }
}
