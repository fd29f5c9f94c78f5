import Foundation

/// .NET date format strings with the invariant culture: standard (`d`, `G`, `s`, `o`, ...)
/// and custom (`yyyy-MM-dd HH:mm:ss`, `dddd`, `tt`, `fff`, `zzz`, `K`, quotes, `\`).
///
/// Formatting reads the DateTime's wall clock; only `K`, `z` and the standard formats that
/// name a zone (`o`, `U`) look at its kind.
public enum DateFormatting {
  public static let monthNames = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
  ]
  public static let dayNames = [
    "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
  ]

  /// The invariant culture's patterns for the standard one-letter formats.
  public static let standard: [Character: String] = [
    "d": "MM/dd/yyyy", "D": "dddd, dd MMMM yyyy", "t": "HH:mm", "T": "HH:mm:ss",
    "f": "dddd, dd MMMM yyyy HH:mm", "F": "dddd, dd MMMM yyyy HH:mm:ss",
    "g": "MM/dd/yyyy HH:mm", "G": "MM/dd/yyyy HH:mm:ss", "M": "MMMM dd", "m": "MMMM dd",
    "y": "yyyy MMMM", "Y": "yyyy MMMM", "s": "yyyy'-'MM'-'dd'T'HH':'mm':'ss",
    "u": "yyyy'-'MM'-'dd HH':'mm':'ss'Z'", "r": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    "R": "ddd, dd MMM yyyy HH':'mm':'ss 'GMT'",
    "o": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
    "O": "yyyy'-'MM'-'dd'T'HH':'mm':'ss'.'fffffffK",
  ]

  /// The long date and time pwsh's default view and `DisplayHint` show (en-US, as PowerShell's
  /// own tests expect): `Wednesday, January 1, 2020` and `3:04:05 PM`.
  public static let longDisplayDate = "dddd, MMMM d, yyyy"
  public static let longDisplayTime = "h:mm:ss tt"

  /// A date as text under a standard (`o`, `u`, `G`) or custom (`yyyy-MM-dd`) format string.
  ///
  /// `offsetSeconds` is the offset `z` and `K` show for a DateTimeOffset.
  public static func format(
    _ date: DateTimeValue, _ spec: String, offsetSeconds: Int? = nil
  ) -> String {
    if offsetSeconds == nil, spec.count == 1, let only = spec.first {
      if only == "U" { return format(date.universal, "F") }
      if let pattern = standard[only] { return format(date, pattern) }
    }
    let (year, month, day) = date.civil
    let chars = Array(spec)
    var output = ""
    var index = 0
    while index < chars.count {
      let char = chars[index]
      var run = 1
      while index + run < chars.count, chars[index + run] == char { run += 1 }
      switch char {
      case "y": output += run <= 2 ? pad(year % 100, run) : pad(year, run)
      case "M": output += run <= 2 ? pad(month, run) : name(monthNames, month - 1, full: run >= 4)
      case "d":
        output += run <= 2 ? pad(day, run) : name(dayNames, date.dayOfWeek, full: run >= 4)
      case "H": output += pad(date.hour, min(run, 2))
      case "h":
        let hour = date.hour % 12
        output += pad(hour == 0 ? 12 : hour, min(run, 2))
      case "m": output += pad(date.minute, min(run, 2))
      case "s": output += pad(date.second, min(run, 2))
      case "f", "F":
        var text = String(pad(Int(date.fraction), 7).prefix(min(run, 7)))
        if char == "F" {
          while text.hasSuffix("0") { text.removeLast() }
          // .NET drops the decimal point before an all-zero F fraction.
          if text.isEmpty, output.hasSuffix(".") { output.removeLast() }
        }
        output += text
      case "t":
        let designator = date.hour < 12 ? "AM" : "PM"
        output += run == 1 ? String(designator.prefix(1)) : designator
      case "z":
        let seconds = offsetSeconds ?? (date.kind == .utc ? 0 : date.localOffsetSeconds)
        output += offset(seconds, run: run)
      case "K":
        if let offsetSeconds {
          output += offset(offsetSeconds, run: 3)
          index += 1
          continue
        }
        switch date.kind {
        case .utc: output += "Z"
        case .local: output += offset(date.localOffsetSeconds, run: 3)
        case .unspecified: break
        }
        index += 1
        continue
      case "%":
        // `%d` is the custom `d` alone, not the standard format.
        index += 1
        continue
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

  /// A Foundation instant formatted on the local wall clock.
  public static func format(_ date: Date, _ spec: String) -> String {
    format(DateTimeValue(local: date), spec)
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }

  private static func name(_ names: [String], _ index: Int, full: Bool) -> String {
    guard names.indices.contains(index) else { return "" }
    return full ? names[index] : String(names[index].prefix(3))
  }

  /// `zzz` gives `+01:00`, `zz` `+01`, `z` `+1`.
  static func offset(_ seconds: Int, run: Int) -> String {
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
