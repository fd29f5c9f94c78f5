import ShellSyntax

/// Defining script classes and enums when their script block starts, and finding them by name.
extension Interpreter {
  /// Defines the classes and enums of a script body before its first statement runs, as pwsh
  /// does at parse time, so a type may be used above its definition.
  func defineTypes(_ asts: [TypeDefinitionAst], _ scope: Scope) throws {
    let made = asts.map { ScriptTypeDefinition(ast: $0, interpreter: self, scope: scope) }
    for definition in made { scriptTypes[definition.name.lowercased()] = definition }
    do {
      for definition in made where definition.isEnum { try defineEnum(definition) }
      for definition in made where !definition.isEnum { try defineClass(definition) }
      for definition in made where !definition.isEnum { try initializeStatics(definition) }
    } catch var error as RuntimeError {
      // A type that cannot be defined stops the script, as pwsh's parse errors do.
      error.scope = .script
      throw error
    }
  }

  /// A type by the name written in brackets: script types first, then the built-in ones.
  func lookupType(_ written: String) -> PSType? {
    if !scriptTypes.isEmpty {
      let trimmed = written.trimmingCharacters(in: .whitespaces)
      if let definition = scriptTypes[trimmed.lowercased()] { return definition.type }
      if trimmed.hasSuffix("[]"),
        let element = scriptTypes[String(trimmed.dropLast(2)).lowercased()]
      {
        return PSType(
          kind: .typedArray, fullName: element.name + "[]", elementFullName: element.name,
          definition: element)
      }
    }
    if let type = PSType.resolve(written) { return type }
    if ["enum", "system.enum"].contains(written.lowercased()) { return Self.systemEnum }
    return nil
  }

  static let systemEnum = PSType(kind: .other, fullName: "System.Enum")

  /// A type by name for commands (New-Object): script classes and enums included.
  public func resolveTypeName(_ written: String) -> PSType? { lookupType(written) }

  /// `New-Object T args` and `[T]::new(args)`, for script types as for built-in ones.
  public func newObject(of type: PSType, arguments: [Value], scope: Scope) throws -> Value {
    if let definition = type.definition {
      return try invokeScriptStatic(definition, "new", arguments)
    }
    return try Members.invokeStatic(
      on: type, named: "new", arguments: arguments, context: operatorContext(scope))
  }

  /// `TypeNotFound` at a type name, as the parser reports an unknown type.
  func typeNotFound(_ typeName: TypeName) -> RuntimeError {
    let error = RuntimeError.make(
      "TypeNotFound", "Unable to find type [\(typeName.name)].", category: .parserError)
    return typeName.range.map { error.located(at: $0) } ?? error
  }

  private func defineClass(_ definition: ScriptTypeDefinition) throws {
    let ast = definition.ast
    if let first = ast.baseTypes.first {
      if let base = scriptTypes[first.name.lowercased()], !base.isEnum, base !== definition {
        definition.baseClass = base
      } else if PSType.resolve(first.name) == nil {
        throw typeNotFound(first)
      }
    }
    for typeName in ast.baseTypes.dropFirst() where lookupType(typeName.name) == nil {
      throw typeNotFound(typeName)
    }
    for property in ast.properties {
      var type: PSType?
      if let typeName = property.typeName {
        guard let resolved = lookupType(typeName.name) else { throw typeNotFound(typeName) }
        type = resolved
      }
      definition.properties.append(
        .init(
          name: property.name, type: type, isStatic: property.isStatic,
          isHidden: property.isHidden, ast: property))
    }
    for method in ast.methods {
      for parameter in method.parameters {
        if let typeName = parameter.typeName, lookupType(typeName.name) == nil {
          throw typeNotFound(typeName)
        }
      }
      if method.isConstructor {
        definition.constructors.append(method)
        continue
      }
      if let returnType = method.returnType {
        guard lookupType(returnType.name) != nil else { throw typeNotFound(returnType) }
        if returnType.name.lowercased() != "void", !Self.hasReturn(method.body) {
          throw RuntimeError.make(
            "MethodHasCodePathNotReturn", "Not all code path returns value within method.",
            category: .parserError
          ).located(at: method.body.range)
        }
      }
      definition.methods[method.name.lowercased(), default: []].append(method)
    }
    try checkBaseConstructor(definition)
  }

  /// pwsh's BaseClassNoDefaultCtor: a constructor that does not call `base(...)` needs a
  /// parameterless one in the base class.
  private func checkBaseConstructor(_ definition: ScriptTypeDefinition) throws {
    guard let base = definition.baseClass, !base.constructors.isEmpty,
      !base.constructors.contains(where: { $0.parameters.isEmpty })
    else { return }
    let implicit =
      definition.constructors.isEmpty
      || definition.constructors.contains { $0.baseArguments == nil }
    if implicit {
      throw RuntimeError.make(
        "BaseClassNoDefaultCtor",
        "Base class '\(base.name)' does not contain a parameterless constructor.",
        category: .parserError
      ).located(at: definition.ast.nameRange)
    }
  }

  /// True when a method body has a `return` outside nested script blocks.
  private static func hasReturn(_ body: ScriptBlockAst) -> Bool {
    !AstWalk.findAll(.scriptBlock(body), searchNestedScriptBlocks: false) { node in
      if case .statement(let statement) = node, case .returnStatement(let value) = statement.kind {
        return value != nil
      }
      if case .statement(let statement) = node, case .throwStatement = statement.kind {
        return true
      }
      return false
    }.isEmpty
  }

  /// Evaluates the initializers of static properties, base classes' first.
  private func initializeStatics(_ definition: ScriptTypeDefinition) throws {
    for property in definition.properties where property.isStatic {
      var value = defaultValue(of: property.type)
      if let initializer = property.ast.initializer {
        let scope = Scope(parent: definition.scope)
        value = try eval(initializer, scope)
        if let type = property.type { value = try convertProperty(value, to: type, property.name) }
      }
      definition.staticValues[property.name.lowercased()] = value
    }
  }

  /// The value a typed property or variable starts with: zero for numbers, `$false`, the first
  /// enum value; `$null` for everything else.
  func defaultValue(of type: PSType?) -> Value {
    guard let type else { return .null }
    switch type.kind {
    case .int, .byte: return .int(0)
    case .long: return .long(0)
    case .double: return .double(0)
    case .decimal: return .decimal(0)
    case .bool, .switchParameter: return .bool(false)
    case .char: return .char("\0")
    case .timeSpan: return .timeSpan(TimeSpan(ticks: 0))
    case .scriptEnum:
      return type.definition.map { enumValue($0, 0) } ?? .null
    default: return .null
    }
  }

  /// A value converted to a property's type, with pwsh's ExceptionWhenSetting error.
  func convertProperty(_ value: Value, to type: PSType, _ name: String) throws -> Value {
    do {
      return try value.convert(to: type)
    } catch let error as RuntimeError {
      throw RuntimeError.make(
        "ExceptionWhenSetting",
        "Exception setting \"\(name)\": \"\(error.record.message)\"", category: .notSpecified,
        exceptionType: "System.Management.Automation.SetValueInvocationException")
    }
  }
}
