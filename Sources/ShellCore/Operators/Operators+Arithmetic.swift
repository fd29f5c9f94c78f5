import Foundation

/// `+ - * / %` following PowerShell's IntOps/LongOps/DoubleOps/DecimalOps: an integer result
/// that overflows its type becomes a double; any decimal operand makes the result decimal.
extension Operators {
  /// Arithmetic operations on two numbers.
  enum ArithmeticOp {
    case add, subtract, multiply, divide, remainder

    var methodName: String {
      switch self {
      case .add: return "op_Addition"
      case .subtract: return "op_Subtraction"
      case .multiply: return "op_Multiply"
      case .divide: return "op_Division"
      case .remainder: return "op_Modulus"
      }
    }
  }

  /// The largest string or array an operator builds before failing like .NET does.
  static let maximumBuiltLength = 100_000_000

  static func add(_ lhs: Value, _ rhs: Value, separator: String) throws -> Value {
    switch lhs {
    case .null: return rhs
    case .string(let text):
      let tail = rhs.toText(separator: separator)
      guard text.utf8.count + tail.utf8.count <= maximumBuiltLength else {
        throw OperatorErrors.outOfMemory()
      }
      return .string(text + tail)
    case .array(let array):
      var items = array.items
      if case .array(let more) = rhs { items += more.items } else { items.append(rhs) }
      guard items.count <= maximumBuiltLength else { throw OperatorErrors.outOfMemory() }
      return .array(items)
    case .hashtable(let table): return try mergeHashtables(table, rhs)
    default: return try arithmetic(.add, lhs, rhs)
    }
  }

  public static func subtract(_ lhs: Value, _ rhs: Value) throws -> Value {
    try arithmetic(.subtract, lhs, rhs)
  }

  static func multiply(_ lhs: Value, _ rhs: Value) throws -> Value {
    switch lhs {
    case .string(let text):
      let count = try repeatCount(rhs)
      let (total, overflow) = text.utf8.count.multipliedReportingOverflow(by: count)
      guard !overflow, total <= maximumBuiltLength else { throw OperatorErrors.outOfMemory() }
      return .string(String(repeating: text, count: count))
    case .array(let array):
      let count = try repeatCount(rhs)
      let (total, overflow) = array.items.count.multipliedReportingOverflow(by: count)
      guard !overflow, total <= maximumBuiltLength else { throw OperatorErrors.outOfMemory() }
      var items: [Value] = []
      items.reserveCapacity(total)
      for _ in 0..<count { items += array.items }
      return .array(items)
    default: return try arithmetic(.multiply, lhs, rhs)
    }
  }

  static func divide(_ lhs: Value, _ rhs: Value) throws -> Value {
    try arithmetic(.divide, lhs, rhs)
  }

  static func remainder(_ lhs: Value, _ rhs: Value) throws -> Value {
    try arithmetic(.remainder, lhs, rhs)
  }

  /// The right operand of `'ab' * n` as a non-negative repeat count.
  private static func repeatCount(_ rhs: Value) throws -> Int {
    guard case .int(let count) = try rhs.convert(to: .int) else { return 0 }
    guard count >= 0 else {
      throw RuntimeError.make(
        "ArgumentOutOfRange",
        "Specified argument was out of the range of valid values. (Parameter 'count')",
        category: .operationStopped)
    }
    return Int(count)
  }

  /// `@{a=1} + @{b=2}`: a new table with both sets of entries; a duplicate key fails.
  private static func mergeHashtables(_ table: PSHashtable, _ rhs: Value) throws -> Value {
    guard case .hashtable(let other) = rhs else {
      throw RuntimeError.make(
        "AddHashTableToNonHashTable", "A hash table can only be added to another hash table.")
    }
    let merged = table.copy()
    for (key, value) in other.entries {
      if merged.containsKey(key) {
        let shown = key.toText()
        throw RuntimeError.make(
          "System.ArgumentException",
          "Item has already been added. Key in dictionary: '\(shown)'  Key being added: '\(shown)'",
          category: .operationStopped, exceptionType: "System.ArgumentException")
      }
      merged[key] = value
    }
    return .hashtable(merged)
  }

