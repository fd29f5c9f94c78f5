import Foundation
import Testing

@testable import ShellCore

/// DateTime values: the proleptic Gregorian calendar, ISO 8601 weeks, parsing, formatting and
/// kinds, checked against the answers .NET gives.
struct DateTimeValueTests {
  static func date(_ text: String) throws -> DateTimeValue {
    try #require(DateTimeValue.parse(text))
  }

  @Test func calendarRoundTripsAcrossTheRange() throws {
    for (year, month, day) in [(1, 1, 1), (30, 1, 1), (1582, 10, 4), (2000, 2, 29), (9999, 12, 31)]
    {
      let value = try #require(DateTimeValue(year: year, month: month, day: day))
      #expect(value.civil == (year, month, day))
    }
    #expect(try #require(DateTimeValue(year: 1, month: 1, day: 1)).ticks == 0)
    #expect(
      try #require(DateTimeValue(year: 1970, month: 1, day: 1)).ticks
        == DateTimeValue.unixEpochTicks)
    #expect(DateTimeValue(year: 2023, month: 2, day: 29) == nil)
    // 0001-01-01 was a Monday and 0030-01-01 a Tuesday in .NET's calendar.
    #expect(DateTimeValue(ticks: 0).dayOfWeek == 1)
    #expect(try Self.date("0030-01-01").dayOfWeek == 2)
  }

  static let isoWeeks: [(String, Int, Int)] = [
    ("2005-01-01", 53, 2004), ("2005-12-31", 52, 2005), ("2006-01-01", 52, 2005),
    ("2007-12-31", 1, 2008), ("2008-12-29", 1, 2009), ("2010-01-03", 53, 2009),
    ("2010-01-04", 1, 2010), ("0777-01-01", 53, 776),
  ]

  @Test(arguments: isoWeeks) func isoWeek(_ text: String, _ week: Int, _ year: Int) throws {
    let value = try Self.date(text)
    #expect(value.isoWeek == week)
    #expect(value.isoYear == year)
  }

  static let parseCases: [(String, String)] = [
    ("2030-4-5 1:2:3.09", "2030-04-05T01:02:03.0900000"),
    ("Jan 1, 2020", "2020-01-01T00:00:00.0000000"),
    ("1/1/0030", "0030-01-01T00:00:00.0000000"),
    ("12/31/99", "1999-12-31T00:00:00.0000000"),
    ("0030-01-01T01:02:03.0004", "0030-01-01T01:02:03.0004000"),
    ("15 March 2024 3:04 PM", "2024-03-15T15:04:00.0000000"),
    ("Wednesday, January 1, 2020 12:30:00 AM", "2020-01-01T00:30:00.0000000"),
  ]

  @Test(arguments: parseCases) func parsesUnzonedDates(_ text: String, _ expected: String) throws {
    let value = try Self.date(text)
    #expect(value.kind == .unspecified)
    #expect(DateFormatting.format(value, "o") == expected)
  }

  @Test func zonedStringsKeepTheirOffsetApart() throws {
    let (wall, zone) = try #require(DateTimeValue.parseParts("2022-11-02T12:01:44.5801388+04:00"))
    #expect(zone == 4 * 3600)
    #expect(wall.fraction == 5_801_388)
    #expect(try #require(DateTimeValue.parseParts("Jan 1, 2020Z")).zone == 0)
    #expect(try Self.date("2020-01-01T00:00:00Z").kind == .local)
    for bad in ["2020-13-01", "yesterday", "", "10:99"] {
      #expect(DateTimeValue.parse(bad) == nil)
    }
  }

  @Test func formatsKindAndFractions() throws {
    let utc = try #require(
      DateTimeValue(year: 2024, month: 1, day: 2, hour: 3, fraction: 5_000_000, kind: .utc))
    #expect(DateFormatting.format(utc, "o") == "2024-01-02T03:00:00.5000000Z")
    #expect(DateFormatting.format(utc, "yyyy-MM-ddTHH:mm:ss.FFFFFFFK") == "2024-01-02T03:00:00.5Z")
    let whole = utc.with(kind: .unspecified).adding(ticks: -5_000_000)
    #expect(whole.map { DateFormatting.format($0, "HH:mm:ss.FFFFFFFK") } == "03:00:00")
    #expect(DateFormatting.format(utc, "%d") == "2")
  }

  @Test func addingMonthsKeepsTheDayWhenItCan() throws {
    let date = try Self.date("2024-01-31 09:00")
    #expect(
      date.adding(months: 1).map { DateFormatting.format($0, "yyyy-MM-dd HH") } == "2024-02-29 09")
    #expect(date.adding(months: -12 * 2024) == nil)
  }

  @Test func dateTimeOffsetMembers() throws {
    let offset = try Members.invokeStatic(
      on: try #require(PSType.resolve("DateTimeOffset")), named: "FromUnixTimeSeconds",
      arguments: [.long(-1)], context: .detached)
    let seconds = try MemberTests.call(offset, "ToUnixTimeSeconds")
    #expect(describe(seconds) == "long:-1")
    #expect(offset.toText() == "12/31/1969 23:59:59 +00:00")
    #expect(Operators.areEqual(offset, .string("1969-12-31T23:59:59Z")))
  }
}
