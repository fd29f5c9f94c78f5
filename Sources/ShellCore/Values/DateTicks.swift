import Foundation

/// The wall-clock difference of two Foundation instants, as .NET subtracts Local DateTimes.
///
/// .NET subtracts the ticks of Local DateTimes without looking at daylight-saving changes,
/// so the cmdlets that hold Foundation dates (history entries, New-TimeSpan) measure spans
/// on the local wall clock too.
public enum DateTicks {
  /// The wall-clock span from `earlier` to `later`; nil when it does not fit a TimeSpan.
  public static func difference(from earlier: Date, to later: Date) -> TimeSpan? {
    let seconds = later.timeIntervalSince(earlier) + offset(later) - offset(earlier)
    // Whole microseconds: a Date holds about a quarter of one, so finer digits are noise
    // (11 ms stored in two Dates comes back as 10.9999 ms).
    return try? TimeSpan.fromDoubleTicks((seconds * 1e6).rounded() * 10)  // nil: too large
  }

  private static func offset(_ date: Date) -> Double {
    Double(TimeZone.current.secondsFromGMT(for: date))
  }
}
