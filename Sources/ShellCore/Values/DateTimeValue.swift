import Foundation

/// A .NET DateTime: 100-nanosecond ticks since 0001-01-01 on the wall clock, and a kind.
///
/// The ticks are kept exactly (Foundation's Date is a Double and loses the last digits of
/// `2022-11-02T12:01:44.5801388`), and the calendar is the proleptic Gregorian one .NET uses
/// (Foundation's Gregorian calendar turns Julian before 1582, so `0030-01-01` would be the
/// wrong weekday). Like .NET, equality and order look at the ticks only, not the kind.
public struct DateTimeValue: Hashable, Comparable, Sendable {
  public var ticks: Int64
  public var kind: DateTimeKind

  public static let ticksPerSecond: Int64 = 10_000_000
  public static let ticksPerDay: Int64 = 864_000_000_000
  /// Ticks at 1970-01-01T00:00:00.
  public static let unixEpochTicks: Int64 = 621_355_968_000_000_000
  /// The last tick of 9999-12-31, DateTime.MaxValue.
  public static let maxTicks: Int64 = 3_155_378_975_999_999_999

  public init(ticks: Int64, kind: DateTimeKind = .unspecified) {
    self.ticks = ticks
    self.kind = kind
  }

  /// The wall clock an instant reads in the local time zone.
  public init(local date: Date, kind: DateTimeKind = .local) {
    self.init(
      ticks: DateTimeValue.ticks(unixSeconds: date.timeIntervalSince1970)
        + Int64(TimeZone.current.secondsFromGMT(for: date)) * DateTimeValue.ticksPerSecond,
      kind: kind)
  }

  /// The wall clock of an instant in UTC.
  public init(utc date: Date) {
    self.init(ticks: DateTimeValue.ticks(unixSeconds: date.timeIntervalSince1970), kind: .utc)
  }

  /// A date from its parts; nil when a part is out of range (as .NET's constructor refuses).
  public init?(
    year: Int, month: Int, day: Int, hour: Int = 0, minute: Int = 0, second: Int = 0,
    fraction: Int64 = 0, kind: DateTimeKind = .unspecified
  ) {
    guard (1...9999).contains(year), (1...12).contains(month),
      (1...DateTimeValue.daysInMonth(year, month)).contains(day), (0...23).contains(hour),
      (0...59).contains(minute), (0...59).contains(second),
      (0..<Self.ticksPerSecond).contains(fraction)
    else { return nil }
    let days = DateTimeValue.days(year: year, month: month, day: day)
    let seconds = Int64(hour) * 3600 + Int64(minute) * 60 + Int64(second)
    self.init(ticks: days * Self.ticksPerDay + seconds * Self.ticksPerSecond + fraction, kind: kind)
  }

  public static func < (lhs: DateTimeValue, rhs: DateTimeValue) -> Bool { lhs.ticks < rhs.ticks }
  public static func == (lhs: DateTimeValue, rhs: DateTimeValue) -> Bool {
    lhs.ticks == rhs.ticks
  }
  public func hash(into hasher: inout Hasher) { hasher.combine(ticks) }

  public static var now: DateTimeValue { DateTimeValue(local: Date()) }
  public static var utcNow: DateTimeValue { DateTimeValue(utc: Date()) }

  /// The instant this wall clock names: UTC for Utc dates, local time otherwise.
  public var instant: Date {
    let wall = Self.unixSeconds(ticks: ticks)
    if kind == .utc { return Date(timeIntervalSince1970: wall) }
    return Self.localInstant(wallSeconds: wall)
  }

  /// The instant whose local reading is this wall clock, whatever the kind (how the shell's
  /// Foundation-based code reads a date's parts).
  public var date: Date { Self.localInstant(wallSeconds: Self.unixSeconds(ticks: ticks)) }

  /// The local time zone's offset from UTC at this date, in seconds.
  public var localOffsetSeconds: Int {
    TimeZone.current.secondsFromGMT(for: kind == .utc ? instant : date)
  }

