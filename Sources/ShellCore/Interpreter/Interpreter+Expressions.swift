import Foundation
import ShellSyntax

/// Expression evaluation.
extension Interpreter {
  func eval(_ expression: ExpressionAst, _ scope: Scope) throws -> Value {
    switch expression.kind {
    case .constant(let constant):
      return Interpreter.value(of: constant)
    case .stringConstant(let text, _):
      return .string(text)
    case .expandableString(let parts, _):
      return .string(try expand(parts, scope))
    case .variable(let path, _):
      return try readVariable(path, scope, range: expression.range)
    case .binary(let op, let left, let right, let operatorRange):
      return try evalBinary(op, left, right, scope, operatorRange)
    case .unary(let op, let operand):
      return try evalUnary(op, operand, scope, expression.range)
    case .convert(let typeName, let operand):
      return try evalConvert(typeName, operand, scope)
    case .attributed(_, let operand):
      // Outside an assignment an attribute changes nothing about its operand's value.
      return try eval(operand, scope)
    case .typeLiteral(let typeName):
      return .type(try resolveType(typeName))
    case .arrayLiteral(let elements):
      return .array(try elements.map { try eval($0, scope) })
    case .arraySubExpression(let statements):
      let sink = CollectingSink()
      try execute(statements, scope, sink)
      return .array(sink.items)
    case .subExpression(let statements):
      let sink = CollectingSink()
      try execute(statements, scope, sink)
      return sink.result
    case .paren(let statement):
      return try evaluateStatementValue(statement, scope)
    case .hashtable(let entries):
      let table = PSHashtable()
      for entry in entries {
        let key = try eval(entry.key, scope)
        if table.containsKey(key) {
          throw RuntimeError.make(
            "DuplicateKeyInHashLiteral",
            "Duplicate keys '\(key.toText())' are not allowed in hash literals."
          )
          .located(at: entry.key.range)
        }
        table[key] = try evaluateStatementValue(entry.value, scope)
      }
      return .hashtable(table)
    case .scriptBlock(let block):
      return .scriptBlock(ScriptBlock(ast: block))
    case .member(let target, let member, let isStatic, let isNullConditional):
      let value = try evalMember(
        target, member, isStatic, isNullConditional, scope, expression.range)
      return value.isAutomationNull ? .null : value
    case .invokeMember(let target, let member, let arguments, let isStatic, let isNullConditional):
      // A void method's "no value" is `$null` once it is a value (assigned, compared, passed).
      let result = try evalInvoke(
        target, member, arguments, isStatic, isNullConditional, scope, expression.range)
      return result.isAutomationNull ? .null : result
    case .index(let target, let index, let isNullConditional):
      let base = try eval(target, scope)
      if isNullConditional, base.isNull { return .null }
      let position = try eval(index, scope)
      let value = try indexValue(base, position, range: expression.range)
      if strictModeSeen, value.isNull {
        do {
          try checkStrictIndex(base, position, scope)
        } catch let error as RuntimeError {
          throw error.located(at: expression.range)
        }
      }
      return value
    case .ternary(let condition, let ifTrue, let ifFalse):
      return try eval(condition, scope).isTruthy ? eval(ifTrue, scope) : eval(ifFalse, scope)
    }
  }

  static func value(of constant: ConstantValue) -> Value {
    switch constant {
    case .int(let number, _): return .int(number)
    case .long(let number, _): return .long(number)
    case .double(let number, _): return .double(number)
    case .decimal(let text):
      // Foundation's Decimal drops trailing zeros that .NET keeps (`1.30d` prints `1.30`).
      return Value.numberWithText(Value.decimalValue(text), text: text)
    }
  }

