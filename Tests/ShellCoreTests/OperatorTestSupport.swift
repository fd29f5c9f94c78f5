import ShellSyntax

@testable import ShellCore

/// A compact, typed rendering of a value for table-driven expectations: `int:6`,
/// `double:3.5`, `string:ab`, `[int:1, int:2]`.
func describe(_ value: Value) -> String {
  switch value {
  case .null: return "null"
  case .bool(let flag): return "bool:\(flag)"
  case .int(let number): return "int:\(number)"
  case .long(let number): return "long:\(number)"
  case .double(let number): return "double:\(Value.formatDouble(number))"
  case .decimal: return "decimal:\(value.toText())"
  case .string(let text): return "string:\(text)"
  case .char(let character): return "char:\(character)"
  case .array(let array): return "[" + array.items.map(describe).joined(separator: ", ") + "]"
  case .hashtable(let table):
    return "@{"
      + table.entries.map { "\($0.key.toText())=\(describe($0.value))" }
      .joined(separator: "; ") + "}"
  default: return "\(value.dotNetType.fullName):\(value.toText())"
  }
}

/// Evaluates a binary operator with a detached context.
func evaluate(_ op: BinaryOperator, _ lhs: Value, _ rhs: Value) throws -> Value {
  try Operators.binary(op, lhs, rhs, .detached)
}

/// The ErrorId of the error an expression throws, or nil when it succeeds.
func errorId(_ body: () throws -> Value) -> String? {
  do {
    _ = try body()
    return nil
  } catch let error as RuntimeError {
    return error.record.fullyQualifiedErrorId
  } catch {
    return "\(error)"
  }
}

/// The message of the error an expression throws, or nil when it succeeds.
func errorMessage(_ body: () throws -> Value) -> String? {
  do {
    _ = try body()
    return nil
  } catch let error as RuntimeError {
    return error.record.message
  } catch {
    return "\(error)"
  }
}

func ints(_ numbers: Int32...) -> Value { .array(numbers.map(Value.int)) }
func strings(_ texts: String...) -> Value { .array(texts.map(Value.string)) }

/// Shorthand for a case-insensitive comparison operator.
func cmp(_ op: ComparisonOperator, caseSensitive: Bool = false) -> BinaryOperator {
  .comparison(op, caseSensitive: caseSensitive)
}
