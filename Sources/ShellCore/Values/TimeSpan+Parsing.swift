import Foundation

/// `TimeSpan.Parse` with the invariant culture, which casts (`[timespan]'1:30'`) use.
///
/// The accepted shapes are `[-]d`, `[-][d.]h:m[:s[.f]]` and `[-]d:h:m:s[.f]`. A lone number is
/// days, two numbers are hours and minutes. Three colon-separated numbers are
/// hours:minutes:seconds unless a part is out of range, in which case .NET reads them as
/// days:hours:minutes (`'25:00:00'` is 25 days). The fraction has at most seven digits.
extension TimeSpan {
  /// The largest day count a TimeSpan holds.
  static let maximumDays: Int64 = 10_675_199

  /// Parses `text`, failing with .NET's FormatException or OverflowException message.
  static func parse(_ text: String) throws(TimeSpanError) -> TimeSpan {
    var body = Substring(text.trimmingCharacters(in: .whitespacesAndNewlines))
    let isNegative = body.first == "-"
    if isNegative { body = body.dropFirst() }
    guard let (numbers, separators) = tokens(body) else { throw .badText(text) }
    let magnitude = try value(numbers, separators, text)
    return isNegative ? TimeSpan(ticks: -magnitude) : TimeSpan(ticks: magnitude)
  }

  /// Splits `1.02:03:04.5` into its digit runs and the separators between them; nil when a
  /// character is neither a digit, `.` nor `:`, or a digit run is empty.
  private static func tokens(_ body: Substring) -> ([Substring], String)? {
    var numbers: [Substring] = []
    var separators = ""
    var start = body.startIndex
    for index in body.indices where body[index] == "." || body[index] == ":" {
      numbers.append(body[start..<index])
      separators.append(body[index])
      start = body.index(after: index)
    }
    numbers.append(body[start...])
    let isValid = numbers.allSatisfy { number in
      !number.isEmpty && number.allSatisfy { $0.isASCII && $0.isNumber }
    }
    return isValid ? (numbers, separators) : nil
  }

  /// The tick count of the unsigned part, picking the shape from the separators.
  private static func value(
    _ numbers: [Substring], _ separators: String, _ text: String
  ) throws(TimeSpanError) -> Int64 {
    let fraction: Substring? = separators.hasSuffix("::.") ? numbers.last : nil
    let whole = fraction == nil ? numbers : Array(numbers.dropLast())
    var parts: [Int64] = []
    for number in whole {
      // More than ten digits cannot be a valid component (.NET's "too many digits").
      guard number.count <= 10, let parsed = Int64(number) else {
        throw .componentOutOfRange(text)
      }
      parts.append(parsed)
    }
    let shape = fraction == nil ? separators : String(separators.dropLast())
    let fractionTicks = try fraction.map { (digits) throws(TimeSpanError) -> Int64 in
      guard digits.count <= 7 else { throw .componentOutOfRange(text) }
      return Int64(digits.padding(toLength: 7, withPad: "0", startingAt: 0)) ?? 0
    }
    let ticks: Int64?
    switch shape {
    case "": ticks = total(days: parts[0])
    case ":": ticks = total(hours: parts[0], minutes: parts[1])
    case "::":
      ticks =
        total(hours: parts[0], minutes: parts[1], seconds: parts[2])
        ?? (fraction == nil ? total(days: parts[0], hours: parts[1], minutes: parts[2]) : nil)
    case ".:": ticks = total(days: parts[0], hours: parts[1], minutes: parts[2])
    case ".::", ":::":
      ticks = total(days: parts[0], hours: parts[1], minutes: parts[2], seconds: parts[3])
    default: throw .badText(text)
    }
    guard let ticks else { throw .componentOutOfRange(text) }
    let (sum, overflow) = ticks.addingReportingOverflow(fractionTicks ?? 0)
    guard !overflow else { throw .componentOutOfRange(text) }
    return sum
  }

  /// The ticks of in-range components; nil when one is out of its range.
  private static func total(
    days: Int64 = 0, hours: Int64 = 0, minutes: Int64 = 0, seconds: Int64 = 0
  ) -> Int64? {
    guard days <= maximumDays, hours <= 23, minutes <= 59, seconds <= 59 else { return nil }
    return components(days: days, hours: hours, minutes: minutes, seconds: seconds)?.ticks
  }
}
