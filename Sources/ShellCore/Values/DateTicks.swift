import Foundation

/// DateTime arithmetic on the local wall clock, as .NET does it for Local dates.
///
/// The shell's dates are instants read in the local time zone. .NET adds and subtracts the
/// ticks of a Local DateTime without looking at daylight-saving changes, so
/// `$d + [timespan]'1.00:00:00'` keeps the time of day and `$later - $earlier` is the
/// wall-clock difference. These helpers convert between the two readings and keep results
/// inside DateTime's range (years 1 to 9999).
public enum DateTicks {
  /// Seconds from 0001-01-01 to 1970-01-01.
  private static let unixEpochSeconds = 62_135_596_800.0
  /// Seconds from 0001-01-01 to 10000-01-01, the end of DateTime's range.
  private static let rangeSeconds = 315_537_897_600.0

  /// The wall-clock span from `earlier` to `later`; nil when it does not fit a TimeSpan.
  public static func difference(from earlier: Date, to later: Date) -> TimeSpan? {
    let seconds = later.timeIntervalSince(earlier) + offset(later) - offset(earlier)
    return try? TimeSpan.fromDoubleTicks((seconds * 1e7).rounded())
  }

  /// The date `span` later on the wall clock; nil when that leaves DateTime's range.
  static func adding(_ span: TimeSpan, to date: Date) -> Date? {
    let seconds = Double(span.ticks) / 1e7
    let wall = date.timeIntervalSince1970 + offset(date) + unixEpochSeconds + seconds
    guard wall >= 0, wall < rangeSeconds else { return nil }
    let moved = date.addingTimeInterval(seconds)
    return moved.addingTimeInterval(offset(date) - offset(moved))
  }

  /// The time elapsed since midnight on the wall clock (DateTime's TimeOfDay).
  static func timeOfDay(_ date: Date) -> TimeSpan {
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = .current
    let parts = calendar.dateComponents([.hour, .minute, .second, .nanosecond], from: date)
    let time = TimeSpan.components(
      hours: Int64(parts.hour ?? 0), minutes: Int64(parts.minute ?? 0),
      seconds: Int64(parts.second ?? 0))
    return TimeSpan(ticks: (time?.ticks ?? 0) + Int64(parts.nanosecond ?? 0) / 100)
  }

  private static func offset(_ date: Date) -> Double {
    Double(TimeZone.current.secondsFromGMT(for: date))
  }
}
