import IdentityEngine
import ShellCore

/// Saves a connector object a script changed: the lab keeps its OU filter (the AD
/// partition's ContainerInclusionList and ContainerExclusionList), as the wizard's "Domain and
/// OU filtering" page saves it.
final class AddADSyncConnector: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Add-ADSyncConnector", synopsis: "Saves a connector's configuration.",
    description: """
      Takes a Connector from Get-ADSyncConnector, changed by the script, and saves it; \
      returns the saved connector. The lab saves the AD partition's OU filter: every \
      included container must be in the domain and every excluded one inside an included \
      one, else nothing changes. A changed filter makes the next cycle run a Full Import and \
      a Full Synchronization on the AD connector, as after the wizard: objects now outside \
      the filter are deleted from the connector space and, by the export, from Entra ID. \
      Other changes (GlobalParameters such as Microsoft.Synchronize.ForceFullPasswordSync) \
      are not modelled by the lab: a warning names them and they are not saved.
      """,
    parameters: [
      ParameterDeclaration(
        "Connector", position: 0, mandatory: true, pipeline: [.byValue],
        help: "The Connector object to save.")
    ],
    examples: [
      CmdletExample(
        """
        $c = Get-ADSyncConnector -Name 'contoso.com'
        $c.Partitions[0].ConnectorPartitionScope.ContainerExclusionList.Add('OU=Corp,DC=contoso,DC=com')
        $c = Add-ADSyncConnector -Connector $c
        $c.Partitions[0].ConnectorPartitionScope.ContainerExclusionList
        (Get-ADSyncSchedulerConnectorOverride -ConnectorName 'contoso.com').FullImportRequired
        """,
        remarks: "Excludes an OU from the AD connector's scope; the next cycle re-reads AD.",
        prints: "OU=Corp,DC=contoso,DC=com\nTrue\n")
    ], module: ADSync.module, outputType: ADSyncOutputTypes.connector)

  required init() {}

  func process(_ context: CommandContext) throws {
    let value = context.parameters["Connector"] ?? .null
    guard let object = value.psObject,
      object.typeNames.first == ADSync.model + "Connector",
      let name = object.value(of: "Name")?.toText()
    else {
      throw context.terminatingError(
        "ParameterArgumentValidationError",
        "Cannot bind parameter 'Connector'. The argument is not a Connector.",
        category: .invalidArgument, target: value)
    }
    let service = try ADSync.service(context)
    let connector = try ADSync.run(context, target: .string(name)) { try service.connector(name) }
    let ignored = (object.value(of: "GlobalParameters")?.enumerated ?? []).map { $0.toText() }
    if !ignored.isEmpty {
      try context.writeWarning(
        "The lab does not model the connector parameters \(ignored.joined(separator: ", ")); "
          + "they were not saved.")
    }
    if connector.kind == .activeDirectory, let scope = ADSyncConnectorObjects.scope(from: value) {
      let current = try ADSync.run(context) { try service.adPartitionScope() }
      if scope.inclusions != current.inclusions || scope.exclusions != current.exclusions {
        try ADSync.run(context, target: value) {
          try service.setADPartitionScope(
            inclusions: scope.inclusions, exclusions: scope.exclusions)
        }
      }
    }
    let (scope, connectors) = try ADSync.run(context) {
      (try service.adPartitionScope(), try service.connectors())
    }
    let forest = connectors.first { $0.kind == .activeDirectory }?.name ?? ""
    try context.write(
      .object(ADSyncConnectorObjects.connector(connector, scope: scope, forest: forest)))
  }
}
