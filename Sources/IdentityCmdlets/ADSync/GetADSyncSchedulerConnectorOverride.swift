import IdentityEngine
import ShellCore

/// Gets the scheduler's per-connector overrides: whether the next cycle runs a Full Import or
/// a Full Synchronization on a connector where a Delta cycle would run the delta step.
final class GetADSyncSchedulerConnectorOverride: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncSchedulerConnectorOverride",
    synopsis: "Gets the sync scheduler's override values for connectors.",
    description: """
      Returns one object per connector with ConnectorIdentifier (a Guid, so \
      .ConnectorIdentifier.Guid is its text), FullImportRequired and FullSyncRequired; \
      without parameters, one for every connector. FullSyncRequired is also set when a rule \
      of the connector is saved or removed. The next cycle, scheduled or started with \
      Start-ADSyncSyncCycle, runs the full step on each connector whose override is set and \
      clears the override once that step has run. The property set follows a public wrapper \
      of the module; the type name and the display are unconfirmed. With both parameters, \
      only a connector that has that identifier and that name is returned.
      """,
    parameters: [
      ParameterDeclaration(
        "ConnectorIdentifier", ADSync.guidType,
        help: "The connector's identifier (a GUID); an unknown one is an error."),
      ParameterDeclaration(
        "ConnectorName", .string,
        help: "The connector's name, such as contoso.com; an unknown one is an error."),
    ],
    examples: [
      CmdletExample(
        "Get-ADSyncSchedulerConnectorOverride -ConnectorName 'contoso.com' | Format-List",
        remarks: "A new lab has no override on the AD connector.",
        prints: """

          ConnectorIdentifier : 9792d5d0-7815-4880-85e2-3e5de264452e
          FullImportRequired  : False
          FullSyncRequired    : False


          """),
      CmdletExample(
        """
        Set-ADSyncSchedulerConnectorOverride -ConnectorName 'contoso.com' -FullSyncRequired $true
        Get-ADSyncSchedulerConnectorOverride | Where-Object FullSyncRequired | ForEach-Object { $_.ConnectorIdentifier.Guid }
        """,
        remarks: "Lists the connectors whose next cycle step is a Full Synchronization.",
        prints: "9792d5d0-7815-4880-85e2-3e5de264452e\n"),
    ], module: ADSync.module, outputType: ADSyncOutputTypes.connectorOverride)

  required init() {}

  func process(_ context: CommandContext) throws {
    let service = try ADSync.service(context)
    var connectors = try ADSync.run(context) { try service.connectors() }
    let keys = ["ConnectorIdentifier", "ConnectorName"].compactMap { ADSync.string(context, $0) }
    for key in keys {
      let wanted = try ADSync.run(context, target: .string(key)) { try service.connector(key) }
      connectors.removeAll { $0.identifier != wanted.identifier }
    }
    for connector in connectors {
      try context.write(.object(Self.connectorOverride(connector)))
    }
  }

  /// A connector's overrides, as the module's override object.
  static func connectorOverride(_ connector: SyncConnector) -> PSObject {
    ADSync.object(
      "SchedulerConnectorOverride",
      [
        ("ConnectorIdentifier", ADSync.guid(connector.identifier)),
        ("FullImportRequired", .bool(connector.fullImportRequired)),
        ("FullSyncRequired", .bool(connector.fullSyncRequired)),
      ])
  }
}
