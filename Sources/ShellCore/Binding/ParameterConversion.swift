/// Converts bound arguments to parameter types (scalar to array, string to number, ...).
enum ParameterConversion {
  static func convert(_ value: Value, to type: ParameterType) throws -> Value {
    switch type {
    case .any: return value
    case .switchParameter, .bool: return try boolean(value, to: type)
    case .scriptBlock:
      if case .scriptBlock = value { return value }
      throw typeMismatch(value, type)
    case .scriptBlockArray:
      let blocks = value.enumerated
      for block in blocks {
        guard case .scriptBlock = block else { throw typeMismatch(block, type) }
      }
      return .array(blocks)
    case .hashtable:
      if case .hashtable = value { return value }
      throw typeMismatch(value, type)
    case .stringArray:
      return .array(value.enumerated.map { .string($0.toText()) })
    case .anyArray:
      return .array(value.enumerated)
    case .intArray:
      return .array(try value.enumerated.map { try $0.convert(to: .int) })
    case .string, .int, .long, .double, .dateTime, .typed:
      guard let target = type.psType else { return value }
      if target.kind == .string, case .array(let array) = value, array.items.count == 1 {
        return try array.items[0].convert(to: target)
      }
      return try value.convert(to: target)
    }
  }

  /// Converts a `[bool]` or `[switch]` argument.
  ///
  /// Only Booleans and numbers bind (nonzero is true), and `$null` is false. A string never
  /// does, whatever it says: `-Enabled 'False'` would otherwise be true, as every non-empty
  /// string is.
  static func boolean(_ value: Value, to type: ParameterType) throws -> Value {
    switch value {
    case .null, .bool, .int, .long, .double, .decimal:
      return .bool(value.isTruthy)
    default:
      let target =
        type == .switchParameter
        ? "System.Management.Automation.SwitchParameter" : "System.Boolean"
      throw RuntimeError.make(
        booleanErrorId,
        "Cannot convert value \"\(value.dotNetType.fullName)\" to type \"\(target)\". Boolean "
          + "parameters accept only Boolean values and numbers, such as $True, $False, 1 or 0.",
        category: .invalidData, target: value)
    }
  }

  /// The id of `boolean`'s error, which the binder reports as an argument transformation.
  static let booleanErrorId = "CannotConvertToBoolean"

  static func typeMismatch(_ value: Value, _ type: ParameterType) -> RuntimeError {
    RuntimeError.make(
      "InvalidCastException",
      "Cannot convert the \"\(value.toText())\" value of type \"\(value.dotNetType.fullName)\" "
        + "to type \"\(type.typeName)\".", category: .invalidArgument, target: value)
  }
}
