import IdentityEngine
import ShellCore

/// Turns password hash synchronization from an AD connector to the Entra one on or off.
final class SetADSyncAADPasswordSyncConfiguration: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-ADSyncAADPasswordSyncConfiguration",
    synopsis: "Enables or disables password hash synchronization for an AD connector.",
    description: """
      Prints nothing. The lab keeps one switch for password hash sync, the tenant's \
      PasswordHashSync feature, which this changes. Scripts that force a full password sync \
      turn it off and on again; the lab holds no password hashes, so that changes nothing \
      more. -SourceConnector must name the AD connector and -TargetConnector the Entra one.
      """,
    parameters: [
      ParameterDeclaration(
        "SourceConnector", .string, position: 0, mandatory: true,
        help: "The name of the AD connector."),
      ParameterDeclaration(
        "TargetConnector", .string, position: 1, mandatory: true,
        help: "The name of the Entra connector."),
      ParameterDeclaration(
        "Enable", .bool, position: 2, mandatory: true, help: "True to synchronize password hashes."),
    ],
    examples: [
      CmdletExample(
        """
        Set-ADSyncAADPasswordSyncConfiguration -SourceConnector 'contoso.com' -TargetConnector 'contoso.onmicrosoft.com - AAD' -Enable $false
        (Get-ADSyncAADPasswordSyncConfiguration -SourceConnector 'contoso.com').Enabled
        """,
        remarks: "Turns password hash sync off.", prints: "False\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let sourceName = ADSync.string(context, "SourceConnector") ?? ""
    let targetName = ADSync.string(context, "TargetConnector") ?? ""
    let enable = ADSync.flag(context, "Enable") ?? false
    let service = try ADSync.service(context)
    _ = try ADSync.run(context, target: .string(sourceName)) {
      let source = try service.connector(sourceName)
      guard source.kind == .activeDirectory else { throw SyncError.noSuchConnector(sourceName) }
    }
    _ = try ADSync.run(context, target: .string(targetName)) {
      let target = try service.connector(targetName)
      guard target.kind == .entra else { throw SyncError.noSuchConnector(targetName) }
    }
    try ADSync.run(context) { try service.setCompanyFeature("PasswordHashSync", enable) }
  }
}
