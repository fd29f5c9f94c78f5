import ShellRuntime

/// Gets run history, newest first.
final class GetADSyncRunProfileResult: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncRunProfileResult", synopsis: "Gets the results of run profiles.",
    parameters: [
      ParameterDeclaration("ConnectorId", .string), ParameterDeclaration("NumberRequested", .int),
      ParameterDeclaration("RunStepDetails", .switchParameter),
    ],
    examples: [
      CmdletExample(
        "$null = Start-ADSyncSyncCycle; (Get-ADSyncRunProfileResult -NumberRequested 1).RunProfileName",
        remarks: "The last step of a cycle is the AD export.", prints: "Export\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let connector = ADSync.string(context, "ConnectorId")
    let count = ADSync.string(context, "NumberRequested").flatMap { Int($0) }
    let results = try ADSync.run(context) {
      try ADSync.service(context).runResults(connectorId: connector, count: count)
    }
    for result in results { try context.write(.object(ADSyncObjects.runResult(result))) }
  }
}
