import Foundation
import ShellCore

/// Parses the XmlConvert forms CLIXML writes dates, durations and doubles in.
enum ClixmlValues {
  /// A double: a number, `INF`, `-INF` or `NaN`.
  static func double(_ text: String) -> Double? {
    let written = text.trimmingCharacters(in: .whitespaces)
    switch written {
    case "INF": return .infinity
    case "-INF": return -.infinity
    case "NaN": return .nan
    default: return Double(written)
    }
  }

  /// A DateTime in the round-trip form: `Z` reads as UTC, an offset as the local time of that
  /// instant, no suffix as Unspecified.
  static func dateTime(_ text: String) -> DateTimeValue? {
    var rest = Substring(text.trimmingCharacters(in: .whitespaces))
    func number(_ count: Int) -> Int? {
      guard rest.count >= count, let value = Int(rest.prefix(count)),
        rest.prefix(count).allSatisfy(\.isNumber)
      else { return nil }
      rest = rest.dropFirst(count)
      return value
    }
    func skip(_ character: Character) -> Bool {
      guard rest.first == character else { return false }
      rest = rest.dropFirst()
      return true
    }
    guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2),
      skip("T"), let hour = number(2), skip(":"), let minute = number(2), skip(":"),
      let second = number(2),
      let wall = DateTimeValue(
        year: year, month: month, day: day, hour: hour, minute: minute, second: second)
    else { return nil }
    var ticks = wall.ticks
    if skip(".") {
      let digits = rest.prefix { $0.isNumber }
      guard !digits.isEmpty else { return nil }
      rest = rest.dropFirst(digits.count)
      let seven = String((digits + "0000000").prefix(7))
      ticks += Int64(seven) ?? 0
    }
    if rest.isEmpty { return DateTimeValue(ticks: ticks, kind: .unspecified) }
    if rest == "Z" { return DateTimeValue(ticks: ticks, kind: .utc) }
    guard let sign = rest.first, sign == "+" || sign == "-" else { return nil }
    rest = rest.dropFirst()
    guard let hours = number(2), skip(":"), let minutes = number(2), rest.isEmpty else {
      return nil
    }
    let offset = Int64((hours * 60 + minutes) * 60) * DateTimeValue.ticksPerSecond
    let utcTicks = sign == "+" ? ticks - offset : ticks + offset
    let instant = Date(
      timeIntervalSince1970: Double(utcTicks - DateTimeValue.unixEpochTicks)
        / Double(DateTimeValue.ticksPerSecond))
    var local = DateTimeValue(local: instant)
    local.ticks =
      local.ticks - local.ticks % DateTimeValue.ticksPerSecond + ticks
      % DateTimeValue.ticksPerSecond
    return local
  }

  /// A TimeSpan from an XML Schema duration (`-P1DT2H3M4.5S`); years and months are refused,
  /// as a TimeSpan has none.
  static func duration(_ text: String) -> TimeSpan? {
    var rest = Substring(text.trimmingCharacters(in: .whitespaces))
    let negative = rest.hasPrefix("-")
    if negative { rest = rest.dropFirst() }
    guard rest.hasPrefix("P") else { return nil }
    rest = rest.dropFirst()
    var ticks: Int64 = 0
    var inTime = false
    var sawPart = false
    while !rest.isEmpty {
      if rest.first == "T" {
        guard !inTime else { return nil }
        inTime = true
        rest = rest.dropFirst()
        continue
      }
      let digits = rest.prefix { $0.isNumber || $0 == "." }
      guard !digits.isEmpty, let unit = rest.dropFirst(digits.count).first else { return nil }
      rest = rest.dropFirst(digits.count + 1)
      sawPart = true
      switch (unit, inTime) {
      case ("D", false): ticks += (Int64(digits) ?? 0) * DateTimeValue.ticksPerDay
      case ("H", true): ticks += (Int64(digits) ?? 0) * 36_000_000_000
      case ("M", true): ticks += (Int64(digits) ?? 0) * 600_000_000
      case ("S", true):
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0]) else { return nil }
        ticks += whole * TimeSpan.ticksPerSecond
        if parts.count == 2 {
          ticks += Int64(String((parts[1] + "0000000").prefix(7))) ?? 0
        }
      default: return nil
      }
    }
    guard sawPart else { return nil }
    return TimeSpan(ticks: negative ? -ticks : ticks)
  }
}