  /// Numeric arithmetic after converting both operands (text on either side is parsed).
  static func arithmetic(_ op: ArithmeticOp, _ lhs: Value, _ rhs: Value) throws -> Value {
    // Two Int32s, the loop counter's case, skip the date and conversion checks.
    if case .int(let left) = lhs, case .int(let right) = rhs {
      return try integerOp(op, Int64(left), Int64(right), bothInt: true).value
    }
    if let result = try timeArithmetic(op, lhs, rhs) { return result }
    switch lhs {
    case .null, .bool, .char, .string, .int, .long, .double, .decimal: break
    default: throw OperatorErrors.missingOperator(lhs, op.methodName)
    }
    let right = try Numeric.from(rhs, targetType: Numeric(exactly: lhs)?.typeName ?? "System.Int32")
    let left = try Numeric.from(lhs, targetType: Numeric(exactly: rhs)?.typeName ?? "System.Int32")
    return try compute(op, left, right).value
  }

  /// Applies an operation to two numbers with PowerShell's result-type rules.
  static func compute(_ op: ArithmeticOp, _ left: Numeric, _ right: Numeric) throws -> Numeric {
    switch (left, right) {
    case (.decimal, _), (_, .decimal):
      return .decimal(try decimalOp(op, left.asDecimal, right.asDecimal))
    case (.double, _), (_, .double):
      return .double(doubleOp(op, left.asDouble, right.asDouble))
    default:
      guard let a = left.asInt64, let b = right.asInt64 else { return .int(0) }
      let bothInt: Bool
      if case .int = left, case .int = right { bothInt = true } else { bothInt = false }
      return try integerOp(op, a, b, bothInt: bothInt)
    }
  }

  private static func integerOp(
    _ op: ArithmeticOp, _ a: Int64, _ b: Int64, bothInt: Bool
  ) throws -> Numeric {
    let wrap: (Int64) -> Numeric = { result in
      if bothInt { return Int32(exactly: result).map(Numeric.int) ?? .double(Double(result)) }
      return .long(result)
    }
    switch op {
    case .add:
      let (sum, overflow) = a.addingReportingOverflow(b)
      return overflow ? .double(Double(a) + Double(b)) : wrap(sum)
    case .subtract:
      let (difference, overflow) = a.subtractingReportingOverflow(b)
      return overflow ? .double(Double(a) - Double(b)) : wrap(difference)
    case .multiply:
      let (product, overflow) = a.multipliedReportingOverflow(by: b)
      return overflow ? .double(Double(a) * Double(b)) : wrap(product)
    case .divide:
      guard b != 0 else { throw OperatorErrors.divideByZero() }
      let (quotient, overflow) = a.dividedReportingOverflow(by: b)
      if overflow || a % b != 0 { return .double(Double(a) / Double(b)) }
      return wrap(quotient)
    case .remainder:
      guard b != 0 else { throw OperatorErrors.divideByZero() }
      if b == -1 { return bothInt ? .int(0) : .long(0) }
      return wrap(a % b)
    }
  }

  private static func doubleOp(_ op: ArithmeticOp, _ a: Double, _ b: Double) -> Double {
    switch op {
    case .add: return a + b
    case .subtract: return a - b
    case .multiply: return a * b
    case .divide: return a / b
    case .remainder: return a.truncatingRemainder(dividingBy: b)
    }
  }

  private static func decimalOp(_ op: ArithmeticOp, _ a: Decimal, _ b: Decimal) throws -> Decimal {
    switch op {
    case .add: return a + b
    case .subtract: return a - b
    case .multiply: return a * b
    case .divide:
      guard !b.isZero else { throw OperatorErrors.divideByZero() }
      return limitScale(a / b)
    case .remainder:
      guard !b.isZero else { throw OperatorErrors.divideByZero() }
      let quotient = a / b
      var magnitude = quotient < 0 ? -quotient : quotient
      var truncated = Decimal()
      NSDecimalRound(&truncated, &magnitude, 0, .down)
      return a - (quotient < 0 ? -truncated : truncated) * b
    }
  }

  /// Rounds a decimal to .NET's 28 fractional digits (`1d/3d` has 28 threes).
  private static func limitScale(_ value: Decimal) -> Decimal {
    var input = value
    var result = Decimal()
    NSDecimalRound(&result, &input, 28, .plain)
    return result
  }

  /// Unary minus: numbers negate; numeric text is parsed first; a TimeSpan negates.
  static func negate(_ operand: Value) throws -> Value {
    if case .timeSpan(let span) = operand.unwrapped { return try negateTimeSpan(span) }
    return try arithmetic(.subtract, .int(0), operand)
  }

  /// Unary plus: a number, with numeric text converted.
  static func unaryPlus(_ operand: Value) throws -> Value {
    switch operand {
    case .int, .long, .double, .decimal: return operand
    case .string, .null, .bool, .char: return try Numeric.from(operand).value
    default: return operand
    }
  }
}