  func evalBinary(
    _ op: BinaryOperator, _ left: ExpressionAst, _ right: ExpressionAst, _ scope: Scope,
    _ operatorRange: SourceRange
  ) throws -> Value {
    switch op {
    case .and:
      return .bool(try eval(left, scope).isTruthy && eval(right, scope).isTruthy)
    case .or:
      return .bool(try eval(left, scope).isTruthy || eval(right, scope).isTruthy)
    case .nullCoalesce:
      let value = try eval(left, scope)
      return value.isNull ? try eval(right, scope) : value
    default:
      let leftValue = try eval(left, scope)
      let rightValue = try eval(right, scope)
      let (lhs, rhs) = Members.binaryOperands(op, leftValue, rightValue)
      let context = op.needsSessionContext ? operatorContext(scope) : OperatorContext.detached
      do {
        if case .object(let object) = leftValue, object.base != nil,
          let result = try scriptTypeBinary(op, leftValue, rightValue, context)
        {
          return result
        }
        return try Operators.binary(op, lhs, rhs, context)
      } catch let error as RuntimeError {
        throw error.located(at: operatorRange.extended(to: right.range).extended(to: left.range))
      }
    }
  }

  func evalUnary(
    _ op: UnaryOperator, _ operand: ExpressionAst, _ scope: Scope, _ range: SourceRange
  )
    throws -> Value
  {
    switch op {
    case .preIncrement, .preDecrement, .postIncrement, .postDecrement:
      let old = try eval(operand, scope).unwrapped
      let isIncrement = op == .preIncrement || op == .postIncrement
      let new =
        isIncrement
        ? try Operators.add(old.isNull ? .int(0) : old, .int(1))
        : try Operators.subtract(old.isNull ? .int(0) : old, .int(1))
      try store(new, into: operand, scope)
      return op == .preIncrement || op == .preDecrement ? new : old
    default:
      let value = try eval(operand, scope).unwrapped
      do {
        return try Operators.unary(op, value, operatorContext(scope))
      } catch let error as RuntimeError {
        throw error.located(at: range)
      }
    }
  }

  func evalConvert(_ typeName: TypeName, _ operand: ExpressionAst, _ scope: Scope) throws -> Value {
    let lower = typeName.name.lowercased()
    if lower == "ordered" {
      guard case .hashtable = operand.kind else {
        throw RuntimeError.make(
          "OrderedAttributeOnlyOnHashLiteralNode",
          "The ordered attribute can be specified only on a hash literal node.",
          category: .parserError
        ).located(at: typeName.range ?? operand.range)
      }
      guard case .hashtable(let table) = try eval(operand, scope) else { return .null }
      table.isOrdered = true
      return .hashtable(table)
    }
    if lower == "ref" { return try reference(to: operand, scope) }
    let type = try resolveType(typeName)
    let value = try eval(operand, scope)
    do {
      return try value.convert(to: type)
    } catch let error as RuntimeError {
      throw error.located(at: typeName.range ?? operand.range)
    }
  }

  /// `[ref]$variable` refers to the variable itself (created when it does not exist yet);
  /// `[ref]` of any other expression holds its value; a reference stays itself.
  private func reference(to operand: ExpressionAst, _ scope: Scope) throws -> Value {
    if case .variable(let path, _) = operand.kind, path.scope == nil {
      if scope.lookup(path.key) == nil { try assignVariable(path, .null, scope) }
      guard let variable = scope.lookup(path.key) else { return PSReference.holding(.null) }
      return PSReference.make(get: { variable.value }, set: { variable.value = $0 })
    }
    let value = try eval(operand, scope)
    if PSReference.target(of: value) != nil { return value }
    return PSReference.holding(value)
  }

  func resolveType(_ typeName: TypeName) throws -> PSType {
    if let type = lookupType(typeName.name) { return type }
    let error = RuntimeError.make(
      "TypeNotFound", "Unable to find type [\(typeName.name)].", category: .invalidOperation)
    if let range = typeName.range { throw error.located(at: range) }
    throw error
  }
}

extension BinaryOperator {
  /// True for operators that touch session state: `$Matches`, script blocks, `$OFS`.
  var needsSessionContext: Bool {
    switch self {
    case .comparison(let op, _):
      return op == .match || op == .notmatch || op == .replace || op == .split
    case .join: return true
    default: return false
    }
  }
}

extension Value {
  /// A decimal literal (`1.5d`) from its digits.
  static func decimalValue(_ text: String) -> Value {
    .decimal(Decimal(string: text) ?? 0)
  }
}
