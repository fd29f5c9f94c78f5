import ShellSyntax

/// Script enums: member values, the objects that stand for them, their text, and
/// conversions from names and numbers with pwsh's errors.
extension Interpreter {
  /// Evaluates the member values of an enum (each one more than the last unless written).
  func defineEnum(_ definition: ScriptTypeDefinition) throws {
    let ast = definition.ast
    if let written = ast.baseTypes.first {
      guard let underlying = Self.enumUnderlyingTypes[written.name.lowercased()] else {
        throw RuntimeError.make(
          "InvalidUnderlyingType",
          "'\(written.name)' is not a valid underlying type for enums. Expected a builtin "
            + "integral type (one of byte, sbyte, short, ushort, int, uint, long or ulong)",
          category: .parserError
        ).located(at: written.range ?? ast.nameRange)
      }
      definition.underlyingType = underlying.type
    }
    definition.isFlags = ast.attributes.contains {
      ["flags", "flagsattribute", "system.flags", "system.flagsattribute"].contains(
        $0.typeName.name.lowercased())
    }
    let bounds = Self.enumUnderlyingTypes.values.first { $0.type == definition.underlyingType }
    var next: Int64 = 0
    for member in ast.enumMembers {
      var value = next
      if let expression = member.value {
        let evaluated = try eval(expression, Scope(parent: definition.scope)).unwrapped
        guard let number = evaluated.intValue.map(Int64.init) else {
          throw RuntimeError.make(
            "EnumeratorValueMustBeConstant", "Enumerator value must be a constant value.",
            category: .parserError
          ).located(at: expression.range)
        }
        value = number
      }
      if let bounds, value < bounds.range.lowerBound || value > bounds.range.upperBound {
        throw RuntimeError.make(
          "EnumeratorValueOutOfBounds",
          "Enumerator value is either too large or too small for \(definition.name).",
          category: .parserError
        ).located(at: member.range)
      }
      definition.enumMembers.append((member.name, value))
      next = value &+ 1
    }
  }

  static let enumUnderlyingTypes: [String: (type: PSType, range: ClosedRange<Int64>)] = {
    let int = PSType(kind: .int, fullName: "System.Int32")
    let long = PSType(kind: .long, fullName: "System.Int64")
    let byte = PSType(kind: .byte, fullName: "System.Byte")
    let entries: [(String, PSType, ClosedRange<Int64>)] = [
      ("byte", byte, 0...255), ("sbyte", int, -128...127), ("short", int, -32768...32767),
      ("int16", int, -32768...32767), ("ushort", int, 0...65535), ("uint16", int, 0...65535),
      ("int", int, Int64(Int32.min)...Int64(Int32.max)),
      ("int32", int, Int64(Int32.min)...Int64(Int32.max)), ("uint", long, 0...Int64(UInt32.max)),
      ("uint32", long, 0...Int64(UInt32.max)), ("long", long, Int64.min...Int64.max),
      ("int64", long, Int64.min...Int64.max), ("ulong", long, 0...Int64.max),
      ("uint64", long, 0...Int64.max),
    ]
    var table: [String: (type: PSType, range: ClosedRange<Int64>)] = [:]
    for (name, type, range) in entries {
      table[name] = (type, range)
      table["system." + name] = (type, range)
    }
    return table
  }()

  /// The object standing for one value of an enum: it computes as its number and prints as
  /// its name (names joined by ", " for a combination of flags).
  func enumValue(_ definition: ScriptTypeDefinition, _ number: Int64) -> Value {
    let object = PSObject(typeNames: definition.typeNames)
    object.base = definition
    object.baseValue =
      definition.underlyingType.kind == .long ? .long(number) : .integer(Int(number))
    let text = Self.enumText(definition, number)
    object.stringValue = { text }
    let type = definition.type
    object.methods["gettype"] = PSMethod(name: "GetType") { _ in .type(type) }
    object.methods["tostring"] = PSMethod(name: "ToString") { _ in .string(text) }
    object.methods["hasflag"] = PSMethod(name: "HasFlag") { [weak self] arguments in
      guard let self else { return .bool(false) }
      guard arguments.count == 1 else {
        throw OperatorErrors.argumentCount("HasFlag", arguments.count)
      }
      let flag = try self.enumNumber(arguments[0], definition)
      return .bool(number & flag == flag)
    }
    return .object(object)
  }

