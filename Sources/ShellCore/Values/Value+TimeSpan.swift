/// Conversions to `[timespan]`, following LanguagePrimitives' order: a TimeSpan stays itself,
/// `$null` is zero, a string goes through `TimeSpan.Parse` (`'10'` is ten days, `'10:00'` ten
/// hours), and an integer goes through the `TimeSpan(long ticks)` constructor (`10` is ten
/// ticks).
extension Value {
  /// The value as a TimeSpan; nil when no conversion applies.
  ///
  /// Parse failures and the IConvertible types that have no TimeSpan conversion (doubles,
  /// decimals, booleans, chars) throw PowerShell's "Cannot convert value" error with .NET's
  /// inner message.
  func convertToTimeSpan() throws -> Value? {
    switch self {
    case .timeSpan: return self
    case .null: return .timeSpan(.zero)
    case .int(let number): return .timeSpan(TimeSpan(ticks: Int64(number)))
    case .long(let number): return .timeSpan(TimeSpan(ticks: number))
    case .string(let text):
      do {
        return .timeSpan(try TimeSpan.parse(text))
      } catch {
        throw Value.conversionError(self, .timeSpan, detail: error.message)
      }
    case .double, .decimal, .bool, .char:
      throw Value.conversionError(
        self, .timeSpan,
        detail: "Invalid cast from '\(dotNetType.fullName)' to 'System.TimeSpan'.")
    case .object(let object):
      return try object.baseValue?.convertToTimeSpan()
    default: return nil
    }
  }

  /// The value as a TimeSpan for an operator's right operand; nil when it does not convert.
  var timeSpanOperand: TimeSpan? {
    guard case .timeSpan(let span) = try? unwrapped.convertToTimeSpan() else { return nil }
    return span
  }
}
