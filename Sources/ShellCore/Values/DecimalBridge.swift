import Foundation

/// Conversions between Swift's `Decimal` and other number types, kept in one place because
/// Foundation spells them differently on Linux and Apple platforms.
public enum NSDecimalNumberBridge {
  /// A decimal as a double.
  public static func double(_ value: Decimal) -> Double {
    NSDecimalNumber(decimal: value).doubleValue
  }

  /// A double as a decimal, rounded to 15 significant digits as .NET converts it
  /// (`[decimal]4567.123456789` is 4567.123456789, not the double's binary expansion).
  static func decimal(_ value: Double) -> Decimal {
    guard value.isFinite else { return Decimal(value) }
    return Decimal(
      string: String(format: "%.15g", value), locale: Locale(identifier: "en_US_POSIX"))
      ?? Decimal(value)
  }

  /// A decimal's text, as `[decimal]` values print (`1.5`).
  public static func string(_ value: Decimal) -> String {
    NSDecimalNumber(decimal: value).stringValue
  }
}
