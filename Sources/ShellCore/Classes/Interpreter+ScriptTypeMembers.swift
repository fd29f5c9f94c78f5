import ShellSyntax

/// Where script types meet the rest of the engine: casts to them, their static members,
/// typed property assignment, operators on enum values, and `[enum]::GetNames()`.
extension Interpreter {
  /// A value cast to a script class or enum; nil when `-as` should give `$null`.
  func convertToScriptType(_ value: Value, _ definition: ScriptTypeDefinition) throws -> Value {
    if definition.isEnum { return try convertToEnum(value, definition) }
    if value.isNull { return .null }
    if case .object(let object) = value,
      object.typeNames.contains(where: { $0.caseInsensitiveEquals(definition.name) })
    {
      return value
    }
    let single = definition.constructors.filter { $0.parameters.count == 1 }
    if case .hashtable(let table) = value {
      let takesTable = single.contains { constructor in
        guard let written = constructor.parameters[0].typeName?.name.lowercased() else {
          return true
        }
        return ["hashtable", "system.collections.hashtable", "object", "system.object"].contains(
          written)
      }
      if takesTable { return try construct(definition, [value]) }
      return try constructFromTable(definition, table)
    }
    guard !single.isEmpty else {
      throw RuntimeError.make(
        "ConvertToFinalInvalidCastException",
        "Cannot convert the \"\(value.toText())\" value of type \"\(value.dotNetType.fullName)\" "
          + "to type \"\(definition.name)\".", category: .invalidArgument,
        exceptionType: "System.Management.Automation.PSInvalidCastException")
    }
    return try construct(definition, [value])
  }

  /// `[T]@{ Name = 'x' }`: the parameterless constructor, then each key set as a property.
  private func constructFromTable(_ definition: ScriptTypeDefinition, _ table: PSHashtable)
    throws -> Value
  {
    let object = try newInstance(definition)
    try runConstructor(definition, object, [])
    let properties = definition.instanceProperties
    for (key, value) in table.entries {
      let name = key.toText()
      guard let property = properties.first(where: { $0.name.caseInsensitiveEquals(name) }) else {
        let settable = properties.map { property in
          "[\(property.name) <\(property.type?.fullName ?? "System.Object")>]"
        }.joined(separator: ", ")
        throw RuntimeError.make(
          "ObjectCreationError",
          "Cannot create object of type \"\(definition.name)\". The property '\(name)' was not "
            + "found for the '\(definition.name)' object. The settable properties are: "
            + "\(settable).", category: .invalidArgument)
      }
      var converted = value
      if let type = property.type {
        converted = try convertProperty(value, to: type, property.name)
      }
      object.set(property.name, converted)
    }
    return .object(object)
  }

  /// `[T]::Name` of a script type: a static property or an enum member.
  func scriptStaticProperty(_ definition: ScriptTypeDefinition, _ name: String) throws -> Value {
    if definition.isEnum {
      guard
        let member = definition.enumMembers.first(where: { $0.name.caseInsensitiveEquals(name) })
      else { return .null }
      return enumValue(definition, member.value)
    }
    guard let owner = definition.staticOwner(of: name) else { return .null }
    return owner.staticValues[name.lowercased()] ?? .null
  }

  /// `[T]::Name = value` of a script class.
  func setScriptStaticProperty(_ definition: ScriptTypeDefinition, _ name: String, _ value: Value)
    throws
  {
    guard let owner = definition.staticOwner(of: name),
      let property = owner.properties.first(where: {
        $0.isStatic && $0.name.caseInsensitiveEquals(name)
      })
    else {
      throw RuntimeError.make(
        "PropertyAssignmentException",
        "The property '\(name)' cannot be found on this object. Verify that the property exists "
          + "and can be set.", category: .invalidOperation)
    }
    var converted = value
    if let type = property.type { converted = try convertProperty(value, to: type, property.name) }
    owner.staticValues[name.lowercased()] = converted
  }

  /// `[T]::new(...)` and static methods of a script type.
  func invokeScriptStatic(
    _ definition: ScriptTypeDefinition, _ name: String, _ arguments: [Value]
  ) throws -> Value {
    if name.lowercased() == "new" {
      if definition.isEnum {
        guard arguments.isEmpty else { throw OperatorErrors.argumentCount("new", arguments.count) }
        return enumValue(definition, 0)
      }
      return try construct(definition, arguments)
    }
    return try invokeScriptMethod(definition, name, this: nil, arguments)
  }

  /// `$obj.Prop = value` on a script class instance: the value converted to the property type.
  func setScriptProperty(
    _ object: PSObject, _ type: ScriptTypeDefinition, _ name: String,
    _ value: Value
  ) throws -> Bool {
    guard
      let property = type.instanceProperties.first(where: { $0.name.caseInsensitiveEquals(name) })
    else { return false }
    var converted = value
    if let propertyType = property.type {
      converted = try convertProperty(value, to: propertyType, property.name)
    }
    object.set(property.name, converted)
    return true
  }

  /// Binary operators with an enum value on the left, or a type test of a script object;
  /// nil when the ordinary operators apply.
  func scriptTypeBinary(
    _ op: BinaryOperator, _ lhs: Value, _ rhs: Value, _ context: OperatorContext
  )
    throws -> Value?
  {
    guard case .object(let object) = lhs, let type = object.scriptType else { return nil }
    switch op {
    case .isType, .isNotType, .asType:
      return try Operators.binary(op, lhs, rhs.unwrapped, context)
    default: break
    }
    guard type.isEnum, let left = object.baseValue?.intValue.map(Int64.init) else { return nil }
    switch op {
    case .comparison(let comparison, _) where [.eq, .ne].contains(comparison):
      let equal = (try? enumNumber(rhs, type)) == left  // a value that does not convert differs
      return .bool(comparison == .eq ? equal : !equal)
    case .band, .bor, .bxor:
      let right = try enumNumber(rhs, type)
      let result: Int64 =
        op == .band ? left & right : op == .bor ? left | right : left ^ right
      return enumValue(type, result)
    default:
      return nil
    }
  }
}
