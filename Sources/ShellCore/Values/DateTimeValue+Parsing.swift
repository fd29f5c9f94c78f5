import Foundation

/// DateTime.Parse with the invariant culture, as `[datetime]'...'`, `Get-Date -Date '...'` and
/// parameter binding read date strings.
///
/// The forms PowerShell scripts write: `2030-4-5 1:2:3.09`, ISO 8601 with `T`, a fraction and
/// `Z` or an offset, `1/1/0030` (month first), `Jan 1, 2020`, `1 January 2020`,
/// `Wednesday, January 1, 2020 3:04 PM`, and a time alone (today's date). A string with a zone
/// becomes local time (Local kind); one without stays as written (Unspecified).
extension DateTimeValue {
  public static func parse(_ text: String) -> DateTimeValue? {
    guard let (wall, zone) = parseParts(text) else { return nil }
    guard let zone else { return wall }
    // A zone makes it an instant, which DateTime.Parse reads in local time.
    let utcTicks = wall.ticks - Int64(zone) * ticksPerSecond
    guard utcTicks >= 0, utcTicks <= maxTicks else { return nil }
    return DateTimeValue(ticks: utcTicks, kind: .utc).local
  }

  /// The wall clock a date string writes (Unspecified) and its zone in seconds east of UTC,
  /// when it names one.
  public static func parseParts(_ text: String) -> (wall: DateTimeValue, zone: Int?)? {
    var scanner = DateScanner(text)
    guard scanner.tokenize(), let wall = scanner.resolve() else { return nil }
    return (wall, scanner.zoneOffset)
  }
}

/// The tokens of a date string and the rules that turn them into a date.
private struct DateScanner {
  enum Token: Equatable {
    case number(Int, digits: Int)
    case word(String)
    case symbol(Character)
  }

  let characters: [Character]
  var tokens: [Token] = []
  /// Seconds east of UTC when the string names a zone.
  var zoneOffset: Int?

  init(_ text: String) {
    characters = Array(text.trimmingCharacters(in: .whitespacesAndNewlines))
  }

  mutating func tokenize() -> Bool {
    var index = 0
    while index < characters.count {
      let char = characters[index]
      if char.isASCII, char.isNumber {
        var end = index
        while end < characters.count, characters[end].isASCII, characters[end].isNumber {
          end += 1
        }
        guard end - index <= 9, let value = Int(String(characters[index..<end])) else {
          return false
        }
        tokens.append(.number(value, digits: end - index))
        index = end
      } else if char.isLetter {
        var end = index
        while end < characters.count, characters[end].isLetter { end += 1 }
        tokens.append(.word(String(characters[index..<end]).lowercased()))
        index = end
      } else if char.isWhitespace {
        index += 1
      } else {
        tokens.append(.symbol(char))
        index += 1
      }
    }
    return !tokens.isEmpty
  }

  static func month(_ word: String) -> Int? {
    guard word.count >= 3 else { return nil }
    for (index, full) in DateFormatting.monthNames.enumerated()
    where full.lowercased().hasPrefix(word) || (word == "sept" && index == 8) {
      return index + 1
    }
    return nil
  }

  static func isDayName(_ word: String) -> Bool {
    word.count >= 3 && DateFormatting.dayNames.contains { $0.lowercased().hasPrefix(word) }
  }

  mutating func resolve() -> DateTimeValue? {
    guard takeZone(), let time = takeTime() else { return nil }
    // What is left names the date.
    var numbers: [(value: Int, digits: Int)] = []
    var separators: [Character] = []
    var month: Int?
    for token in tokens {
      switch token {
      case .number(let value, let digits): numbers.append((value, digits))
      case .word(let word):
        if let named = Self.month(word), month == nil {
          month = named
        } else if !Self.isDayName(word) && word != "t" {
          return nil
        }
      case .symbol(let symbol):
        guard "/-.,".contains(symbol) else { return nil }
        separators.append(symbol)
      }
    }
    let today = DateTimeValue.now
    var year = today.year
    var day = 1
    var monthNumber = today.month
    if let month {
      monthNumber = month
      switch numbers.count {
      case 0: day = 1
      case 1:
        if numbers[0].digits >= 3 { year = numbers[0].value } else { day = numbers[0].value }
      case 2:
        if numbers[0].digits >= 3 {
          (year, day) = (numbers[0].value, numbers[1].value)
        } else {
          (day, year) = (numbers[0].value, Self.fullYear(numbers[1]))
        }
      default: return nil
      }
    } else {
      switch numbers.count {
      case 0:
        guard time.given else { return nil }
        (year, monthNumber, day) = today.civil
      case 2:
        // `4/5` is this year's April 5.
        (monthNumber, day) = (numbers[0].value, numbers[1].value)
      case 3:
        if numbers[0].digits >= 3 {
          (year, monthNumber, day) = (numbers[0].value, numbers[1].value, numbers[2].value)
        } else {
          (monthNumber, day, year) = (numbers[0].value, numbers[1].value, Self.fullYear(numbers[2]))
        }
      default: return nil
      }
    }
    return DateTimeValue(
      year: year, month: monthNumber, day: day, hour: time.hour, minute: time.minute,
      second: time.second, fraction: time.fraction)
  }

