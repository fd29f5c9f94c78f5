import ShellSyntax

/// Creating instances of script classes: property defaults and initializers, the constructor
/// chain, and the methods each instance carries.
extension Interpreter {
  /// `[T]::new(args)` and `New-Object T args`.
  func construct(_ type: ScriptTypeDefinition, _ arguments: [Value]) throws -> Value {
    let object = try newInstance(type)
    try runConstructor(type, object, arguments)
    return .object(object)
  }

  /// An instance with every property at its default or initial value, before any constructor.
  func newInstance(_ type: ScriptTypeDefinition) throws -> PSObject {
    let object = PSObject(typeNames: type.typeNames)
    object.base = type
    let properties = type.instanceProperties
    for property in properties {
      object.set(property.name, defaultValue(of: property.type))
      let typeText = property.type.map { Self.memberTypeName($0) } ?? "System.Object"
      object.describeProperty(
        property.name, memberType: "Property", definition: "\(typeText) \(property.name) {get;set;}"
      )
    }
    for owner in type.lineage.reversed() {
      for property in owner.properties where !property.isStatic {
        guard let initializer = property.ast.initializer else { continue }
        let scope = Scope(parent: owner.scope)
        scope.set("this", .object(object))
        var value = try eval(initializer, scope)
        if let propertyType = property.type {
          value = try convertProperty(value, to: propertyType, property.name)
        }
        object.set(property.name, value)
      }
    }
    if properties.contains(where: \.isHidden) {
      object.defaultDisplayPropertySet = properties.filter { !$0.isHidden }.map(\.name)
    }
    installMethods(type, on: object)
    return object
  }

  /// The short type name Get-Member shows in a definition (`string`, `int`, `Foo`).
  static func memberTypeName(_ type: PSType) -> String {
    let aliases: [String: String] = [
      "System.String": "string", "System.Int32": "int", "System.Int64": "long",
      "System.Boolean": "bool", "System.Double": "double", "System.Decimal": "decimal",
      "System.Object": "System.Object", "System.Char": "char", "System.Byte": "byte",
      "System.Collections.Hashtable": "hashtable", "System.Object[]": "System.Object[]",
    ]
    return aliases[type.fullName] ?? type.fullName
  }

  /// Gives the instance one method per name, choosing the overload by argument count.
  private func installMethods(_ type: ScriptTypeDefinition, on object: PSObject) {
    var names: [String: String] = [:]
    for owner in type.lineage {
      for (key, overloads) in owner.methods where names[key] == nil {
        if overloads.contains(where: { !$0.isStatic }) { names[key] = overloads[0].name }
      }
    }
    for (key, name) in names {
      let overloads = type.overloads(key, isStatic: false)
      let definition = overloads.map { method in
        let returns = method.returnType.map {
          lookupType($0.name).map(Self.memberTypeName) ?? $0.name
        }
        let parameters = method.parameters.map { parameter in
          let typeText = parameter.typeName.map {
            lookupType($0.name).map(Self.memberTypeName) ?? $0.name
          }
          return "\(typeText ?? "System.Object") \(parameter.name.name)"
        }
        return "\(returns ?? "System.Object") \(method.name)(\(parameters.joined(separator: ", ")))"
      }.joined(separator: ", ")
      object.methods[key] = PSMethod(name: name, definition: definition) {
        // Weak: a copy of the object (psobject.Copy()) shares these closures and may outlive it.
        [weak self, weak object] arguments in
        guard let self, let object else { throw OperatorErrors.methodOnNull() }
        return try self.invokeScriptMethod(type, name, this: object, arguments)
      }
    }
    let hasToString = type.overloads("tostring", isStatic: false).contains {
      $0.parameters.isEmpty
    }
    object.stringValue = { [weak self, weak object] in
      guard hasToString, let self, let object else { return type.name }
      do {
        return try self.invokeScriptMethod(type, "ToString", this: object, []).toText()
      } catch {
        // A ToString that fails while an object is being shown falls back to the type name.
        return type.name
      }
    }
  }

