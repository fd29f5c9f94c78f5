import Foundation

/// Conversions between Swift's `Decimal` and other number types, kept in one place because
/// Foundation spells them differently on Linux and Apple platforms.
public enum NSDecimalNumberBridge {
  /// A decimal as a double.
  public static func double(_ value: Decimal) -> Double {
    NSDecimalNumber(decimal: value).doubleValue
  }

  static func decimal(_ value: Double) -> Decimal { Decimal(value) }

  /// A decimal's text, as `[decimal]` values print (`1.5`).
  public static func string(_ value: Decimal) -> String {
    NSDecimalNumber(decimal: value).stringValue
  }
}
