import ShellCore

/// Add-History: appends entries to the session history.
final class AddHistory: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Add-History",
    synopsis: "Appends entries to the session history.",
    description: """
      Adds one entry for each input object that has the properties of a HistoryInfo object: \
      CommandLine (a string), ExecutionStatus (Completed, Failed, Stopped, ...), \
      StartExecutionTime and EndExecutionTime (dates or date text). The new entries get the \
      next ids; an object without those properties is an error. Pipe Get-History or \
      Import-Csv into it to carry history from one session to another. At the prompt, the \
      line running Add-History is filed first, so the added entries come after it.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .anyArray, position: 0, pipeline: .byValue,
        help: "Objects with CommandLine, ExecutionStatus, StartExecutionTime and "
          + "EndExecutionTime properties, such as HistoryInfo objects."),
      ParameterDeclaration(
        "Passthru", .switchParameter, help: "Returns a HistoryInfo object for each new entry."),
    ],
    examples: [
      CmdletExample(
        "$entry = [pscustomobject]@{CommandLine = 'Get-ADUser -Filter *'; "
          + "ExecutionStatus = 'Completed'; StartExecutionTime = '2024-01-01 10:00:00'; "
          + "EndExecutionTime = '2024-01-01 10:00:02'}\n"
          + "(Add-History -InputObject $entry -Passthru).Id\n"
          + "Get-History | Add-History\n"
          + "(Get-History).CommandLine",
        remarks: "Adds an entry, then adds the history to itself again.",
        prints: "1\nGet-ADUser -Filter *\nGet-ADUser -Filter *\n"),
      CmdletExample(
        "Add-History ([pscustomobject]@{CommandLine = 'Get-ADGroup -Filter *'; "
          + "ExecutionStatus = 'Completed'; StartExecutionTime = '2024-01-01 10:00:00'; "
          + "EndExecutionTime = '2024-01-01 10:00:02'})\n"
          + "Get-History | Export-Csv $HOME/history.csv\n"
          + "Clear-History\n"
          + "Import-Csv $HOME/history.csv | Add-History -Passthru |\n"
          + "  ForEach-Object { \"$($_.Id): $($_.CommandLine) took $($_.Duration)\" }",
        remarks: "Saves the history to a file and adds it back, as another session could; "
          + "ids are never reused.",
        prints: "2: Get-ADGroup -Filter * took 00:00:02\n"),
    ],
    module: "Microsoft.PowerShell.Core")

  required init() {}

  func begin(_ context: CommandContext) throws {
    context.interpreter.history.fileRunningCommand()
  }

  func process(_ context: CommandContext) throws {
    guard let input = context.parameters["InputObject"] else { return }
    let history = context.interpreter.history
    for item in input.enumerated {
      guard let parts = HistoryObjects.entryParts(of: item) else {
        try context.writeError(
          CmdletErrors.record(
            context, "AddHistoryInvalidInput",
            "Cannot add history because the input object has a format that is not valid.",
            category: .invalidData, target: item,
            exceptionType: "System.IO.InvalidDataException"))
        continue
      }
      let entry = history.add(
        commandLine: parts.commandLine, status: parts.status, startTime: parts.start,
        endTime: parts.end)
      if context.parameters.isSet("Passthru") {
        try context.write(HistoryObjects.historyInfo(entry))
      }
    }
  }
}
