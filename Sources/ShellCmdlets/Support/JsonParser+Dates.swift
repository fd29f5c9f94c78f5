import Foundation
import ShellCore

/// Newtonsoft's date recognition, which turns ISO 8601 strings into dates as ConvertFrom-Json
/// reads them, with the kinds its -DateKind asks for.
extension JsonParser {
  /// The value an ISO 8601 string becomes under a -DateKind (`default`, `local`, `utc`,
  /// `offset`); nil for strings that are not dates.
  ///
  /// By default a date without a zone keeps its wall clock (Unspecified), `Z` makes a UTC
  /// date and an offset a local one; Local and Utc convert zoned dates and only relabel
  /// unzoned ones; Offset makes a DateTimeOffset, local time's offset when none is written.
  static func isoDate(_ text: String, kind: String) -> Value? {
    guard let (wall, zone) = isoParts(text) else { return nil }
    let utc = zone.map { wall.ticks - Int64($0.seconds) * DateTimeValue.ticksPerSecond }
    if let utc, utc < 0 || utc > DateTimeValue.maxTicks { return .string(text) }
    switch kind {
    case "local":
      guard let utc else { return .dateTime(wall.with(kind: .local)) }
      return .dateTime(DateTimeValue(ticks: utc, kind: .utc).local)
    case "utc":
      return .dateTime(DateTimeValue(ticks: utc ?? wall.ticks, kind: .utc))
    case "offset":
      guard let zone else {
        return DateTimeOffsetValue(dateTime: wall.with(kind: .local)).value
      }
      return DateTimeOffsetValue(clock: wall, offsetMinutes: zone.seconds / 60).value
    default:
      guard let utc, let zone else { return .dateTime(wall) }
      let universal = DateTimeValue(ticks: utc, kind: .utc)
      return .dateTime(zone.isZulu ? universal : universal.local)
    }
  }

  /// The wall clock and the zone (`Z` or an offset in seconds) of an ISO 8601 date string
  /// (`2024-01-15T10:30:00`, optional fraction of up to seven digits, `Z` or an offset).
  static func isoParts(
    _ text: String
  ) -> (wall: DateTimeValue, zone: (seconds: Int, isZulu: Bool)?)? {
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
    var fraction: Int64 = 0
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
      fraction = Int64(digits.padding(toLength: 7, withPad: "0", startingAt: 0)) ?? 0
    }
    var zone: (seconds: Int, isZulu: Bool)?
    if position < characters.count {
      if characters[position] == "Z", position == characters.count - 1 {
        zone = (0, true)
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
        guard offsetHours <= 14 else { return nil }
        zone = (sign * (offsetHours * 3600 + offsetMinutes * 60), false)
      } else {
        return nil
      }
    }
    guard
      let wall = DateTimeValue(
        year: year, month: month, day: day, hour: hour, minute: minute, second: second,
        fraction: fraction)
    else { return nil }
    return (wall, zone)
  }
}
