import ShellSyntax

/// `-band -bor -bxor -shl -shr -bnot` on integers: int stays int, anything wider is long.
extension Operators {
  static func bitwise(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws -> Value {
    let (left, leftIsInt) = try integerOperand(lhs)
    let (right, rightIsInt) = try integerOperand(rhs)
    let isInt: Bool
    let result: Int64
    switch op {
    case .band:
      isInt = leftIsInt && rightIsInt
      result = left & right
    case .bor:
      isInt = leftIsInt && rightIsInt
      result = left | right
    case .bxor:
      isInt = leftIsInt && rightIsInt
      result = left ^ right
    case .shl:
      isInt = leftIsInt
      if isInt {
        return .int(Int32(truncatingIfNeeded: left) << Int32(truncatingIfNeeded: right & 31))
      }
      result = left << (right & 63)
    default:
      isInt = leftIsInt
      if isInt {
        return .int(Int32(truncatingIfNeeded: left) >> Int32(truncatingIfNeeded: right & 31))
      }
      result = left >> (right & 63)
    }
    if isInt { return .int(Int32(truncatingIfNeeded: result)) }
    return .long(result)
  }

  static func bitwiseNot(_ operand: Value) throws -> Value {
    let (number, isInt) = try integerOperand(operand)
    return isInt ? .int(~Int32(truncatingIfNeeded: number)) : .long(~number)
  }

  /// An operand of a bitwise operator as Int64, and whether it fits the int type.
  private static func integerOperand(_ value: Value) throws -> (Int64, Bool) {
    let number = try Numeric.from(value)
    switch number {
    case .int(let small): return (Int64(small), true)
    case .long(let large): return (large, false)
    case .double, .decimal:
      let rounded = number.asDouble.rounded(.toNearestOrEven)
      guard let large = Int64(exactly: rounded) else {
        throw OperatorErrors.invalidCast(value, to: "System.Int64")
      }
      return (large, Int32(exactly: large) != nil)
    }
  }
}
