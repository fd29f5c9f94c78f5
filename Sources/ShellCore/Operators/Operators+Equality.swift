import Foundation

/// `-eq` and ordering semantics (LanguagePrimitives.Equals / Compare): the right operand is
/// converted to the left operand's type; strings compare culture-invariantly.
extension Operators {
  /// PowerShell `-eq` on two scalars; false when the right operand does not convert.
  public static func areEqual(_ lhs: Value, _ rhs: Value, caseSensitive: Bool = false) -> Bool {
    if let date = wrappedDate(lhs) { return areEqual(date, rhs, caseSensitive: caseSensitive) }
    switch (lhs, rhs) {
    case (.null, _): return rhs.isNull
    case (_, .null): return false
    case (.string(let left), _):
      return StringCollation.equal(left, rhs.toText(), caseSensitive: caseSensitive)
    case (.int, _), (.long, _), (.double, _), (.decimal, _):
      guard let left = Numeric(exactly: lhs), let right = numericOperand(rhs, like: lhs) else {
        return false
      }
      return numericCompare(left, right) == 0
    case (.bool(let left), _):
      if case .string(let text) = rhs { return left == !text.isEmpty }
      return left == rhs.isTruthy
    case (.char(let left), _): return charCompare(left, rhs, caseSensitive: caseSensitive) == 0
    case (.dateTime(let left), _):
      guard let right = dateOperand(rhs) else { return false }
      return left == right
    case (.timeSpan(let left), _):
      return rhs.timeSpanOperand == left
    case (.object(let left), _) where left.typeName == "System.Guid":
      // A Guid is a value: equal to a Guid, or a string converting to one, of the same digits.
      guard let digits = left.value(of: "Guid")?.toText() else { return sameReference(lhs, rhs) }
      if let right = rhs.psObject, right.typeName == "System.Guid" {
        return right.value(of: "Guid")?.toText() == digits
      }
      return Value.parseGuid(rhs.toText()) == digits
    case (.type(let left), .type(let right)):
      return left.fullName.caseInsensitiveEquals(right.fullName)
    case (.type(let left), .string(let name)):
      return PSType.resolve(name).map { $0.fullName == left.fullName } ?? false
    case (.object, _) where DateTimeOffsetValue.from(lhs) != nil:
      return DateTimeOffsetValue.from(lhs)?.compare(to: rhs) == 0
    default: return sameReference(lhs, rhs)
    }
  }

  /// Ordering as `-lt`/`-gt` and Sort-Object use it: -1, 0 or 1; nil when incomparable.
  public static func compare(_ lhs: Value, _ rhs: Value, caseSensitive: Bool = false) -> Int? {
    try? compareOrThrow(lhs, rhs, caseSensitive: caseSensitive)
  }

  /// Ordering that raises PowerShell's errors: `ComparisonFailure` when the right operand
  /// does not convert, `NotIcomparable` when the left value has no order.
  static func compareOrThrow(_ lhs: Value, _ rhs: Value, caseSensitive: Bool) throws -> Int {
    if let date = wrappedDate(lhs) {
      return try compareOrThrow(date, rhs, caseSensitive: caseSensitive)
    }
    switch (lhs, rhs) {
    case (.null, .null): return 0
    case (.null, _): return nullOrder(rhs, nullOnLeft: true)
    case (_, .null): return nullOrder(lhs, nullOnLeft: false)
    case (.string(let left), _):
      return StringCollation.compare(left, rhs.toText(), caseSensitive: caseSensitive)
    case (.int, _), (.long, _), (.double, _), (.decimal, _):
      guard let left = Numeric(exactly: lhs) else { return 0 }
      if let right = Numeric(exactly: rhs) { return numericCompare(left, right) }
      do {
        guard let right = try convertedNumber(rhs, like: lhs) else {
          throw OperatorErrors.comparisonFailure(
            lhs, rhs, OperatorErrors.invalidCast(rhs, to: left.typeName).record.message)
        }
        return numericCompare(left, right)
      } catch let error as RuntimeError
        where error.record.fullyQualifiedErrorId
        != "ComparisonFailure"
      {
        throw OperatorErrors.comparisonFailure(lhs, rhs, error.record.message)
      }
    case (.bool(let left), _):
      let right = rhs.isTruthy
      return left == right ? 0 : (left ? 1 : -1)
    case (.char(let left), _):
      guard let order = charCompare(left, rhs, caseSensitive: caseSensitive) else {
        throw OperatorErrors.comparisonFailure(
          lhs, rhs, OperatorErrors.invalidCast(rhs, to: "System.Char").record.message)
      }
      return order
    case (.dateTime(let left), _):
      guard let right = dateOperand(rhs) else {
        throw OperatorErrors.comparisonFailure(
          lhs, rhs, OperatorErrors.invalidCast(rhs, to: "System.DateTime").record.message)
      }
      return left < right ? -1 : (left > right ? 1 : 0)
    case (.timeSpan(let left), _):
      let right = try timeSpanComparand(lhs, rhs)
      return left < right ? -1 : (left > right ? 1 : 0)
    default:
      if let offset = DateTimeOffsetValue.from(lhs) {
        guard let order = offset.compare(to: rhs) else {
          throw OperatorErrors.comparisonFailure(
            lhs, rhs,
            OperatorErrors.invalidCast(rhs, to: DateTimeOffsetValue.typeName).record.message)
        }
        return order
      }
      if areEqual(lhs, rhs, caseSensitive: caseSensitive) { return 0 }
      throw OperatorErrors.notComparable(lhs)
    }
  }

