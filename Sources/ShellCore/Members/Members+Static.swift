import Foundation

/// Static members reached with `[type]::Member`: constants of the number types, `[math]`,
/// `[string]`, `[char]`, `[datetime]`, `[int]::Parse`, `[convert]`.
extension Members {
  /// A static property; an unknown one is `$null`, as in PowerShell without strict mode.
  public static func staticProperty(of type: PSType, named name: String) throws -> Value {
    let key = name.lowercased()
    switch (type.fullName.lowercased(), key) {
    case ("system.int32", "maxvalue"): return .int(.max)
    case ("system.int32", "minvalue"): return .int(.min)
    case ("system.int64", "maxvalue"): return .long(.max)
    case ("system.int64", "minvalue"): return .long(.min)
    case ("system.byte", "maxvalue"): return .int(255)
    case ("system.byte", "minvalue"): return .int(0)
    case ("system.double", "maxvalue"): return .double(.greatestFiniteMagnitude)
    case ("system.double", "minvalue"): return .double(-.greatestFiniteMagnitude)
    case ("system.double", "nan"): return .double(.nan)
    case ("system.double", "positiveinfinity"): return .double(.infinity)
    case ("system.double", "negativeinfinity"): return .double(-.infinity)
    case ("system.double", "epsilon"): return .double(.leastNonzeroMagnitude)
    case ("system.decimal", "maxvalue"):
      return .decimal(Decimal(string: "79228162514264337593543950335") ?? 0)
    case ("system.decimal", "minvalue"):
      return .decimal(Decimal(string: "-79228162514264337593543950335") ?? 0)
    case ("system.math", "pi"): return .double(.pi)
    case ("system.math", "e"): return .double(M_E)
    case ("system.math", "tau"): return .double(2 * .pi)
    case ("system.string", "empty"): return .string("")
    case ("system.boolean", "truestring"): return .string("True")
    case ("system.boolean", "falsestring"): return .string("False")
    case ("system.guid", "empty"): return guidValue("00000000-0000-0000-0000-000000000000")
    default:
      if type.kind == .timeSpan { return timeSpanStaticProperty(key) ?? .null }
      if type.kind == .dateTime { return dateStaticProperty(key) ?? .null }
      if type.fullName == DateTimeOffsetValue.typeName {
        return DateTimeOffsetValue.staticProperty(key) ?? .null
      }
      return try otherStaticProperty(type, key) ?? .null
    }
  }

  /// Calls a static method; unknown ones raise `MethodNotFound` naming the type.
  public static func invokeStatic(
    on type: PSType, named name: String, arguments: [Value], context: OperatorContext
  ) throws -> Value {
    let call = MethodCall(
      target: .type(type), name: name, key: name.lowercased(), arguments: arguments)
    let result: Value?
    if call.key == "new", let constructed = try construct(type, arguments) { return constructed }
    switch type.fullName.lowercased() {
    case "system.array", "system.object[]": result = try arrayStatic(call)
    case "system.math": result = try MathMembers.call(call)
    case "system.string": result = try stringStatic(call)
    case "system.char": result = try charStatic(call)
    case "system.datetime": result = try dateStatic(call)
    case "system.timespan": result = try timeSpanStatic(call)
    case "system.datetimeoffset": result = try DateTimeOffsetValue.staticMethod(call)
    case "system.int32", "system.int64", "system.double", "system.decimal", "system.byte":
      result = try parseStatic(type, call)
    case "system.convert": result = try ConvertMembers.call(call)
    default: result = try otherStatic(type, call, context: context)
    }
    guard let result else { throw OperatorErrors.methodNotFound(type.fullName, name) }
    return result
  }

