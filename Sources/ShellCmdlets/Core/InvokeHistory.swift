import ShellCore
import ShellSyntax

/// Invoke-History (`r`, `ihy`): runs a command line of the session history again.
///
/// As in pwsh, the command line is echoed to the host first, then run dot-sourced in the
/// caller's scope (the global scope at the prompt); its output comes out of Invoke-History
/// once it has finished. At the prompt, the line that
/// ran Invoke-History is remembered as the command line it ran.
final class InvokeHistory: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Invoke-History",
    synopsis: "Runs commands from the session history.",
    description: """
      Runs the history entry given by -Id: a number is an entry's id; any other text picks \
      the newest entry whose command line starts with it (case-sensitive). Without -Id it \
      runs the newest entry. The command line is written to the console before it runs. \
      Only one entry can be run at a time, and an entry cannot run itself.
      """,
    parameters: [
      ParameterDeclaration(
        "Id", .string, position: 0, pipeline: .byPropertyName,
        help: "The id of the entry to run, or the start of its command line.")
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Add-History ([pscustomobject]@{CommandLine = 'Write-Output (6 * 7)'; "
          + "ExecutionStatus = 'Completed'; StartExecutionTime = (Get-Date); "
          + "EndExecutionTime = (Get-Date)})\n"
          + "Invoke-History 1",
        remarks: "Echoes entry 1's command line, then runs it.",
        prints: "Write-Output (6 * 7)\n42\n"),
      CmdletExample(
        "Add-History ([pscustomobject]@{CommandLine = \"Write-Output 'first'\"; "
          + "ExecutionStatus = 'Completed'; StartExecutionTime = (Get-Date); "
          + "EndExecutionTime = (Get-Date)})\n"
          + "Invoke-History Write-",
        remarks: "Runs the newest entry whose command line starts with Write-.",
        prints: "Write-Output 'first'\nfirst\n"),
      CmdletExample(
        "Add-History ([pscustomobject]@{CommandLine = 'Remove-ADUser -Identity jdoe'; "
          + "ExecutionStatus = 'Completed'; StartExecutionTime = (Get-Date); "
          + "EndExecutionTime = (Get-Date)})\n"
          + "r -WhatIf",
        remarks: "Shows which command `r` (the last one) would run, without running it.",
        prints: "What if: Performing the operation \"Invoke-History\" on target "
          + "\"Remove-ADUser -Identity jdoe\".\n"),
    ],
    module: "Microsoft.PowerShell.Core")

  /// The -Id values bound so far: one per pipeline object, or the command line's.
  private var requested: [String?] = []

  required init() {}

  func process(_ context: CommandContext) throws {
    requested.append(context.parameters["Id"].map { $0.toText() })
  }

  func end(_ context: CommandContext) throws {
    if requested.compactMap({ $0 }).count > 1 {
      throw CmdletErrors.terminating(
        context, "InvokeHistoryMultipleCommandsError",
        "Cannot process multiple history commands. You can only run a single command by using "
          + "Invoke-History.", category: .invalidArgument,
        exceptionType: "System.ArgumentException")
    }
    let entry = try Self.entryToInvoke(requested.compactMap { $0 }.first, context)
    let commandLine = entry.commandLine
    guard
      try context.shouldProcess(target: commandLine, action: "Invoke-History", impact: .medium)
    else { return }
    let history = context.interpreter.history
    let isOutermost = !history.isInvoking
    guard history.beginInvoking(entry.id) else {
      throw CmdletErrors.terminating(
        context, "InvokeHistoryLoopDetected",
        "The Invoke-History cmdlet is called repeatedly, in a loop.",
        exceptionType: "System.InvalidOperationException")
    }
    defer { history.endInvoking(entry.id) }
    if isOutermost { history.replaceRunningCommandLine(with: commandLine) }
    context.interpreter.host.writeOutput(commandLine + "\n")
    try InvokeExpression.run(commandLine, in: context)
  }

  /// The newest entry without an id; else the entry with that id, or the newest whose command
  /// line starts with the text (ordinal comparison).
  static func entryToInvoke(_ id: String?, _ context: CommandContext) throws
    -> SessionHistory.Entry
  {
    let history = context.interpreter.history
    guard let id else {
      guard let newest = history.entries.last else {
        throw CmdletErrors.terminating(
          context, "InvokeHistoryNoLastHistoryEntryFound", "Cannot locate most recent history.",
          exceptionType: "System.InvalidOperationException")
      }
      return newest
    }
    guard let number = historyId(id) else {
      let prefix = Array(id.utf16)
      if let found = history.entries.last(where: { $0.commandLine.utf16.starts(with: prefix) }) {
        return found
      }
      throw CmdletErrors.terminating(
        context, "InvokeHistoryNoHistoryForCommandline",
        "Cannot locate the history for command line \(id).", category: .objectNotFound,
        target: .string(id), exceptionType: "System.ArgumentException")
    }
    guard number > 0 else {
      // An ArgumentOutOfRangeException for the parameter: .NET appends its name.
      throw CmdletErrors.terminating(
        context, "InvokeHistoryInvalidIdGetHistory",
        "The identifier \(number) is not a valid value for a History identifier. Specify a "
          + "positive number, and then try again. (Parameter 'Id')", category: .invalidArgument,
        target: .long(number), exceptionType: "System.ArgumentOutOfRangeException")
    }
    guard let entry = history.entry(id: number) else {
      throw CmdletErrors.terminating(
        context, "InvokeHistoryNoHistoryForId", "Cannot locate the history for Id \(number).",
        category: .objectNotFound, target: .long(number),
        exceptionType: "System.ArgumentException")
    }
    return entry
  }

  /// The id that `[long]` makes of the text, or nil when it is not a number.
  static func historyId(_ text: String) -> Int64? {
    guard let converted = try? Value.string(text).convertIfPossible(to: .long) else {
      return nil
    }
    switch converted {
    case .long(let number): return number
    case .int(let number): return Int64(number)
    default: return nil
    }
  }
}
