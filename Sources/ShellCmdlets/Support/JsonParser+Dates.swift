import Foundation
import ShellCore

/// Newtonsoft's date recognition, which turns ISO 8601 strings into dates as ConvertFrom-Json
/// reads them.
extension JsonParser {
  /// The date an ISO 8601 string denotes, as Newtonsoft's DateParseHandling.DateTime reads it
  /// (`2024-01-15T10:30:00`, optional fraction, `Z` or an offset); nil for other strings.
  static func isoDate(_ text: String) -> Date? {
    let characters = Array(text)
    guard characters.count >= 19, characters.count <= 40, characters[0].isASCII,
      characters[0].isNumber, characters[10] == "T"
    else { return nil }
    func number(_ from: Int, _ length: Int) -> Int? {
      guard from + length <= characters.count else { return nil }
      let slice = characters[from..<from + length]
      guard slice.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
      return Int(String(slice))
    }
    guard let year = number(0, 4), characters[4] == "-", let month = number(5, 2),
      characters[7] == "-", let day = number(8, 2), let hour = number(11, 2),
      characters[13] == ":", let minute = number(14, 2), characters[16] == ":",
      let second = number(17, 2), (1...12).contains(month), (1...31).contains(day), hour < 24,
      minute < 60, second < 60
    else { return nil }
    var position = 19
    var nanoseconds = 0
    if position < characters.count, characters[position] == "." {
      position += 1
      var digits = ""
      while position < characters.count, characters[position].isASCII,
        characters[position].isNumber
      {
        digits.append(characters[position])
        position += 1
      }
      guard !digits.isEmpty, digits.count <= 7 else { return nil }
      nanoseconds = (Int(digits.padding(toLength: 9, withPad: "0", startingAt: 0)) ?? 0)
    }
    var timeZone = TimeZone.current
    if position < characters.count {
      if characters[position] == "Z", position == characters.count - 1 {
        timeZone = TimeZone(secondsFromGMT: 0) ?? .current
      } else if characters[position] == "+" || characters[position] == "-" {
        let sign = characters[position] == "-" ? -1 : 1
        guard let offsetHours = number(position + 1, 2) else { return nil }
        var offsetMinutes = 0
        if position + 3 < characters.count {
          let minuteStart = characters[position + 3] == ":" ? position + 4 : position + 3
          guard let minutes = number(minuteStart, 2), minuteStart + 2 == characters.count else {
            return nil
          }
          offsetMinutes = minutes
        }
        timeZone =
          TimeZone(secondsFromGMT: sign * (offsetHours * 3600 + offsetMinutes * 60)) ?? .current
      } else {
        return nil
      }
    }
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = timeZone
    let components = DateComponents(
      year: year, month: month, day: day, hour: hour, minute: minute, second: second,
      nanosecond: nanoseconds)
    return calendar.date(from: components)
  }
}
