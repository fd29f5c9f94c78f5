/// A .NET `System.TimeSpan`: a signed count of 100-nanosecond ticks.
///
/// Components (`Days`, `Hours`, ...) truncate toward zero, so a negative span has negative
/// components, and totals are the tick count divided in floating point, as in .NET.
public struct TimeSpan: Hashable, Comparable, Sendable {
  public var ticks: Int64

  public init(ticks: Int64) { self.ticks = ticks }

  static let ticksPerMillisecond: Int64 = 10_000
  /// Ticks (100 ns each) in one second.
  public static let ticksPerSecond: Int64 = 10_000_000
  static let ticksPerMinute: Int64 = 600_000_000
  static let ticksPerHour: Int64 = 36_000_000_000
  static let ticksPerDay: Int64 = 864_000_000_000

  public static let zero = TimeSpan(ticks: 0)
  public static let maxValue = TimeSpan(ticks: .max)
  public static let minValue = TimeSpan(ticks: .min)

  public static func < (lhs: TimeSpan, rhs: TimeSpan) -> Bool { lhs.ticks < rhs.ticks }

  public var days: Int32 { Int32(truncatingIfNeeded: ticks / Self.ticksPerDay) }
  public var hours: Int32 { Int32(truncatingIfNeeded: ticks / Self.ticksPerHour % 24) }
  public var minutes: Int32 { Int32(truncatingIfNeeded: ticks / Self.ticksPerMinute % 60) }
  public var seconds: Int32 { Int32(truncatingIfNeeded: ticks / Self.ticksPerSecond % 60) }
  public var milliseconds: Int32 {
    Int32(truncatingIfNeeded: ticks / Self.ticksPerMillisecond % 1000)
  }
  public var microseconds: Int32 { Int32(truncatingIfNeeded: ticks / 10 % 1000) }
  public var nanoseconds: Int32 { Int32(truncatingIfNeeded: ticks % 10 * 100) }

  public var totalDays: Double { Double(ticks) / Double(Self.ticksPerDay) }
  public var totalHours: Double { Double(ticks) / Double(Self.ticksPerHour) }
  public var totalMinutes: Double { Double(ticks) / Double(Self.ticksPerMinute) }
  public var totalSeconds: Double { Double(ticks) / Double(Self.ticksPerSecond) }
  /// Clamped to the whole milliseconds an Int64 tick count can hold, as .NET clamps it.
  public var totalMilliseconds: Double {
    let limit = Double(Int64.max / Self.ticksPerMillisecond)
    return Swift.min(Swift.max(Double(ticks) / Double(Self.ticksPerMillisecond), -limit), limit)
  }
  public var totalMicroseconds: Double { Double(ticks) / 10 }
  public var totalNanoseconds: Double { Double(ticks) * 100 }

  /// The sum of the given days, hours, minutes, seconds and milliseconds.
  ///
  /// This is what `new TimeSpan(d, h, m, s, ms)` computes; nil when the total does not fit.
  public static func components(
    days: Int64 = 0, hours: Int64 = 0, minutes: Int64 = 0, seconds: Int64 = 0,
    milliseconds: Int64 = 0
  ) -> TimeSpan? {
    let parts: [(Int64, Int64)] = [
      (days, ticksPerDay), (hours, ticksPerHour), (minutes, ticksPerMinute),
      (seconds, ticksPerSecond), (milliseconds, ticksPerMillisecond),
    ]
    var total: Int64 = 0
    for (amount, scale) in parts {
      let (product, productOverflow) = amount.multipliedReportingOverflow(by: scale)
      let (sum, sumOverflow) = total.addingReportingOverflow(product)
      guard !productOverflow, !sumOverflow else { return nil }
      total = sum
    }
    return TimeSpan(ticks: total)
  }

  /// `[TimeSpan]::FromSeconds(1.5)` and friends: the value times the unit, truncated to whole
  /// ticks, as .NET's `Interval` does.
  static func interval(_ value: Double, unit: Int64) throws(TimeSpanError) -> TimeSpan {
    guard !value.isNaN else { throw .notANumber }
    return try fromDoubleTicks(value * Double(unit))
  }

  /// A span from a tick count held in a double; fails like .NET when it is out of range.
  static func fromDoubleTicks(_ ticks: Double) throws(TimeSpanError) -> TimeSpan {
    // Int64.max as a double rounds up to 2^63, which .NET maps to MaxValue.
    let limit = 9_223_372_036_854_775_808.0
    guard !ticks.isNaN, ticks <= limit, ticks >= -limit else { throw .tooLong }
    return ticks == limit ? .maxValue : TimeSpan(ticks: Int64(ticks))
  }

  /// The sum of two spans, failing on overflow like `TimeSpan.Add`.
  func adding(_ other: TimeSpan) throws(TimeSpanError) -> TimeSpan {
    let (sum, overflow) = ticks.addingReportingOverflow(other.ticks)
    guard !overflow else { throw .tooLong }
    return TimeSpan(ticks: sum)
  }

  /// The difference of two spans, failing on overflow like `TimeSpan.Subtract`.
  func subtracting(_ other: TimeSpan) throws(TimeSpanError) -> TimeSpan {
    let (difference, overflow) = ticks.subtractingReportingOverflow(other.ticks)
    guard !overflow else { throw .tooLong }
    return TimeSpan(ticks: difference)
  }

  /// `-$span` and `.Negate()`; the minimum value has no positive counterpart.
  func negated() throws(TimeSpanError) -> TimeSpan {
    guard ticks != .min else { throw .negateMinimum }
    return TimeSpan(ticks: -ticks)
  }

  /// `.Duration()`: the absolute value.
  func duration() throws(TimeSpanError) -> TimeSpan {
    guard ticks != .min else { throw .durationOfMinimum }
    return TimeSpan(ticks: Swift.abs(ticks))
  }

  /// `$span * 2.5`: the ticks scaled and rounded to the nearest tick (half to even).
  func multiplied(by factor: Double) throws(TimeSpanError) -> TimeSpan {
    guard !factor.isNaN else { throw .notANumber }
    return try Self.fromDoubleTicks((Double(ticks) * factor).rounded(.toNearestOrEven))
  }

  /// `$span / 4`: the ticks divided and rounded to the nearest tick (half to even).
  func divided(by divisor: Double) throws(TimeSpanError) -> TimeSpan {
    guard !divisor.isNaN else { throw .notANumber }
    return try Self.fromDoubleTicks((Double(ticks) / divisor).rounded(.toNearestOrEven))
  }
}
