import ShellCore

/// Gets the step results of run history, newest first: the RunStepResult objects that
/// Get-ADSyncRunProfileResult -RunStepDetails puts in RunStepResults.
final class GetADSyncRunStepResult: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncRunStepResult", synopsis: "Gets the results of run steps.",
    description: """
      Each run profile of the lab has one step, so each run in the history has one step \
      result, StepNumber 1, with the step's counters (StageAdd, DisconnectorProjectedFlow, \
      ExportAdd...). Without parameters it returns every run's step, newest first. A run \
      history or step history identifier that matches no run returns nothing; what the \
      module does then is unconfirmed.
      """,
    parameters: [
      ParameterDeclaration(
        "RunHistoryId", ADSync.guidType,
        help: "Only the steps of the run with this RunHistoryId (a GUID)."),
      ParameterDeclaration(
        "StepHistoryId", ADSync.guidType,
        help: "Only the step with this StepHistoryId (a GUID), as a RunStepResult shows it."),
      ParameterDeclaration(
        "First", .switchParameter,
        help: "Only the newest of the step results the other parameters select."),
      ParameterDeclaration(
        "StepNumber", .int,
        help: "Only steps with this number; every lab run has one step, number 1."),
    ],
    examples: [
      CmdletExample(
        "$null = Start-ADSyncSyncCycle -PolicyType Initial; (Get-ADSyncRunStepResult -First).ExportAdd",
        remarks: "The newest step is the AD export, which writes nothing back on a new lab.",
        prints: "0\n"),
      CmdletExample(
        """
        $run = Invoke-ADSyncRunProfile -ConnectorName 'contoso.com' -RunProfileName 'Full Import'
        $step = Get-ADSyncRunStepResult -RunHistoryId $run.RunHistoryId
        $step.StepNumber, $step.StepResult, ($step.StageAdd -gt 0)
        """,
        remarks: "The one step of a full import, which stages the AD objects in scope.",
        prints: "1\nsuccess\nTrue\n"),
    ], module: ADSync.module, outputType: ADSyncOutputTypes.runStepResult)

  required init() {}

  func process(_ context: CommandContext) throws {
    let run = ADSync.string(context, "RunHistoryId")?.lowercased()
    let step = ADSync.string(context, "StepHistoryId")?.lowercased()
    let number = ADSync.string(context, "StepNumber").flatMap { Int($0) }
    let onlyFirst = ADSync.flag(context, "First") ?? false
    let results = try ADSync.run(context) { try ADSync.service(context).runResults() }
    for result in results {
      if let run, result.runHistoryId.lowercased() != run { continue }
      if let step, ADSyncRunObjects.stepHistoryId(result).lowercased() != step { continue }
      if let number, number != 1 { continue }
      try context.write(.object(ADSyncRunObjects.stepResult(result)))
      if onlyFirst { break }
    }
  }
}