  /// Where `$null` sorts against a value: below non-negative numbers and everything else,
  /// above negative numbers.
  private static func nullOrder(_ value: Value, nullOnLeft: Bool) -> Int {
    let sign = nullOnLeft ? -1 : 1
    if let number = Numeric(exactly: value), number.asDouble < 0 { return -sign }
    return sign
  }

  /// The right operand as a number of the left operand's kind; nil when it does not convert.
  private static func numericOperand(_ rhs: Value, like lhs: Value) -> Numeric? {
    if let number = Numeric(exactly: rhs) { return number }
    return (try? convertedNumber(rhs, like: lhs)) ?? nil
  }

  private static func convertedNumber(_ rhs: Value, like lhs: Value) throws -> Numeric? {
    switch rhs {
    case .string, .bool, .char:
      guard let converted = try rhs.convertIfPossible(to: lhs.dotNetType) else { return nil }
      return Numeric(exactly: converted)
    default: return nil
    }
  }

  /// Compares two numbers in the wider of their types.
  static func numericCompare(_ left: Numeric, _ right: Numeric) -> Int {
    switch (left, right) {
    case (.decimal, _), (_, .decimal):
      let (a, b) = (left.asDecimal, right.asDecimal)
      return a < b ? -1 : (a > b ? 1 : 0)
    case (.double, _), (_, .double):
      let (a, b) = (left.asDouble, right.asDouble)
      if a.isNaN || b.isNaN { return a.isNaN ? (b.isNaN ? 0 : -1) : 1 }
      return a < b ? -1 : (a > b ? 1 : 0)
    default:
      let a = left.asInt64 ?? 0
      let b = right.asInt64 ?? 0
      return a < b ? -1 : (a > b ? 1 : 0)
    }
  }

  /// A char against a char, a one-character string or a number (its code).
  private static func charCompare(_ left: Character, _ rhs: Value, caseSensitive: Bool) -> Int? {
    let right: Character
    switch rhs {
    case .char(let character): right = character
    case .string(let text) where text.count == 1:
      guard let first = text.first else { return nil }
      right = first
    case .int, .long, .double, .decimal:
      guard let code = rhs.intValue, let scalar = Unicode.Scalar(UInt32(clamping: max(code, 0)))
      else { return nil }
      right = Character(scalar)
    default: return nil
    }
    var a = left.unicodeScalars.first?.value ?? 0
    var b = right.unicodeScalars.first?.value ?? 0
    if !caseSensitive {
      a = StringCollation.simpleUppercase(a)
      b = StringCollation.simpleUppercase(b)
    }
    return a < b ? -1 : (a > b ? 1 : 0)
  }

  /// The right operand of an ordering on a TimeSpan, or `ComparisonFailure` with the reason
  /// the conversion failed.
  private static func timeSpanComparand(_ lhs: Value, _ rhs: Value) throws -> TimeSpan {
    if let right = rhs.timeSpanOperand { return right }
    var reason = OperatorErrors.invalidCast(rhs, to: "System.TimeSpan").record.message
    do {
      _ = try rhs.unwrapped.convertToTimeSpan()
    } catch let error as RuntimeError {
      reason = error.record.message
    }
    throw OperatorErrors.comparisonFailure(lhs, rhs, reason)
  }

  /// The date inside a date with notes (Get-Date -DisplayHint), which compares as the date.
  private static func wrappedDate(_ value: Value) -> Value? {
    guard case .object(let object) = value, let base = object.baseValue, case .dateTime = base
    else { return nil }
    return base
  }

  private static func dateOperand(_ rhs: Value) -> DateTimeValue? {
    if let offset = DateTimeOffsetValue.from(rhs) { return offset.localDateTime }
    switch rhs.unwrapped {
    case .dateTime(let date): return date
    case .string(let text): return Value.parseDate(text)
    default: return nil
    }
  }

  /// Identity for reference values (arrays, hashtables, objects, script blocks).
  private static func sameReference(_ lhs: Value, _ rhs: Value) -> Bool {
    switch (lhs, rhs) {
    case (.array(let a), .array(let b)): return a === b
    case (.hashtable(let a), .hashtable(let b)): return a === b
    case (.object(let a), .object(let b)): return a === b
    case (.scriptBlock(let a), .scriptBlock(let b)): return a === b
    default: return false
    }
  }
}
