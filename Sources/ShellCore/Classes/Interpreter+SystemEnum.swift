/// `[enum]::GetNames(T)`, `GetValues`, `GetName`, `Parse`, `TryParse`-free `IsDefined` and
/// `ToObject`, for script enums and the .NET enumerations the shell knows; `T` is a type or a
/// type name, as .NET's conversion to System.Type allows.
extension Interpreter {
  func systemEnumStatic(_ name: String, _ arguments: [Value]) throws -> Value? {
    let key = name.lowercased()
    guard ["getnames", "getvalues", "getname", "parse", "isdefined", "toobject"].contains(key),
      let first = arguments.first
    else { return nil }
    let type: PSType
    switch first.unwrapped {
    case .type(let given): type = given
    default:
      let text = first.toText()
      guard let found = lookupType(text) else {
        throw RuntimeError.make(
          "MethodArgumentConversionInvalidCastArgument",
          "Cannot convert argument \"enumType\", with value: \"\(text)\", for \"\(name)\" to type "
            + "\"System.Type\": \"Cannot convert the \"\(text)\" value of type \"System.String\" "
            + "to type \"System.Type\".\"", category: .notSpecified,
          exceptionType: "System.Management.Automation.MethodException")
      }
      type = found
    }
    if let definition = type.definition, definition.isEnum {
      return try scriptEnumStatic(key, definition, arguments)
    }
    guard let known = DotNetEnum.named(type.fullName) else {
      throw OperatorErrors.methodException(
        name, arguments.count, "Type provided must be an Enum. (Parameter 'enumType')")
    }
    switch key {
    case "getnames": return .array(known.names.map { .string($0) })
    case "getvalues": return .array(known.names.compactMap { known.value($0) })
    case "parse", "toobject", "getname", "isdefined":
      guard arguments.count >= 2 else { throw OperatorErrors.argumentCount(name, arguments.count) }
      if key == "isdefined" {
        let argument = arguments[1].unwrapped
        if case .string(let text) = argument { return .bool(known.names.contains(text)) }
        return .bool(
          argument.intValue.map { known.hasMember(number: Int32(clamping: $0)) } ?? false)
      }
      let converted = try DotNetEnum.cast(arguments[1], to: type) ?? .null
      return key == "getname" ? .string(converted.toText()) : converted
    default: return nil
    }
  }

  private func scriptEnumStatic(
    _ key: String, _ definition: ScriptTypeDefinition, _ arguments: [Value]
  ) throws -> Value? {
    switch key {
    case "getnames":
      return .array(definition.enumMembers.map { .string($0.name) })
    case "getvalues":
      return .array(definition.enumMembers.map { enumValue(definition, $0.value) })
    case "parse" where arguments.count >= 2, "toobject" where arguments.count >= 2:
      return try convertToEnum(arguments[1], definition)
    case "getname" where arguments.count >= 2:
      return .string(try convertToEnum(arguments[1], definition).toText())
    case "isdefined" where arguments.count == 2:
      if case .string(let text) = arguments[1].unwrapped {
        return .bool(definition.enumMembers.contains { $0.name == text })
      }
      let number = arguments[1].unwrapped.intValue.map(Int64.init)
      return .bool(definition.enumMembers.contains { $0.value == number })
    default:
      return nil
    }
  }
}
