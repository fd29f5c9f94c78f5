import Foundation
import ShellCore

/// Get-Date: the current date and time, or a given one, optionally changed and formatted.
final class GetDate: Cmdlet {
  /// The date parts that -Year through -Millisecond set, with their ValidateRange bounds.
  static let parts: [(name: String, range: ClosedRange<Int>, component: Calendar.Component)] = [
    ("Year", 1...9999, .year), ("Month", 1...12, .month), ("Day", 1...31, .day),
    ("Hour", 0...23, .hour), ("Minute", 0...59, .minute), ("Second", 0...59, .second),
    ("Millisecond", 0...999, .nanosecond),
  ]

  static let declaration = CmdletDeclaration(
    name: "Get-Date",
    synopsis: "Gets the current date and time.",
    description: """
      Returns a DateTime: now, or -Date (a date or a date string), with the parts given by \
      -Year, -Month, -Day, -Hour, -Minute, -Second and -Millisecond replaced. With -Format \
      (a .NET format such as 'yyyy-MM-dd HH:mm' or a standard one such as 's') or -UFormat \
      (Unix specifiers such as '%Y-%m-%d') it returns a string instead.
      """,
    parameters: [
      ParameterDeclaration(
        "Date", .dateTime, position: 0, pipeline: [.byValue, .byPropertyName],
        aliases: ["LastWriteTime"], help: "The date to use instead of now."),
      ParameterDeclaration(
        "UnixTimeSeconds", .long, aliases: ["UnixTime"],
        help: "The date as seconds since 1970-01-01 UTC."),
    ]
      + parts.map { part in
        ParameterDeclaration(
          part.name, .int,
          help: "Replaces the \(part.name.lowercased()) (\(part.range.lowerBound) to "
            + "\(part.range.upperBound)).")
      } + [
        ParameterDeclaration(
          "DisplayHint", .string, validValues: ["Date", "Time", "DateTime"],
          help: "Which parts the default display shows."),
        ParameterDeclaration(
          "Format", .string, sets: ["net"], help: "A .NET date format; returns a string."),
        ParameterDeclaration(
          // Untyped so that $null and '' stay apart for their two validation errors.
          "UFormat", .any, sets: ["UFormat"], help: "A Unix date format; returns a string."),
        ParameterDeclaration("AsUTC", .switchParameter, help: "Returns the time in UTC."),
      ],
    defaultParameterSet: "net",
    examples: [
      CmdletExample(
        "Get-Date -Year 2024 -Month 3 -Day 9 -Format 'yyyy-MM-dd'",
        remarks: "Formats a date with a .NET format.", prints: "2024-03-09\n"),
      CmdletExample(
        "Get-Date -Date '2024-01-15 08:05:00' -UFormat '%Y/%m/%d %H:%M'",
        remarks: "Formats a date with Unix specifiers.", prints: "2024/01/15 08:05\n"),
      CmdletExample(
        "(Get-Date -Date '2024-02-29').AddDays(1).Month", remarks: "Reads a part of a date.",
        prints: "3\n"),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.dateTime)

  required init() {}

  func process(_ context: CommandContext) throws {
    let parameters = context.parameters
    var date = DateTimeValue.now
    if case .dateTime(let given) = parameters["Date"]?.unwrapped ?? .null { date = given }
    if let seconds = parameters["UnixTimeSeconds"],
      case .long(let whole) = try seconds.convert(to: .long)
    {
      let range: ClosedRange<Int64> = -62_135_596_800...253_402_300_799
      guard range.contains(whole) else {
        throw CmdletErrors.terminating(
          context, "ArgumentOutOfRangeException",
          "Valid values are between \(range.lowerBound) and \(range.upperBound), inclusive. "
            + "(Parameter 'seconds')", category: .invalidArgument,
          exceptionType: "System.ArgumentOutOfRangeException")
      }
      let ticks = DateTimeValue.unixEpochTicks + whole * DateTimeValue.ticksPerSecond
      date = DateTimeValue(ticks: ticks, kind: .utc).local
    }
    for part in Self.parts {
      guard let wanted = parameters[part.name]?.intValue else { continue }
      guard part.range.contains(wanted) else {
        throw CmdletErrors.outsideRange(
          context, parameter: part.name, value: Int64(wanted),
          range: Int64(part.range.lowerBound)...Int64(part.range.upperBound),
          target: .int(Int32(clamping: wanted)))
      }
      // PowerShell moves by the difference (AddDays(Day - date.Day)), so -Day 31 in a short
      // month runs into the next one.
      date = Self.setting(part.component, to: wanted, in: date) ?? date
    }
    if parameters.isSet("AsUTC") { date = date.universal }
    if parameters.contains("UFormat") {
      guard let format = parameters["UFormat"], !format.isNull, !format.toText().isEmpty else {
        throw Self.emptyArgument(context, "UFormat", isNull: parameters["UFormat"]?.isNull ?? true)
      }
      try context.write(.string(UnixDateFormat.format(date, format.toText())))
      return
    }
    if let format = parameters["Format"]?.toText() {
      var spec = format
      switch format.lowercased() {
      case "filedate": spec = "yyyyMMdd"
      case "filedateuniversal": (date, spec) = (date.universal, "yyyyMMddZ")
      case "filedatetime": spec = "yyyyMMddTHHmmssffff"
      case "filedatetimeuniversal": (date, spec) = (date.universal, "yyyyMMddTHHmmssffffZ")
      default: break
      }
      try context.write(.string(DateFormatting.format(date, spec)))
      return
    }
    guard let hint = parameters["DisplayHint"]?.toText() else {
      try context.write(.dateTime(date))
      return
    }
    // The hint rides on the value as a note property, as PowerShell adds DisplayHint to the
    // DateTime's PSObject; the date still converts and compares as a date.
    let wrapped = PSObject(typeNames: Value.dateTime(date).typeNameChain)
    wrapped.baseValue = .dateTime(date)
    wrapped.stringValue = { Value.dateTime(date).toText() }
    wrapped.set("DisplayHint", .string(hint))
    wrapped.setComputed("DateTime") { .string(Members.displayText(date, hint: hint)) }
    try context.write(.object(wrapped))
  }

  /// The date with one part replaced, moving by the difference as Get-Date does.
  static func setting(
    _ component: Calendar.Component, to wanted: Int, in date: DateTimeValue
  ) -> DateTimeValue? {
    let second = DateTimeValue.ticksPerSecond
    switch component {
    case .year: return date.adding(months: (wanted - date.year) * 12)
    case .month: return date.adding(months: wanted - date.month)
    case .day: return date.adding(ticks: Int64(wanted - date.day) * DateTimeValue.ticksPerDay)
    case .hour: return date.adding(ticks: Int64(wanted - date.hour) * 3600 * second)
    case .minute: return date.adding(ticks: Int64(wanted - date.minute) * 60 * second)
    case .second: return date.adding(ticks: Int64(wanted - date.second) * second)
    default:
      // -Millisecond also drops the ticks below the millisecond.
      let moved = date.adding(ticks: Int64(wanted - date.millisecond) * 10_000)
      return moved.flatMap { $0.adding(ticks: -($0.ticks % 10_000)) }
    }
  }

  /// The binder's error for `$null` or `''` given to a parameter that refuses them.
  static func emptyArgument(_ context: CommandContext, _ parameter: String, isNull: Bool)
    -> RuntimeError
  {
    let detail =
      isNull
      ? "The argument is null. Provide a valid value for the argument, and then try running "
        + "the command again."
      : "The argument is null or empty. Provide an argument that is not null or empty, and "
        + "then try the command again."
    return CmdletErrors.terminating(
      context,
      isNull
        ? "ParameterArgumentValidationErrorNullNotAllowed"
        : "ParameterArgumentValidationErrorEmptyStringNotAllowed",
      "Cannot validate argument on parameter '\(parameter)'. " + detail, category: .invalidData,
      exceptionType: "System.Management.Automation.ParameterBindingValidationException")
  }
}
