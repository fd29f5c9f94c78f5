import IdentityEngine
import ShellCore

/// Gets whether password writeback (self-service password reset to AD) is on for the Entra
/// connector.
final class GetADSyncAADPasswordResetConfiguration: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncAADPasswordResetConfiguration",
    synopsis: "Gets the password writeback configuration of the Entra connector.",
    description: """
      Returns ConnectorName and Enabled (the property set is unconfirmed). The lab's Connect \
      server was installed without password writeback, so Enabled is False. -Connector must \
      name the Entra connector.
      """,
    parameters: [
      ParameterDeclaration(
        "Connector", .string, position: 0, mandatory: true,
        help: "The name of the Entra connector.")
    ],
    examples: [
      CmdletExample(
        "(Get-ADSyncAADPasswordResetConfiguration -Connector 'contoso.onmicrosoft.com - AAD').Enabled",
        remarks: "Password writeback is off in the lab.", prints: "False\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let name = ADSync.string(context, "Connector") ?? ""
    let service = try ADSync.service(context)
    let connector = try ADSync.run(context, target: .string(name)) {
      let connector = try service.connector(name)
      guard connector.kind == .entra else { throw SyncError.noSuchConnector(name) }
      return connector
    }
    try context.write(
      .object(
        ADSync.object(
          "AADPasswordResetConfiguration",
          [("ConnectorName", .string(connector.name)), ("Enabled", .bool(false))])))
  }
}