  /// Two-digit years as .NET's calendar reads them (up to 2049).
  static func fullYear(_ number: (value: Int, digits: Int)) -> Int {
    guard number.digits <= 2 else { return number.value }
    return number.value < 50 ? 2000 + number.value : 1900 + number.value
  }

  /// Removes a trailing `Z`, `GMT`/`UTC` or `+hh:mm` zone.
  mutating func takeZone() -> Bool {
    guard let last = tokens.last else { return true }
    if case .word(let word) = last {
      if ["z", "gmt", "utc"].contains(word) {
        tokens.removeLast()
        zoneOffset = 0
      }
      return true
    }
    // `+hh:mm`, `+hhmm` or `+hh` after a time.
    guard tokens.contains(.symbol(":")) else { return true }
    var index = tokens.count - 1
    var parts: [(Int, Int)] = []
    while index >= 0, case .number(let value, let digits) = tokens[index] {
      parts.insert((value, digits), at: 0)
      index -= 1
      if index >= 0, tokens[index] == .symbol(":"), parts.count == 1 { index -= 1 } else { break }
    }
    guard index >= 1, case .symbol(let sign) = tokens[index], sign == "+" || sign == "-",
      !parts.isEmpty
    else { return true }
    var hours = parts[0].0
    var minutes = parts.count > 1 ? parts[1].0 : 0
    if parts.count == 1, parts[0].1 == 4 { (hours, minutes) = (parts[0].0 / 100, parts[0].0 % 100) }
    guard hours <= 14, minutes < 60 else { return false }
    zoneOffset = (sign == "-" ? -1 : 1) * (hours * 3600 + minutes * 60)
    tokens.removeSubrange(index...)
    return true
  }

  struct Time {
    var hour = 0
    var minute = 0
    var second = 0
    var fraction: Int64 = 0
    var given = false
  }

  /// Removes `H:mm[:ss[.fffffff]] [AM|PM]` and returns it (midnight when there is none).
  mutating func takeTime() -> Time? {
    var time = Time()
    guard let colon = tokens.firstIndex(of: .symbol(":")) else {
      return dropDesignator(&time) ? time : nil
    }
    guard colon >= 1, case .number(let hour, let hourDigits) = tokens[colon - 1], hourDigits <= 2,
      colon + 1 < tokens.count, case .number(let minute, _) = tokens[colon + 1]
    else { return nil }
    time.hour = hour
    time.minute = minute
    time.given = true
    var end = colon + 2
    if end + 1 < tokens.count, tokens[end] == .symbol(":"),
      case .number(let second, _) = tokens[end + 1]
    {
      time.second = second
      end += 2
      if end + 1 < tokens.count, tokens[end] == .symbol("."),
        case .number(let fraction, let digits) = tokens[end + 1]
      {
        guard digits <= 7 else { return nil }
        var ticks = Int64(fraction)
        for _ in digits..<7 { ticks *= 10 }
        time.fraction = ticks
        end += 2
      }
    }
    var start = colon - 1
    // The `T` of ISO 8601 (read as a word, or glued to the day as in `01T01`).
    if start >= 1, tokens[start - 1] == .word("t") { start -= 1 }
    tokens.removeSubrange(start..<end)
    return dropDesignator(&time) ? time : nil
  }

  /// Applies and removes an `AM`/`PM` designator.
  mutating func dropDesignator(_ time: inout Time) -> Bool {
    guard let index = tokens.firstIndex(where: { $0 == .word("am") || $0 == .word("pm") })
    else { return true }
    guard time.given, (1...12).contains(time.hour) else { return false }
    let isPM = tokens[index] == .word("pm")
    if isPM, time.hour < 12 { time.hour += 12 }
    if !isPM, time.hour == 12 { time.hour = 0 }
    tokens.remove(at: index)
    return true
  }
}
