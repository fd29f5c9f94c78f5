import ShellSyntax

/// PowerShell's operators as pure functions of their operands.
///
/// Only the hooks in `OperatorContext` reach the session. The left operand's type picks the
/// operation, as in PowerShell's binders.
public enum Operators {
  /// Evaluates every binary operator except `-and`, `-or` and `??`, which short-circuit in the
  /// interpreter (`-and`/`-or` are still answered here when asked).
  public static func binary(
    _ op: BinaryOperator, _ lhs: Value, _ rhs: Value, _ context: OperatorContext
  ) throws -> Value {
    switch op {
    case .add: return try add(lhs, rhs, separator: context.outputFieldSeparator)
    case .subtract: return try subtract(lhs, rhs)
    case .multiply: return try multiply(lhs, rhs)
    case .divide: return try divide(lhs, rhs)
    case .remainder: return try remainder(lhs, rhs)
    case .range: return try range(lhs, rhs)
    case .format: return .string(try format(lhs.toText(), formatArguments(rhs)))
    case .and: return .bool(lhs.isTruthy && rhs.isTruthy)
    case .or: return .bool(lhs.isTruthy || rhs.isTruthy)
    case .xor: return .bool(lhs.isTruthy != rhs.isTruthy)
    case .band, .bor, .bxor, .shl, .shr: return try bitwise(op, lhs, rhs)
    case .join: return .string(join(lhs, separator: rhs.toText(separator: " ")))
    case .isType: return .bool(try isInstance(lhs, of: rhs))
    case .isNotType: return .bool(!(try isInstance(lhs, of: rhs)))
    case .asType: return try convertAs(lhs, to: rhs)
    case .nullCoalesce: return lhs.isNull ? rhs : lhs
    case .comparison(let comparison, let caseSensitive):
      return try compareOperator(comparison, lhs, rhs, caseSensitive: caseSensitive, context)
    case .filterOperator(let name):
      // Only the filter parser makes these, and filters are converted, never evaluated.
      throw RuntimeError.make(
        "UnexpectedToken", "The operator '-\(name)' can be used only in a filter.")
    }
  }

  /// Evaluates the unary operators `-not`, `!`, `-bnot`, `-`, `+`, `,`, `-split` and `-join`.
  ///
  /// The increment and decrement forms are the interpreter's (it uses `add`/`subtract`).
  public static func unary(
    _ op: UnaryOperator, _ operand: Value, _ context: OperatorContext
  ) throws -> Value {
    switch op {
    case .not: return .bool(!operand.isTruthy)
    case .bnot: return try bitwiseNot(operand)
    case .negate: return try negate(operand)
    case .plus: return try unaryPlus(operand)
    case .comma: return .array([operand])
    case .split: return unarySplit(operand)
    case .join: return .string(join(operand, separator: ""))
    case .preIncrement, .postIncrement: return try add(operand, .int(1))
    case .preDecrement, .postDecrement: return try subtract(operand, .int(1))
    }
  }

  /// `+` and `+=`, joining arrays on the right of a string with a space.
  public static func add(_ lhs: Value, _ rhs: Value) throws -> Value {
    try add(lhs, rhs, separator: " ")
  }

  /// The argument list of `-f`: an array's elements, or the single value.
  static func formatArguments(_ rhs: Value) -> [Value] {
    if case .array(let array) = rhs { return array.items }
    return [rhs]
  }

  /// `-join`: the elements as text, joined (a scalar is one element).
  static func join(_ value: Value, separator: String) -> String {
    value.enumerated.map { $0.toText() }.joined(separator: separator)
  }

  /// Unary `-split`: trims, then splits on runs of whitespace.
  static func unarySplit(_ operand: Value) -> Value {
    var parts: [Value] = []
    for item in operand.enumerated {
      let words = item.toText().split(whereSeparator: { $0.isWhitespace })
      parts.append(contentsOf: words.map { .string(String($0)) })
      if words.isEmpty { parts.append(.string("")) }
    }
    return .array(parts)
  }
}