  // MARK: Parts

  /// Whole days since 0001-01-01.
  public var dayNumber: Int64 { ticks / Self.ticksPerDay }
  public var civil: (year: Int, month: Int, day: Int) { Self.civil(days: dayNumber) }
  public var year: Int { civil.year }
  public var month: Int { civil.month }
  public var day: Int { civil.day }
  public var hour: Int { Int(ticks % Self.ticksPerDay / (3600 * Self.ticksPerSecond)) }
  public var minute: Int { Int(ticks % (3600 * Self.ticksPerSecond) / (60 * Self.ticksPerSecond)) }
  public var second: Int { Int(ticks % (60 * Self.ticksPerSecond) / Self.ticksPerSecond) }
  /// The ticks after the whole second (0 to 9,999,999).
  public var fraction: Int64 { ticks % Self.ticksPerSecond }
  public var millisecond: Int { Int(fraction / 10_000) }
  /// 0 for Sunday to 6 for Saturday (.NET's DayOfWeek); 0001-01-01 was a Monday.
  public var dayOfWeek: Int { Int((dayNumber + 1) % 7) }
  public var dayOfYear: Int {
    Int(dayNumber - Self.days(year: year, month: 1, day: 1)) + 1
  }
  /// The date at midnight, same kind.
  public var startOfDay: DateTimeValue {
    DateTimeValue(ticks: dayNumber * Self.ticksPerDay, kind: kind)
  }
  /// The time elapsed since midnight.
  public var timeOfDay: TimeSpan { TimeSpan(ticks: ticks % Self.ticksPerDay) }

  // MARK: Arithmetic

  /// The date `delta` ticks later; nil outside DateTime's range.
  public func adding(ticks delta: Int64) -> DateTimeValue? {
    let (sum, overflow) = ticks.addingReportingOverflow(delta)
    guard !overflow, sum >= 0, sum <= Self.maxTicks else { return nil }
    return DateTimeValue(ticks: sum, kind: kind)
  }

  /// AddMonths: the day is kept, or the month's last day when the month is shorter.
  public func adding(months: Int) -> DateTimeValue? {
    let (year, month, day) = civil
    let total = year * 12 + (month - 1) + months
    let newYear = total / 12
    let newMonth = total % 12 + 1
    guard total >= 0, (1...9999).contains(newYear) else { return nil }
    let newDay = min(day, Self.daysInMonth(newYear, newMonth))
    let days = Self.days(year: newYear, month: newMonth, day: newDay)
    return DateTimeValue(ticks: days * Self.ticksPerDay + ticks % Self.ticksPerDay, kind: kind)
  }

  /// ToUniversalTime: Utc dates stay, others are read as local time.
  public var universal: DateTimeValue {
    if kind == .utc { return self }
    let offset = Int64(TimeZone.current.secondsFromGMT(for: date)) * Self.ticksPerSecond
    return DateTimeValue(ticks: Self.clamped(ticks - offset), kind: .utc)
  }

  /// ToLocalTime: Local dates stay, others are read as UTC.
  public var local: DateTimeValue {
    if kind == .local { return self }
    let instant = Date(timeIntervalSince1970: Self.unixSeconds(ticks: ticks))
    let offset = Int64(TimeZone.current.secondsFromGMT(for: instant)) * Self.ticksPerSecond
    return DateTimeValue(ticks: Self.clamped(ticks + offset), kind: .local)
  }

  /// Ticks kept inside DateTime's range, as .NET's time zone conversions clamp them.
  private static func clamped(_ ticks: Int64) -> Int64 { min(max(ticks, 0), maxTicks) }

  /// The same wall clock with another kind (DateTime.SpecifyKind).
  public func with(kind: DateTimeKind) -> DateTimeValue { DateTimeValue(ticks: ticks, kind: kind) }

  // MARK: ISO 8601 weeks

