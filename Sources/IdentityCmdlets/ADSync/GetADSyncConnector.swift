import ShellCore

/// Gets the sync service's connectors.
final class GetADSyncConnector: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncConnector", synopsis: "Gets the sync service's connectors.",
    description: """
      Returns Connector objects with the real type's properties. The AD connector's \
      Partitions hold one partition (the domain) whose ConnectorPartitionScope has the OU \
      filter: ContainerInclusionList and ContainerExclusionList, lists a script can change \
      and save with Add-ADSyncConnector. ConnectivityParameters is indexable by name \
      (['UserName'] on the Entra connector, ['forest-name'] on the AD one). \
      ObjectInclusionList and AttributeInclusionList list what the lab's connector imports. \
      Version, InternalVersion, FormatVersion, CreationTime and LastModificationTime are \
      not kept by the lab and are empty.
      """,
    parameters: [
      ParameterDeclaration("Name", .string, position: 0, help: "The connector's name."),
      ParameterDeclaration("Identifier", .string, help: "The connector's identifier."),
    ],
    examples: [
      CmdletExample(
        "Get-ADSyncConnector | ForEach-Object Name", remarks: "Lists the connectors.",
        prints: "contoso.com\ncontoso.onmicrosoft.com - AAD\n"),
      CmdletExample(
        "(Get-ADSyncConnector -Name 'contoso.com').Partitions[0].ConnectorPartitionScope.ContainerInclusionList",
        remarks: "The OU filter: the containers the AD connector includes.",
        prints: "DC=contoso,DC=com\n"),
    ], module: ADSync.module, outputType: ADSyncOutputTypes.connector)

  required init() {}

  func process(_ context: CommandContext) throws {
    let service = try ADSync.service(context)
    let key = ADSync.string(context, "Name") ?? ADSync.string(context, "Identifier")
    let (connectors, scope) = try ADSync.run(context, target: key.map(Value.string) ?? .null) {
      (
        try key.map { [try service.connector($0)] } ?? service.connectors(),
        try service.adPartitionScope()
      )
    }
    let forest =
      try ADSync.run(context) { try service.connectors() }.first {
        $0.kind == .activeDirectory
      }?.name ?? ""
    for connector in connectors {
      try context.write(
        .object(ADSyncConnectorObjects.connector(connector, scope: scope, forest: forest)))
    }
  }
}
