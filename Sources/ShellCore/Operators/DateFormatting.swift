import Foundation

/// .NET date format strings with the invariant culture, in local time: standard (`d`, `G`,
/// `s`, `o`, ...) and custom (`yyyy-MM-dd HH:mm:ss`, `dddd`, `tt`, `fff`, `zzz`, quotes).
public enum DateFormatting {
  static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  static let dayNames = [
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  ]

  /// The invariant culture's patterns for the standard one-letter formats.
  private static let standard: [Character: String] = [
    "d": "MM/dd/yyyy", "D": "dddd, dd MMMM yyyy", "t": "HH:mm", "T": "HH:mm:ss",
    "f": "dddd, dd MMMM yyyy HH:mm", "F": "dddd, dd MMMM yyyy HH:mm:ss",
    "g": "MM/dd/yyyy HH:mm", "G": "MM/dd/yyyy HH:mm:ss", "M": "MMMM dd", "m": "MMMM dd",
    "y": "yyyy MMMM", "Y": "yyyy MMMM", "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    "o": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  ]

  /// A date as text under a standard (`o`, `u`, `G`) or custom (`yyyy-MM-dd`) format string.
  public static func format(_ date: Date, _ spec: String, timeZone: TimeZone = .current) -> String {
    if spec.count == 1, let only = spec.first {
      if only == "u" { return format(date, "yyyy'-'MM'-'dd HH':'mm':'ss'Z'", timeZone: utc) }
      if only == "r" || only == "R" {
        return format(date, "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'", timeZone: utc)
      }
      if only == "U" { return format(date, "F", timeZone: utc) }
      if let pattern = standard[only] { return format(date, pattern, timeZone: timeZone) }
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let parts = calendar.dateComponents(
      [.year, .month, .day, .hour, .minute, .second, .nanosecond, .weekday], from: date)
    let chars = Array(spec)
    var output = ""
    var index = 0
    while index < chars.count {
      let char = chars[index]
      var run = 1
      while index + run < chars.count, chars[index + run] == char { run += 1 }
      switch char {
      case "y":
        let year = parts.year ?? 1
        output += run <= 2 ? pad(year % 100, run) : pad(year, run)
      case "M":
        let month = parts.month ?? 1
        output += run <= 2 ? pad(month, run) : name(monthNames, month - 1, full: run >= 4)
      case "d":
        output +=
          run <= 2
          ? pad(parts.day ?? 1, run) : name(dayNames, (parts.weekday ?? 1) - 1, full: run >= 4)
      case "H": output += pad(parts.hour ?? 0, min(run, 2))
      case "h":
        let hour = (parts.hour ?? 0) % 12
        output += pad(hour == 0 ? 12 : hour, min(run, 2))
      case "m": output += pad(parts.minute ?? 0, min(run, 2))
      case "s": output += pad(parts.second ?? 0, min(run, 2))
      case "f", "F":
        let digits = String(format: "%09d", parts.nanosecond ?? 0).prefix(min(run, 7))
        var text = String(digits)
        if char == "F" { while text.hasSuffix("0") { text.removeLast() } }
        output += text
      case "t":
        let designator = (parts.hour ?? 0) < 12 ? "AM" : "PM"
        output += run == 1 ? String(designator.prefix(1)) : designator
      case "z", "K":
        output += offset(timeZone.secondsFromGMT(for: date), run: char == "K" ? 3 : run)
      case "'", "\"":
        var end = index + 1
        while end < chars.count, chars[end] != char {
          output.append(chars[end])
          end += 1
        }
        index = end + 1
        continue
      case "\\":
        if index + 1 < chars.count { output.append(chars[index + 1]) }
        index += 2
        continue
      default:
        output += String(repeating: char, count: run)
      }
      index += run
    }
    return output
  }

  private static let utc = TimeZone(identifier: "UTC") ?? .current

  private static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  private static func name(_ names: [String], _ index: Int, full: Bool) -> String {
    guard names.indices.contains(index) else { return "" }
    return full ? names[index] : String(names[index].prefix(3))
  }

  /// `zzz` gives `+01:00`, `zz` `+01`, `z` `+1`.
  private static func offset(_ seconds: Int, run: Int) -> String {
    let sign = seconds < 0 ? "-" : "+"
    let hours = abs(seconds) / 3600
    let minutes = abs(seconds) % 3600 / 60
    switch run {
    case 1: return sign + String(hours)
    case 2: return sign + pad(hours, 2)
    default: return sign + pad(hours, 2) + ":" + pad(minutes, 2)
    }
  }
}
