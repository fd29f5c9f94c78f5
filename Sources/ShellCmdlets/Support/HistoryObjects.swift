import Foundation
import ShellCore
import ShellFormatting

/// What the history cmdlets share: HistoryInfo objects, their views, and the errors that more
/// than one of them writes.
enum HistoryObjects {
  static let typeName = "Microsoft.PowerShell.Commands.HistoryInfo"

  /// A `Microsoft.PowerShell.Commands.HistoryInfo`: a snapshot of one entry, which prints as
  /// its command line.
  static func historyInfo(_ entry: SessionHistory.Entry) -> Value {
    let object = PSObject(typeNames: [typeName, "System.Object"])
    object.set("Id", .long(entry.id))
    object.set("CommandLine", .string(entry.commandLine))
    object.set("ExecutionStatus", .string(entry.status.rawValue))
    object.set("StartExecutionTime", .date(entry.startTime))
    object.set("EndExecutionTime", .date(entry.endTime))
    // EndExecutionTime - StartExecutionTime, on the wall clock as .NET subtracts local times.
    let duration = DateTicks.difference(from: entry.startTime, to: entry.endTime)
    object.set("Duration", duration.map(Value.timeSpan) ?? .null)
    let commandLine = entry.commandLine
    object.stringValue = { commandLine.isEmpty ? typeName : commandLine }
    return .object(object)
  }

  /// The parts of a history entry read from any object with HistoryInfo's properties (what
  /// Add-History accepts); nil when one is missing or does not convert.
  static func entryParts(of value: Value) -> (
    commandLine: String, status: SessionHistory.ExecutionStatus, start: Date, end: Date
  )? {
    guard case .object(let object) = value,
      case .string(let commandLine)? = object.value(of: "CommandLine")?.unwrapped,
      let statusValue = object.value(of: "ExecutionStatus"),
      let status = executionStatus(statusValue),
      let start = date(object.value(of: "StartExecutionTime")),
      let end = date(object.value(of: "EndExecutionTime"))
    else { return nil }
    return (commandLine, status, start, end)
  }

  private static func executionStatus(_ value: Value) -> SessionHistory.ExecutionStatus? {
    switch value.unwrapped {
    case .string(let text): return SessionHistory.ExecutionStatus(text: text)
    case .int, .long:
      return value.intValue.flatMap { SessionHistory.ExecutionStatus(text: "\($0)") }
    default: return nil
    }
  }

  private static func date(_ value: Value?) -> Date? {
    guard let value, !value.isNull,
      case .dateTime(let date)? = try? value.convertIfPossible(to: .dateTime)  // no date: none
    else { return nil }
    return date.date
  }

  /// The Duration column: seconds with milliseconds, growing to minutes and hours only when
  /// the command took that long (`0.011`, `1:05.250`, `2:00:00.000`), as pwsh 7's view shows
  /// it.
  static func durationCell(_ value: Value) -> Value {
    guard case .object(let object) = value,
      case .timeSpan(let span)? = object.value(of: "Duration")
    else { return .null }
    if span.totalHours >= 10 {
      // The view casts TotalHours with [int], which rounds half to even.
      let hours = Int(exactly: span.totalHours.rounded(.toNearestOrEven)) ?? 0
      return .string("\(hours):" + ((try? span.formatted("mm\\:ss\\.fff")) ?? ""))
    }
    let format =
      span.totalHours >= 1
      ? "h\\:mm\\:ss\\.fff" : span.totalMinutes >= 1 ? "m\\:ss\\.fff" : "s\\.fff"
    return .string((try? span.formatted(format)) ?? "")
  }

  /// PowerShellCore.format.ps1xml's views of HistoryInfo: a table of Id (4 cells, right),
  /// Duration (12 cells, right) and CommandLine, and a wide view of CommandLine.
  static var formatViews: [FormatView] {
    [
      FormatView(
        name: "history", typeNames: [typeName], shape: .table,
        columns: [
          FormatColumn(property: "Id", width: 4, alignment: .right),
          FormatColumn(
            label: "Duration", source: .compute(durationCell), width: 12, alignment: .right),
          FormatColumn(property: "CommandLine"),
        ]),
      FormatView(
        name: "history", typeNames: [typeName], shape: .wide,
        columns: [FormatColumn(property: "CommandLine")]),
    ]
  }

  /// Adds the views to a session's registry.
  static func registerViews(in registry: FormatViewRegistry) {
    for view in formatViews { registry.register(view) }
  }

  /// The ids a parameter holds, as 64-bit integers.
  static func ids(_ value: Value?) -> [Int64] {
    (value?.enumerated ?? []).compactMap { $0.intValue.map(Int64.init) }
  }

  /// "Cannot locate the history for Id N.", with the error id the cmdlet uses.
  static func noHistoryForId(_ id: Int64, errorId: String, _ context: CommandContext)
    -> ErrorRecord
  {
    CmdletErrors.record(
      context, errorId, "Cannot locate the history for Id \(id).", category: .objectNotFound,
      target: .long(id), exceptionType: "System.ArgumentException")
  }

  /// The error of `-Count` given with more than one id.
  static func countWithMultipleIds(_ count: Int, _ context: CommandContext) -> RuntimeError {
    CmdletErrors.terminating(
      context, "GetHistoryNoCountWithMultipleIds",
      "The count cannot be combined with multiple Ids.", category: .invalidArgument,
      target: .int(Int32(clamping: count)), exceptionType: "System.ArgumentException")
  }

  /// Checks every value of a parameter against its `[ValidateRange]`.
  static func validate(
    _ parameter: String, _ values: [Int64], in range: ClosedRange<Int64>,
    _ context: CommandContext
  ) throws {
    if let bad = values.first(where: { !range.contains($0) }) {
      throw CmdletErrors.outsideRange(
        context, parameter: parameter, value: bad, range: range, target: .long(bad))
    }
  }
}
