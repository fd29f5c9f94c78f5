import Foundation

/// A number operand after PowerShell's promotion: int, long, double or decimal.
enum Numeric {
  case int(Int32)
  case long(Int64)
  case double(Double)
  case decimal(Decimal)

  /// The number a numeric Value holds; nil for every other value.
  init?(exactly value: Value) {
    switch value {
    case .int(let number): self = .int(number)
    case .long(let number): self = .long(number)
    case .double(let number): self = .double(number)
    case .decimal(let number): self = .decimal(number)
    default: return nil
    }
  }

  var value: Value {
    switch self {
    case .int(let number): return .int(number)
    case .long(let number): return .long(number)
    case .double(let number): return .double(number)
    case .decimal(let number): return .decimal(number)
    }
  }

  var asDouble: Double {
    switch self {
    case .int(let number): return Double(number)
    case .long(let number): return Double(number)
    case .double(let number): return number
    case .decimal(let number): return NSDecimalNumberBridge.double(number)
    }
  }

  var asDecimal: Decimal {
    switch self {
    case .int(let number): return Decimal(Int(number))
    case .long(let number): return Decimal(number)
    case .double(let number): return Decimal(number)
    case .decimal(let number): return number
    }
  }

  /// The value as Int64 when it is an integer type.
  var asInt64: Int64? {
    switch self {
    case .int(let number): return Int64(number)
    case .long(let number): return number
    default: return nil
    }
  }

  /// The .NET type name used in conversion errors.
  var typeName: String {
    switch self {
    case .int: return "System.Int32"
    case .long: return "System.Int64"
    case .double: return "System.Double"
    case .decimal: return "System.Decimal"
    }
  }

  /// Converts an operand to a number as arithmetic does; `targetType` names the type in the
  /// error when the operand is text that is not a number.
  static func from(_ value: Value, targetType: String = "System.Int32") throws -> Numeric {
    if let number = Numeric(exactly: value) { return number }
    switch value {
    case .null: return .int(0)
    case .bool(let flag): return .int(flag ? 1 : 0)
    case .char(let character):
      return .int(Int32(character.unicodeScalars.first.map { $0.value } ?? 0))
    case .string(let text):
      if let parsed = Value.parseNumber(text), let number = Numeric(exactly: parsed) {
        return number
      }
      throw RuntimeError.make(
        "InvalidCastFromStringToInteger",
        "Cannot convert value \"\(text)\" to type \"\(targetType)\". "
          + "Error: \"The input string '\(text)' was not in a correct format.\"",
        category: .invalidArgument,
        exceptionType: "System.Management.Automation.PSInvalidCastException", target: value)
    default:
      throw OperatorErrors.invalidCast(value, to: targetType)
    }
  }

  /// The integer with the smallest PowerShell type that holds it, else a double.
  static func integer(_ value: Int64) -> Numeric {
    if let small = Int32(exactly: value) { return .int(small) }
    return .long(value)
  }
}
