import ShellCore

/// Gets the sync service's connectors.
final class GetADSyncConnector: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncConnector", synopsis: "Gets the sync service's connectors.",
    parameters: [
      ParameterDeclaration("Name", .string, position: 0),
      ParameterDeclaration("Identifier", .string),
    ],
    examples: [
      CmdletExample(
        "Get-ADSyncConnector | ForEach-Object Name", remarks: "Lists the connectors.",
        prints: "contoso.com\ncontoso.onmicrosoft.com - AAD\n")
    ], module: ADSync.module, outputType: ADSyncOutputTypes.connector)

  required init() {}

  func process(_ context: CommandContext) throws {
    let service = try ADSync.service(context)
    if let key = ADSync.string(context, "Name") ?? ADSync.string(context, "Identifier") {
      let connector = try ADSync.run(context, target: .string(key)) { try service.connector(key) }
      try context.write(.object(ADSyncObjects.connector(connector)))
      return
    }
    for connector in try ADSync.run(context, { try service.connectors() }) {
      try context.write(.object(ADSyncObjects.connector(connector)))
    }
  }
}
