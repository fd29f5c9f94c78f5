import ShellCore

/// Get-Date -UFormat: the Unix `date` specifiers as PowerShell implements them.
///
/// PowerShell's table differs from strftime in places, and scripts depend on its answers:
/// `%c` is `Tue 01 Jan 0030 00:00:00`, `%C` is the century unpadded, `%U` and `%W` are both the
/// day of the year divided by 7, `%Z` is the offset as `+01`, `%G`/`%g`/`%V` follow ISO 8601
/// weeks, and an unknown specifier prints its letter alone. A leading `+` is skipped.
enum UnixDateFormat {
  static func format(_ date: DateTimeValue, _ spec: String) -> String {
    let net: (String) -> String = { DateFormatting.format(date, $0) }
    var output = ""
    var characters = Substring(spec)
    if characters.first == "+" { characters.removeFirst() }
    var iterator = characters.makeIterator()
    while let character = iterator.next() {
      guard character == "%" else {
        output.append(character)
        continue
      }
      guard let code = iterator.next() else { break }
      switch code {
      case "a": output += net("ddd")
      case "A": output += net("dddd")
      case "b", "h": output += net("MMM")
      case "B": output += net("MMMM")
      case "c": output += net("ddd dd MMM yyyy HH:mm:ss")
      case "C": output += String(date.year / 100)
      case "d": output += net("dd")
      case "D", "x": output += net("MM/dd/yy")
      case "e": output += padded(date.day, " ")
      case "F": output += net("yyyy-MM-dd")
      case "G": output += zeroPadded(date.isoYear, 4)
      case "g": output += zeroPadded(date.isoYear % 100, 2)
      case "H": output += net("HH")
      case "I": output += net("hh")
      case "j": output += zeroPadded(date.dayOfYear, 3)
      case "k": output += padded(date.hour, " ")
      case "l":
        let hour = date.hour % 12
        output += padded(hour == 0 ? 12 : hour, " ")
      case "m": output += net("MM")
      case "M": output += net("mm")
      case "n": output += "\n"
      case "p": output += net("tt")
      case "r": output += net("hh:mm:ss tt")
      case "R": output += net("HH:mm")
      case "s":
        // Seconds since 1970 of the UTC instant, rounded as .NET's "0" format rounds.
        let ticks = date.universal.ticks - DateTimeValue.unixEpochTicks
        let seconds = (Double(ticks) / 1e7).rounded(.toNearestOrAwayFromZero)
        output += String(Int64(seconds))
      case "S": output += net("ss")
      case "t": output += "\t"
      case "T", "X": output += net("HH:mm:ss")
      case "u": output += String(date.dayOfWeek == 0 ? 7 : date.dayOfWeek)
      case "U", "W": output += String(date.dayOfYear / 7)
      case "V": output += zeroPadded(date.isoWeek, 2)
      case "w": output += String(date.dayOfWeek)
      case "y": output += net("yy")
      case "Y": output += net("yyyy")
      case "Z": output += net("zz")
      default: output.append(code)
      }
    }
    return output
  }

  /// Right-aligned in two characters, as .NET's `{0,2}` pads.
  private static func padded(_ value: Int, _ pad: Character) -> String {
    let text = String(value)
    return text.count >= 2 ? text : String(pad) + text
  }

  private static func zeroPadded(_ value: Int, _ width: Int) -> String {
    let text = String(value)
    return String(repeating: "0", count: max(0, width - text.count)) + text
  }
}