  /// The ISO 8601 week (1 to 53; weeks start on Monday, week 1 holds the first Thursday).
  public var isoWeek: Int { isoWeekAndYear.week }
  /// The year the ISO week belongs to, which differs from the date's year near January 1.
  public var isoYear: Int { isoWeekAndYear.year }

  private var isoWeekAndYear: (week: Int, year: Int) {
    let isoDay = dayOfWeek == 0 ? 7 : dayOfWeek
    let week = (dayOfYear - isoDay + 10) / 7
    if week < 1 { return (Self.isoWeeks(in: year - 1), year - 1) }
    if week > Self.isoWeeks(in: year) { return (1, year + 1) }
    return (week, year)
  }

  private static func isoWeeks(in year: Int) -> Int {
    func weekday(_ year: Int) -> Int { (year + year / 4 - year / 100 + year / 400) % 7 }
    return weekday(year) == 4 || weekday(year - 1) == 3 ? 53 : 52
  }

  // MARK: Calendar arithmetic

  public static func isLeap(_ year: Int) -> Bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
  }

  public static func daysInMonth(_ year: Int, _ month: Int) -> Int {
    guard (1...12).contains(month) else { return 0 }
    if month == 2 { return isLeap(year) ? 29 : 28 }
    return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
  }

  /// Days from 0001-01-01 to a date of the proleptic Gregorian calendar.
  static func days(year: Int, month: Int, day: Int) -> Int64 {
    let shifted = Int64(month <= 2 ? year - 1 : year)
    let era = shifted / 400
    let yearOfEra = shifted - era * 400
    let monthFromMarch = Int64((month + 9) % 12)
    let dayOfYear = (153 * monthFromMarch + 2) / 5 + Int64(day) - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 306
  }

  /// The date `days` after 0001-01-01.
  static func civil(days: Int64) -> (year: Int, month: Int, day: Int) {
    let shifted = days + 306
    let era = shifted / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra =
      (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthFromMarch = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1
    let month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9
    let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
    return (Int(year), Int(month), Int(day))
  }

  // MARK: Instants

  /// Ticks for seconds since 1970, keeping the fraction apart so that large values stay exact.
  static func ticks(unixSeconds: Double) -> Int64 {
    let whole = unixSeconds.rounded(.down)
    let fraction = ((unixSeconds - whole) * 1e7).rounded()
    return unixEpochTicks + Int64(whole) * ticksPerSecond + Int64(fraction)
  }

  static func unixSeconds(ticks: Int64) -> Double {
    let since = ticks - unixEpochTicks
    var whole = since / ticksPerSecond
    var fraction = since % ticksPerSecond
    if fraction < 0 {
      whole -= 1
      fraction += ticksPerSecond
    }
    return Double(whole) + Double(fraction) / 1e7
  }

  /// The instant a local wall clock (in seconds since 1970 as if it were UTC) names.
  static func localInstant(wallSeconds: Double) -> Date {
    let zone = TimeZone.current
    let guess = Date(timeIntervalSince1970: wallSeconds)
    let first = guess.addingTimeInterval(-Double(zone.secondsFromGMT(for: guess)))
    return guess.addingTimeInterval(-Double(zone.secondsFromGMT(for: first)))
  }
}

/// DateTimeKind: whether a DateTime's wall clock is UTC, local time or not said.
public enum DateTimeKind: String, Sendable, CaseIterable {
  case unspecified = "Unspecified"
  case utc = "Utc"
  case local = "Local"

  /// The kind a script names (`'Utc'`, `1`), as an enum argument converts.
  public init?(argument: Value) {
    if let number = argument.unwrapped.intValue, case .int = argument.unwrapped {
      guard let kind = [DateTimeKind.unspecified, .utc, .local][safe: number] else { return nil }
      self = kind
      return
    }
    let text = argument.toText()
    guard
      let kind = DateTimeKind.allCases.first(where: {
        $0.rawValue.caseInsensitiveCompare(text) == .orderedSame
      })
    else { return nil }
    self = kind
  }
}

extension Array {
  fileprivate subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