  private static func stringStatic(_ call: MethodCall) throws -> Value? {
    if let result = StringComparisonMembers.staticCall(call) { return result }
    switch call.key {
    case "join":
      guard let separator = call.arguments.first else {
        throw call.failure("Value cannot be null.")
      }
      let items = call.arguments.dropFirst().flatMap { $0.enumerated }
      return .string(items.map { $0.toText() }.joined(separator: separator.toText()))
    case "isnullorempty":
      try call.expect(1)
      return .bool(call.arguments[0].isNull || call.string(0).isEmpty)
    case "isnullorwhitespace":
      try call.expect(1)
      return .bool(call.string(0).allSatisfy(\.isWhitespace))
    case "format":
      guard let format = call.arguments.first else {
        throw OperatorErrors.argumentCount(call.name, 0)
      }
      var rest = Array(call.arguments.dropFirst())
      if rest.count == 1, case .array(let array) = rest[0] { rest = array.items }
      return .string(try Operators.format(format.toText(), rest))
    case "concat":
      return .string(call.arguments.flatMap { $0.enumerated }.map { $0.toText() }.joined())
    case "compare":
      try call.expect(2, 3)
      let ignoreCase = call.arguments.count == 3 && call.arguments[2].isTruthy
      if call.arguments[0].isNull || call.arguments[1].isNull {
        return .int(call.arguments[0].isNull ? (call.arguments[1].isNull ? 0 : -1) : 1)
      }
      return .int(
        Int32(StringCollation.compare(call.string(0), call.string(1), caseSensitive: !ignoreCase)))
    case "equals":
      try call.expect(2)
      return .bool(call.string(0) == call.string(1))
    case "new":
      try call.expect(2)
      let count = try call.int(1)
      guard count >= 0, count <= Operators.maximumBuiltLength else {
        throw call.failure("Specified argument was out of the range of valid values.")
      }
      return .string(
        String(repeating: charList(call.arguments[0]).first.map(String.init) ?? "", count: count))
    default: return nil
    }
  }

  private static func charStatic(_ call: MethodCall) throws -> Value? {
    try call.expect(1, 2)
    var character: Character
    if call.arguments.count == 2 {
      let text = Array(call.string(0))
      let index = try call.int(1)
      guard text.indices.contains(index) else { throw call.failure("Index was out of range.") }
      character = text[index]
    } else {
      guard let first = charList(call.arguments[0]).first, call.string(0).count == 1 else {
        throw OperatorErrors.argumentCount(call.name, call.arguments.count)
      }
      character = first
    }
    switch call.key {
    case "isdigit": return .bool(character.isASCII ? character.isNumber : character.isWholeNumber)
    case "isnumber": return .bool(character.isNumber)
    case "isletter": return .bool(character.isLetter)
    case "isletterordigit": return .bool(character.isLetter || character.isNumber)
    case "isupper": return .bool(character.isUppercase)
    case "islower": return .bool(character.isLowercase)
    case "iswhitespace": return .bool(character.isWhitespace)
    case "ispunctuation": return .bool(character.isPunctuation)
    case "toupper":
      let upper = String(character).uppercased()
      character = upper.count == 1 ? Character(upper) : character
      return .char(character)
    case "tolower":
      let lower = String(character).lowercased()
      character = lower.count == 1 ? Character(lower) : character
      return .char(character)
    case "tostring": return .string(String(character))
    default: return nil
    }
  }

  /// `[int]::Parse('42')` and friends: invariant parsing with .NET's FormatException text.
  private static func parseStatic(_ type: PSType, _ call: MethodCall) throws -> Value? {
    guard call.key == "parse" else { return nil }
    try call.expect(1, 2, 3)
    let text = call.string(0).trimmingCharacters(in: .whitespaces)
    let isInteger = type.kind == .int || type.kind == .long || type.kind == .byte
    let valid =
      isInteger
      ? !text.isEmpty
        && text.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy { $0.isASCII && $0.isNumber }
      : Double(text) != nil
    guard valid else {
      throw call.failure("The input string '\(call.string(0))' was not in a correct format.")
    }
    do {
      return try Value.string(text).convert(to: type)
    } catch {
      throw call.failure("Value was either too large or too small for an \(type.name).")
    }
  }

  /// A Guid value: shown as its string form, typed as System.Guid.
  public static func guidValue(_ text: String) -> Value {
    let object = PSObject(typeNames: ["System.Guid", "System.ValueType", "System.Object"])
    object.set("Guid", .string(text))
    object.stringValue = { text }
    addGuidMethods(object, text)
    return .object(object)
  }
}
