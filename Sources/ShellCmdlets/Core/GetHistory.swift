import ShellCore

/// Get-History (`h`, `history`, `ghy`): the session's command history, oldest first.
final class GetHistory: Cmdlet {
  static let longArray = ParameterType.typed(
    PSType(kind: .typedArray, fullName: "System.Int64[]", elementFullName: "System.Int64"))

  static let declaration = CmdletDeclaration(
    name: "Get-History",
    synopsis: "Gets a list of the commands entered during the current session.",
    description: """
      Returns a HistoryInfo object (Id, CommandLine, ExecutionStatus, StartExecutionTime, \
      EndExecutionTime, Duration) for each command line run at the prompt in this session, \
      oldest first: all of them (up to $MaximumHistoryCount), the newest -Count of them, or \
      those given by -Id. With one -Id and -Count, it returns the -Count entries that end \
      at that id. Scripts run with -File or -Command start with an empty history; \
      Add-History adds entries. The history is not the line editor's saved history, which \
      only feeds Up-arrow recall.
      """,
    parameters: [
      ParameterDeclaration(
        "Id", longArray, position: 0, pipeline: .byValue,
        help: "The ids of the entries to get (1 or more)."),
      ParameterDeclaration(
        "Count", .int, position: 1,
        help: "How many of the newest entries to get (0 to 32767); with one -Id, how many "
          + "entries ending at that id."),
    ],
    examples: [
      CmdletExample(
        "Add-History ([pscustomobject]@{CommandLine = 'Get-Date'; ExecutionStatus = "
          + "'Completed'; StartExecutionTime = '2024-01-01 10:00:00'; EndExecutionTime = "
          + "'2024-01-01 10:00:01'}); Get-History",
        remarks: "Shows the history as a table; the Duration column counts seconds.",
        prints: "\n  Id     Duration CommandLine\n  --     -------- -----------\n"
          + "   1        1.000 Get-Date\n\n"),
      CmdletExample(
        "'a', 'b', 'c' | ForEach-Object { [pscustomobject]@{CommandLine = \"Write-Output $_\"; "
          + "ExecutionStatus = 'Completed'; StartExecutionTime = Get-Date; "
          + "EndExecutionTime = Get-Date} } | Add-History\n"
          + "(Get-History -Count 2).CommandLine",
        remarks: "Gets the two newest entries.", prints: "Write-Output b\nWrite-Output c\n"),
      CmdletExample(
        "Get-History -Id 7 -Count 5",
        remarks: "Gets up to five entries, the last of them entry 7."),
    ],
    module: "Microsoft.PowerShell.Core", outputType: CoreOutputTypes.history)

  required init() {}

  func begin(_ context: CommandContext) throws {
    if let count = context.parameters["Count"]?.intValue {
      try HistoryObjects.validate("Count", [Int64(count)], in: 0...32767, context)
    }
  }

  func process(_ context: CommandContext) throws {
    let history = context.interpreter.history
    let count = context.parameters["Count"]?.intValue
    guard context.parameters.contains("Id") else {
      let entries = history.entries.suffix(count ?? history.maximumCount)
      for entry in entries { try context.write(HistoryObjects.historyInfo(entry)) }
      return
    }
    let ids = HistoryObjects.ids(context.parameters["Id"])
    try HistoryObjects.validate("Id", ids, in: 1...Int64.max, context)
    if let count {
      guard ids.count <= 1 else { throw HistoryObjects.countWithMultipleIds(count, context) }
      for id in ids {
        for entry in history.entries(endingAt: id, count: count) {
          try context.write(HistoryObjects.historyInfo(entry))
        }
      }
      return
    }
    for id in ids {
      if let entry = history.entry(id: id) {
        try context.write(HistoryObjects.historyInfo(entry))
      } else {
        try context.writeError(
          HistoryObjects.noHistoryForId(id, errorId: "GetHistoryNoHistoryForId", context))
      }
    }
  }
}
