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
          "UFormat", .string, sets: ["UFormat"], help: "A Unix date format; returns a string."),
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
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    let parameters = context.parameters
    var date = Date()
    if case .date(let given) = parameters["Date"] ?? .null { date = given }
    if let seconds = parameters["UnixTimeSeconds"]?.doubleValue {
      date = Date(timeIntervalSince1970: seconds)
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = parameters.isSet("AsUTC") ? Self.utc : .current
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
      let current = calendar.component(part.component, from: date)
      let delta =
        part.component == .nanosecond
        ? (wanted - current / 1_000_000) * 1_000_000 : wanted - current
      date = calendar.date(byAdding: part.component, value: delta, to: date) ?? date
    }
    if let format = parameters["Format"]?.toText() {
      try context.write(.string(DateFormatting.format(date, format, timeZone: calendar.timeZone)))
      return
    }
    if let format = parameters["UFormat"]?.toText() {
      try context.write(.string(UnixDateFormat.format(date, format, calendar: calendar)))
      return
    }
    guard let hint = parameters["DisplayHint"]?.toText() else {
      try context.write(.date(date))
      return
    }
    // The hint rides on the value as a note property, as PowerShell adds DisplayHint to the
    // DateTime's PSObject; the date still converts and compares as a date.
    let wrapped = PSObject(typeNames: Value.date(date).typeNameChain)
    wrapped.baseValue = .date(date)
    wrapped.stringValue = { Value.date(date).toText() }
    wrapped.set("DisplayHint", .string(hint))
    try context.write(.object(wrapped))
  }

  static let utc = TimeZone(identifier: "UTC") ?? .current
}

/// Get-Date -UFormat: the Unix `date` specifiers PowerShell supports (`%Y`, `%m`, `%d`, ...).
enum UnixDateFormat {
  static func format(_ date: Date, _ spec: String, calendar: Calendar) -> String {
    let zone = calendar.timeZone
    let net: (String) -> String = { DateFormatting.format(date, $0, timeZone: zone) }
    let parts = calendar.dateComponents(
      [.year, .month, .day, .hour, .weekday, .weekOfYear], from: date)
    var output = ""
    var characters = spec.makeIterator()
    while let character = characters.next() {
      guard character == "%", let code = characters.next() else {
        output.append(character)
        continue
      }
      switch code {
      case "a": output += net("ddd")
      case "A": output += net("dddd")
      case "b", "h": output += net("MMM")
      case "B": output += net("MMMM")
      case "c": output += net("ddd MMM dd HH:mm:ss yyyy")
      case "C": output += String(format: "%02d", (parts.year ?? 0) / 100)
      case "d": output += net("dd")
      case "D", "x": output += net("MM/dd/yy")
      case "e": output += String(format: "%2d", parts.day ?? 1)
      case "F": output += net("yyyy-MM-dd")
      case "H": output += net("HH")
      case "I": output += net("hh")
      case "j":
        output += String(format: "%03d", calendar.ordinality(of: .day, in: .year, for: date) ?? 1)
      case "k": output += String(format: "%2d", parts.hour ?? 0)
      case "l":
        let hour = (parts.hour ?? 0) % 12
        output += String(format: "%2d", hour == 0 ? 12 : hour)
      case "m": output += net("MM")
      case "M": output += net("mm")
      case "n": output += "\n"
      case "p": output += net("tt")
      case "r": output += net("hh:mm:ss tt")
      case "R": output += net("HH:mm")
      case "s": output += String(Int64(date.timeIntervalSince1970.rounded(.down)))
      case "S": output += net("ss")
      case "t": output += "\t"
      case "T", "X": output += net("HH:mm:ss")
      case "u":
        let weekday = (parts.weekday ?? 1) - 1
        output += String(weekday == 0 ? 7 : weekday)
      case "w": output += String((parts.weekday ?? 1) - 1)
      case "U", "V", "W": output += String(format: "%02d", parts.weekOfYear ?? 1)
      case "y": output += net("yy")
      case "Y": output += net("yyyy")
      case "Z": output += net("zz")
      case "%": output += "%"
      default: output += "%" + String(code)
      }
    }
    return output
  }
}