  /// Runs the constructor that fits the arguments, after the base class's.
  func runConstructor(_ type: ScriptTypeDefinition, _ object: PSObject, _ arguments: [Value])
    throws
  {
    guard !type.constructors.isEmpty else {
      guard arguments.isEmpty else { throw OperatorErrors.argumentCount("new", arguments.count) }
      if let base = type.baseClass { try runConstructor(base, object, []) }
      return
    }
    guard let constructor = Self.bestOverload(type.constructors, for: arguments) else {
      throw OperatorErrors.argumentCount("new", arguments.count)
    }
    let scope = try methodScope(type, constructor, this: object, arguments)
    if let base = type.baseClass {
      let baseArguments = try (constructor.baseArguments ?? []).map { try eval($0, scope) }
      try runConstructor(base, object, baseArguments)
    }
    _ = try runMethodBody(constructor, scope)
  }

  /// A method of an instance (`this` set) or a static one (`this` nil), by name and arguments.
  func invokeScriptMethod(
    _ type: ScriptTypeDefinition, _ name: String, this: PSObject?, _ arguments: [Value]
  ) throws -> Value {
    let overloads = type.overloads(name, isStatic: this == nil)
    guard !overloads.isEmpty else {
      throw OperatorErrors.methodNotFound(type.name, name)
    }
    guard let method = Self.bestOverload(overloads, for: arguments) else {
      throw OperatorErrors.argumentCount(name, arguments.count)
    }
    let owner =
      type.lineage.first { candidate in
        (candidate.methods[name.lowercased()] ?? []).contains {
          $0.range.startOffset == method.range.startOffset
        }
      } ?? type
    let scope = try methodScope(owner, method, this: this, arguments)
    let result = try runMethodBody(method, scope)
    guard let returnType = method.returnType else { return .automationNull }
    if returnType.name.lowercased() == "void" { return .automationNull }
    guard let type = lookupType(returnType.name) else { return result }
    return try result.convert(to: type)
  }

  /// The overload with as many parameters as there are arguments, preferring one whose
  /// parameter types the arguments already have.
  static func bestOverload(_ overloads: [FunctionMemberAst], for arguments: [Value])
    -> FunctionMemberAst?
  {
    let fitting = overloads.filter { $0.parameters.count == arguments.count }
    if fitting.count <= 1 { return fitting.first }
    return fitting.max { score($0, arguments) < score($1, arguments) }
  }

  private static func score(_ method: FunctionMemberAst, _ arguments: [Value]) -> Int {
    zip(method.parameters, arguments).reduce(0) { total, pair in
      guard let written = pair.0.typeName?.name else { return total }
      let wanted = PSType.resolve(written)?.fullName ?? written
      return total + (pair.1.typeNameChain.contains { $0.caseInsensitiveEquals(wanted) } ? 1 : 0)
    }
  }

  /// A new scope for a method body: `$this` and the parameters converted to their types.
  private func methodScope(
    _ type: ScriptTypeDefinition, _ method: FunctionMemberAst, this: PSObject?,
    _ arguments: [Value]
  ) throws -> Scope {
    let scope = Scope(parent: type.scope)
    if let this { scope.set("this", .object(this)) }
    for (index, parameter) in method.parameters.enumerated() {
      var value = index < arguments.count ? arguments[index] : .null
      if let typeName = parameter.typeName, let wanted = lookupType(typeName.name) {
        do {
          value = try value.convert(to: wanted)
        } catch let error as RuntimeError {
          throw RuntimeError.make(
            "MethodArgumentConversionInvalidCastArgument",
            "Cannot convert argument \"\(parameter.name.name)\", with value: \"\(value.toText())\", "
              + "for \"\(method.name)\" to type \"\(wanted.fullName)\": \"\(error.record.message)\"",
            category: .notSpecified,
            exceptionType: "System.Management.Automation.MethodException")
        }
      }
      scope.set(parameter.name.name, value)
    }
    return scope
  }

  /// Runs a method or constructor body; only `return` gives it a value.
  private func runMethodBody(_ method: FunctionMemberAst, _ scope: Scope) throws -> Value {
    let result = CollectingSink()
    scope.methodResult = result
    try enterCall(range: method.range)
    defer { leaveCall() }
    do {
      if let body = method.body.endBlock { try execute(body, scope, NullSink()) }
    } catch ControlFlow.returnFromBlock {
      // `return` wrote its value to `result`.
    }
    return result.result
  }
}
