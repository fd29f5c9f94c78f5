import Testing

@testable import ShellCore

/// System.TimeSpan as a value: parsing, formatting, components and .NET's overflow rules.
struct TimeSpanTests {
  static let hour: Int64 = 36_000_000_000
  static let day: Int64 = 864_000_000_000

  /// `TimeSpan.Parse` with the invariant culture: text and the ticks it gives.
  static let parseCases: [(String, Int64)] = [
    ("01:02:03", 37_230_000_000),
    ("1.02:03:04.5", day + 2 * hour + 1_845_000_000),
    ("10", 10 * day),
    ("10:00", 10 * hour),
    ("0:02", 1_200_000_000),
    ("3:00:00:00", 3 * day),
    ("-0:04", -2_400_000_000),
    ("25:00:00", 25 * day),
    ("  00:00:01.0000001  ", 10_000_001),
    ("0:0:0.12", 1_200_000),
    ("10675199.02:48:05.4775807", Int64.max),
  ]

  @Test(arguments: parseCases)
  func parseReadsInvariantText(text: String, ticks: Int64) throws {
    #expect(try TimeSpan.parse(text) == TimeSpan(ticks: ticks))
  }

  static let badTextCases = ["abc", "", "1:", ":1", "1.5", "1:2:3:4:5", "1.2.3", "1:x"]

  @Test(arguments: badTextCases)
  func parseRejectsTextThatIsNoTimeSpan(text: String) {
    #expect(throws: TimeSpanError.badText(text)) { try TimeSpan.parse(text) }
  }

  static let outOfRangeCases = ["0:60:0", "24:00", "0:0:60", "0:0:0.12345678", "10675200"]

  @Test(arguments: outOfRangeCases)
  func parseRejectsComponentsOutOfRange(text: String) {
    #expect(throws: TimeSpanError.componentOutOfRange(text)) { try TimeSpan.parse(text) }
  }

  @Test func outOfRangeMessageQuotesTheText() {
    #expect(
      TimeSpanError.componentOutOfRange("0:60:0").message
        == "The TimeSpan string '0:60:0' could not be parsed because at least one of the "
        + "numeric components is out of range or contains too many digits.")
    #expect(
      TimeSpanError.badText("abc").message
        == "String 'abc' was not recognized as a valid TimeSpan.")
  }

  /// `ToString(format)`: ticks, format and the text .NET writes.
  static let formatCases: [(Int64, String?, String)] = [
    (900_000_000, nil, "00:01:30"),
    (900_000_000, "c", "00:01:30"),
    (day + 2 * hour + 1_845_000_000, nil, "1.02:03:04.5000000"),
    (-(day + hour), "c", "-1.01:00:00"),
    (12_345, "c", "00:00:00.0012345"),
    (day + 2 * hour + 1_845_000_000, "g", "1:2:03:04.5"),
    (900_000_000, "g", "0:01:30"),
    (900_000_000, "G", "0:00:01:30.0000000"),
    (-900_000_000, "G", "-0:00:01:30.0000000"),
    (day + 2 * hour + 1_845_000_000, "hh\\:mm\\:ss", "02:03:04"),
    (day + 2 * hour + 1_845_000_000, "d'd 'h'h'", "1d 2h"),
    (day + 2 * hour + 1_845_000_000, "dd\\.hh\\:mm\\:ss\\.fff", "01.02:03:04.500"),
    (day + 2 * hour + 1_845_000_000, "s\\.FFF", "4.5"),
    (40_000_000, "s\\.FFF", "4."),
    (-(day + hour), "d\\.hh", "1.01"),
    (2 * hour, "%h", "2"),
    (2 * hour, "\"h=\"h", "h=2"),
  ]

  @Test(arguments: formatCases)
  func formatWritesWhatDotNetWrites(ticks: Int64, format: String?, text: String) throws {
    #expect(try TimeSpan(ticks: ticks).formatted(format) == text)
  }

  static let badFormats = ["x", "hhh", "%", "\\", "'open", "ffffffff", "dddddddddd", "y:mm", "%%"]

  @Test(arguments: badFormats)
  func formatRejectsUnknownSpecifiers(format: String) {
    #expect(throws: TimeSpanError.badFormatString) { try TimeSpan(ticks: 1).formatted(format) }
  }

  @Test func componentsOfANegativeSpanAreNegative() {
    let span = TimeSpan(ticks: -(Self.day + 2 * Self.hour + 1_845_000_000 + 67))
    #expect(span.days == -1)
    #expect(span.hours == -2)
    #expect(span.minutes == -3)
    #expect(span.seconds == -4)
    #expect(span.milliseconds == -500)
    #expect(span.microseconds == -6)
    #expect(span.nanoseconds == -700)
  }

  @Test func totalsDivideTheTicks() {
    let span = TimeSpan(ticks: 51_000_000_000)
    #expect(Value.formatDouble(span.totalDays) == "0.0590277777777778")
    #expect(Value.formatDouble(span.totalHours) == "1.41666666666667")
    #expect(span.totalMinutes == 85)
    #expect(span.totalSeconds == 5_100)
    #expect(span.totalMilliseconds == 5_100_000)
  }

  @Test func totalMillisecondsIsClampedLikeDotNet() {
    #expect(TimeSpan.maxValue.totalMilliseconds == 922_337_203_685_477)
    #expect(TimeSpan.minValue.totalMilliseconds == -922_337_203_685_477)
  }

  @Test func minimumValueHasNoNegationOrDuration() throws {
    #expect(throws: TimeSpanError.negateMinimum) { try TimeSpan.minValue.negated() }
    #expect(throws: TimeSpanError.durationOfMinimum) { try TimeSpan.minValue.duration() }
    #expect(try TimeSpan(ticks: -5).duration() == TimeSpan(ticks: 5))
  }

  @Test func arithmeticOverflowIsAnError() {
    #expect(throws: TimeSpanError.tooLong) { try TimeSpan.maxValue.adding(TimeSpan(ticks: 1)) }
    #expect(throws: TimeSpanError.tooLong) {
      try TimeSpan.minValue.subtracting(TimeSpan(ticks: 1))
    }
    #expect(throws: TimeSpanError.tooLong) { try TimeSpan(ticks: 1).divided(by: 0) }
    #expect(throws: TimeSpanError.notANumber) { try TimeSpan(ticks: 1).multiplied(by: .nan) }
  }

  @Test func scalingRoundsToTheNearestEvenTick() throws {
    #expect(try TimeSpan(ticks: 5).multiplied(by: 0.5) == TimeSpan(ticks: 2))
    #expect(try TimeSpan(ticks: 7).multiplied(by: 0.5) == TimeSpan(ticks: 4))
    #expect(try TimeSpan(ticks: 10).divided(by: 4) == TimeSpan(ticks: 2))
  }

  @Test func fromUnitsTruncatesToWholeTicks() throws {
    #expect(try TimeSpan.interval(1.5, unit: TimeSpan.ticksPerSecond).ticks == 15_000_000)
    #expect(try TimeSpan.interval(0.00001, unit: TimeSpan.ticksPerMillisecond).ticks == 0)
    #expect(throws: TimeSpanError.tooLong) {
      try TimeSpan.interval(1e300, unit: TimeSpan.ticksPerDay)
    }
    #expect(throws: TimeSpanError.notANumber) {
      try TimeSpan.interval(.nan, unit: TimeSpan.ticksPerDay)
    }
  }

  @Test func componentsRejectATotalThatDoesNotFit() {
    #expect(TimeSpan.components(days: 1, hours: -1)?.ticks == 23 * Self.hour)
    #expect(TimeSpan.components(days: .max) == nil)
  }
}
