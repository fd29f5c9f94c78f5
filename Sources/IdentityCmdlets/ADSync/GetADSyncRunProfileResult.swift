import ShellCore

/// Gets run history, newest first: one result per run profile a cycle ran on a connector.
final class GetADSyncRunProfileResult: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncRunProfileResult", synopsis: "Gets the results of run profiles.",
    description: """
      A cycle adds six results: AD and AAD imports, AD and AAD synchronizations, AAD and AD \
      exports. -RunStepDetails fills RunStepResults with the step's counters (StageAdd, \
      DisconnectorProjectedFlow, ExportAdd...).
      """,
    parameters: [
      ParameterDeclaration("RunHistoryId", .string), ParameterDeclaration("ConnectorId", .string),
      ParameterDeclaration("RunProfileId", .string), ParameterDeclaration("RunNumber", .int),
      ParameterDeclaration("NumberRequested", .int),
      ParameterDeclaration("RunStepDetails", .switchParameter),
      ParameterDeclaration("StepNumber", .int),
    ],
    examples: [
      CmdletExample(
        "$null = Start-ADSyncSyncCycle; Get-ADSyncRunProfileResult -NumberRequested 6 | ForEach-Object { $_.ConnectorName + ': ' + $_.RunProfileName }",
        remarks: "The six steps of a delta cycle, newest first.",
        prints: """
          contoso.com: Export
          contoso.onmicrosoft.com - AAD: Export
          contoso.onmicrosoft.com - AAD: Delta Synchronization
          contoso.com: Delta Synchronization
          contoso.onmicrosoft.com - AAD: Delta Import
          contoso.com: Delta Import

          """),
      CmdletExample(
        "$null = Start-ADSyncSyncCycle -PolicyType Initial; (Get-ADSyncRunProfileResult -NumberRequested 1 -RunStepDetails).RunStepResults[0].ExportAdd",
        remarks: "The first cycle's AD export writes nothing back until a cloud group is eligible.",
        prints: "0\n"),
    ], module: ADSync.module, outputType: ADSyncOutputTypes.runProfileResult)

  required init() {}

  func process(_ context: CommandContext) throws {
    let connector = ADSync.string(context, "ConnectorId")
    let count = ADSync.string(context, "NumberRequested").flatMap { Int($0) }
    let history = ADSync.string(context, "RunHistoryId")?.lowercased()
    let profile = ADSync.string(context, "RunProfileId")?.lowercased()
    let number = ADSync.string(context, "RunNumber").flatMap { Int($0) }
    let details = ADSync.flag(context, "RunStepDetails") ?? false
    let filtered = history != nil || profile != nil || number != nil
    let results = try ADSync.run(context) {
      try ADSync.service(context).runResults(
        connectorId: connector, count: filtered ? nil : count)
    }
    var written = 0
    for result in results {
      if let history, result.runHistoryId.lowercased() != history { continue }
      if let profile, ADSyncRunObjects.runProfileId(result).lowercased() != profile { continue }
      if let number, result.runNumber != number { continue }
      if let count, written >= count { break }
      written += 1
      try context.write(.object(ADSyncRunObjects.runResult(result, withSteps: details)))
    }
  }
}