  /// The name of a value, `A, B` for flags, or the number when no member matches.
  static func enumText(_ definition: ScriptTypeDefinition, _ number: Int64) -> String {
    if let exact = definition.enumMembers.first(where: { $0.value == number }) {
      return exact.name
    }
    guard definition.isFlags, number > 0 else { return String(number) }
    var remaining = number
    var names: [(String, Int64)] = []
    for member in definition.enumMembers.sorted(by: { $0.value > $1.value })
    where member.value > 0 && remaining & member.value == member.value {
      names.append((member.name, member.value))
      remaining &= ~member.value
    }
    guard remaining == 0 else { return String(number) }
    return names.sorted { $0.1 < $1.1 }.map(\.0).joined(separator: ", ")
  }

  /// A value converted to an enum, as a cast does.
  func convertToEnum(_ value: Value, _ definition: ScriptTypeDefinition) throws -> Value {
    if case .object(let object) = value, object.scriptType === definition { return value }
    return enumValue(definition, try enumNumber(value, definition))
  }

  /// The number a value stands for in an enum: a member name (or names, for flags), a number
  /// that is a defined value, or another enum's value.
  func enumNumber(_ value: Value, _ definition: ScriptTypeDefinition) throws -> Int64 {
    let type = definition.type
    if case .object(let object) = value, object.scriptType === definition,
      let number = object.baseValue?.intValue.map(Int64.init)
    {
      return number
    }
    switch value.unwrapped {
    case .string(let text):
      return try enumNumber(parsing: text, definition)
    case .null:
      throw RuntimeError.make(
        "InvalidCastFromNull",
        "Cannot convert null to type \"\(definition.name)\" due to enumeration values that are "
          + "not valid. Specify one of the following enumeration values and try again. The "
          + "possible enumeration values are \"\(enumNames(definition, separator: ","))\".",
        category: .invalidArgument,
        exceptionType: "System.Management.Automation.PSInvalidCastException")
    case let number where number.isNumeric:
      guard let whole = number.intValue.map(Int64.init) else {
        throw Value.conversionError(value, type, detail: nil)
      }
      try checkDefined(whole, text: value.toText(), definition)
      return whole
    default:
      throw Value.conversionError(value, type, detail: nil)
    }
  }

  private func enumNumber(parsing text: String, _ definition: ScriptTypeDefinition) throws
    -> Int64
  {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    if let first = trimmed.first, first.isNumber || first == "-" || first == "+",
      let number = Int64(trimmed)
    {
      try checkDefined(number, text: text, definition)
      return number
    }
    var result: Int64 = 0
    for entry in trimmed.split(separator: ",", omittingEmptySubsequences: false) {
      let name = entry.trimmingCharacters(in: .whitespaces)
      let exact = definition.enumMembers.first { $0.name.caseInsensitiveEquals(name) }
      let prefixed = definition.enumMembers.filter {
        !name.isEmpty && $0.name.lowercased().hasPrefix(name.lowercased())
      }
      guard let member = exact ?? (prefixed.count == 1 ? prefixed.first : nil) else {
        let detail =
          prefixed.count > 1
          ? "The identifier name \(name) cannot be processed because it is either too similar "
            + "or identical to the following enumerator names: "
            + prefixed.map(\.name).joined(separator: ", ")
            + ". Use a more specific identifier name."
          : "Unable to match the identifier name \(name) to a valid enumerator name. Specify one "
            + "of the following enumerator names and try again:\n"
            + enumNames(definition, separator: ", ")
        throw Value.conversionError(.string(text), definition.type, detail: detail)
      }
      result |= member.value
    }
    return result
  }

  private func checkDefined(_ number: Int64, text: String, _ definition: ScriptTypeDefinition)
    throws
  {
    let values = definition.enumMembers.map(\.value)
    if values.contains(where: { $0 < 0 }) || values.contains(number) { return }
    if definition.isFlags, number >= 0 {
      let all = values.reduce(0, |)
      if number | all == all { return }
    }
    throw RuntimeError.make(
      "InvalidCastException",
      "Cannot convert value \"\(text)\" to type \"\(definition.name)\" due to enumeration values "
        + "that are not valid. Specify one of the following enumeration values and try again. "
        + "The possible enumeration values are \"\(enumNames(definition, separator: ","))\".",
      category: .invalidArgument,
      exceptionType: "System.Management.Automation.PSInvalidCastException")
  }

  func enumNames(_ definition: ScriptTypeDefinition, separator: String) -> String {
    definition.enumMembers.map(\.name).joined(separator: separator)
  }
}
