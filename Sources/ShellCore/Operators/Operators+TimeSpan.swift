import Foundation

/// The operators .NET defines on DateTime and TimeSpan, which PowerShell calls when one is the
/// left operand: `DateTime - DateTime` is a TimeSpan, `DateTime ± TimeSpan` a DateTime,
/// `TimeSpan ± TimeSpan` a TimeSpan, `TimeSpan * number` and `TimeSpan / number` a TimeSpan,
/// and `TimeSpan / TimeSpan` a double.
///
/// The right operand is converted as a cast would convert it, so `$d + '01:00:00'` adds an
/// hour and `$span + 10` adds ten ticks. A .NET exception inside the operator surfaces as
/// `Exception calling "op_Addition" with "2" argument(s)`, as PowerShell reports it.
extension Operators {
  /// The result when the left operand is a DateTime or a TimeSpan; nil for any other value.
  static func timeArithmetic(_ op: ArithmeticOp, _ lhs: Value, _ rhs: Value) throws -> Value? {
    switch lhs.unwrapped {
    case .dateTime(let date): return try dateArithmetic(op, date, lhs, rhs.unwrapped)
    case .timeSpan(let span): return try timeSpanArithmetic(op, span, lhs, rhs.unwrapped)
    default: return nil
    }
  }

  /// `-$span`: .NET's op_UnaryNegation.
  static func negateTimeSpan(_ span: TimeSpan) throws -> Value {
    do {
      return .timeSpan(try span.negated())
    } catch {
      throw OperatorErrors.methodException("op_UnaryNegation", 1, error.message)
    }
  }

  private static func dateArithmetic(
    _ op: ArithmeticOp, _ date: DateTimeValue, _ lhs: Value, _ rhs: Value
  ) throws -> Value {
    switch op {
    case .add:
      return try move(date, by: spanOperand(rhs), op)
    case .subtract:
      if let other = dateOperand(rhs) {
        return .timeSpan(TimeSpan(ticks: date.ticks - other.ticks))
      }
      let span = try spanOperand(rhs)
      guard span.ticks != .min else {
        throw OperatorErrors.methodException(op.methodName, 2, unrepresentableDate)
      }
      return try move(date, by: TimeSpan(ticks: -span.ticks), op)
    default:
      throw OperatorErrors.missingOperator(lhs, op.methodName)
    }
  }

  private static func timeSpanArithmetic(
    _ op: ArithmeticOp, _ span: TimeSpan, _ lhs: Value, _ rhs: Value
  ) throws -> Value {
    do {
      switch op {
      case .add: return .timeSpan(try span.adding(try spanOperand(rhs)))
      case .subtract: return .timeSpan(try span.subtracting(try spanOperand(rhs)))
      case .multiply: return .timeSpan(try span.multiplied(by: try factor(rhs)))
      case .divide:
        if case .timeSpan(let divisor) = rhs {
          return .double(Double(span.ticks) / Double(divisor.ticks))
        }
        return .timeSpan(try span.divided(by: try factor(rhs)))
      case .remainder: throw OperatorErrors.missingOperator(lhs, op.methodName)
      }
    } catch let error as TimeSpanError {
      throw OperatorErrors.methodException(op.methodName, 2, error.message)
    }
  }

  /// The date moved by a span on the wall clock, or .NET's ArgumentOutOfRangeException.
  private static func move(
    _ date: DateTimeValue, by span: TimeSpan, _ op: ArithmeticOp
  ) throws -> Value {
    guard let moved = date.adding(ticks: span.ticks) else {
      throw OperatorErrors.methodException(op.methodName, 2, unrepresentableDate)
    }
    return .dateTime(moved)
  }

  private static let unrepresentableDate =
    "The added or subtracted value results in an un-representable DateTime. (Parameter 't')"

  /// The right operand as a TimeSpan, or PowerShell's conversion error.
  private static func spanOperand(_ rhs: Value) throws -> TimeSpan {
    if let span = rhs.timeSpanOperand { return span }
    if case .string = rhs { _ = try rhs.convertToTimeSpan() }
    throw OperatorErrors.invalidCast(rhs, to: "System.TimeSpan")
  }

  /// The right operand of `-` on a date when it is a date or a date string.
  private static func dateOperand(_ rhs: Value) -> DateTimeValue? {
    switch rhs {
    case .dateTime(let date): return date
    case .string(let text): return Value.parseDate(text)
    default: return nil
    }
  }

  /// The number a span is multiplied or divided by.
  private static func factor(_ rhs: Value) throws -> Double {
    if let number = rhs.doubleValue { return number }
    throw OperatorErrors.invalidCast(rhs, to: "System.Double")
  }
}
