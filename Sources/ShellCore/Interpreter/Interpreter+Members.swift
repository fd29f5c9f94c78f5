import ShellSyntax

/// Member access, method calls and indexing, with member-access enumeration on arrays.
extension Interpreter {
  func evalMember(
    _ target: ExpressionAst, _ member: ExpressionAst, _ isStatic: Bool, _ isNullConditional: Bool,
    _ scope: Scope, _ range: SourceRange
  ) throws -> Value {
    let name = try eval(member, scope).toText()
    if isStatic {
      let type = try staticTarget(target, scope)
      do {
        if let definition = type.definition {
          return try scriptStaticProperty(definition, name)
        }
        if type.fullName == AutomationNull.typeName, name.lowercased() == "value" {
          return .automationNull
        }
        if type.fullName == ConsoleMembers.typeName,
          let value = try ConsoleMembers.property(name.lowercased(), host: host)
        {
          return value
        }
        return try Members.staticProperty(of: type, named: name)
      } catch let error as RuntimeError {
        throw error.located(at: range)
      }
    }
    let object = try eval(target, scope)
    if isNullConditional, object.isNull { return .null }
    let value = memberValue(object, name)
    if strictModeSeen {
      do {
        try checkStrictMember(object, name, value, scope)
      } catch let error as RuntimeError {
        throw error.located(at: range)
      }
    }
    return value
  }

  /// A property's value; on an array without that property, the values of its elements'
  /// properties (member-access enumeration); `$null` when nothing has it.
  public func memberValue(_ wrapped: Value, _ name: String) -> Value {
    // Members added to a wrapped primitive (Add-Member -PassThru on a string) come first.
    if case .object(let outer) = wrapped, outer.baseValue != nil {
      if let value = outer.value(of: name) { return value }
      // The wrapper's own type names (Add-Member -TypeName) and view, not the primitive's.
      if ["pstypenames", "psobject"].contains(name.lowercased()),
        let value = intrinsicMember(wrapped, name)
      {
        return value
      }
      // An enum value's number, as .NET enums expose it.
      if outer.scriptType != nil, name.lowercased() == "value__" { return outer.baseValue ?? .null }
    }
    let object = wrapped.unwrapped
    if let value = Members.property(of: object, named: name) { return value }
    if let value = intrinsicMember(object, name) { return value }
    if case .array(let array) = object {
      var values: [Value] = []
      for element in array.items {
        let value = memberValue(element, name)
        if case .array(let nested) = value, !element.isEnumerable {
          values.append(contentsOf: nested.items)
        } else if !value.isNull || Members.property(of: element, named: name) != nil {
          values.append(value)
        }
      }
      if values.isEmpty { return .null }
      return values.count == 1 ? values[0] : .array(values)
    }
    return .null
  }

  /// Members every value has in PowerShell: `psobject`, `PSTypeNames`, and `IsPresent` of a
  /// switch parameter (switches are Booleans here).
  private func intrinsicMember(_ object: Value, _ name: String) -> Value? {
    switch name.lowercased() {
    case "count", "length":
      // PowerShell gives every value a Count and Length; `$null` has none, so 0.
      return object.isNull ? .int(0) : nil
    case "ispresent":
      if case .bool(let flag) = object { return .bool(flag) }
      return nil
    case "pstypenames":
      return object.isNull ? nil : PSObjectView.typeNameList(for: object)
    case "psobject":
      guard !object.isNull else { return nil }
      return .object(PSObjectView.make(for: object))
    default:
      return nil
    }
  }

  func evalInvoke(
    _ target: ExpressionAst, _ member: ExpressionAst, _ argumentExpressions: [ExpressionAst],
    _ isStatic: Bool, _ isNullConditional: Bool, _ scope: Scope, _ range: SourceRange
  ) throws -> Value {
    let name = try eval(member, scope).toText()
    let arguments = try argumentExpressions.map { try eval($0, scope) }
    let context = operatorContext(scope)
    do {
      if isStatic {
        let type = try staticTarget(target, scope)
        if type.fullName == PowerShellApi.typeName, name.lowercased() == "create" {
          return PowerShellApi.create(parent: self)
        }
        if type.fullName == RunspaceObject.factoryTypeName {
          switch name.lowercased() {
          case "createrunspace": return RunspaceObject.create(parent: self)
          case "createrunspacepool": return try RunspaceObject.createPool(parent: self, arguments)
          default: break
          }
        }
        if let definition = type.definition {
          return try invokeScriptStatic(definition, name, arguments)
        }
        if type.fullName == ConsoleMembers.typeName,
          let result = try ConsoleMembers.invoke(
            MethodCall(
              target: .type(type), name: name, key: name.lowercased(), arguments: arguments),
            host: host)
        {
          return result
        }
        if type.fullName == "System.Enum", let result = try systemEnumStatic(name, arguments) {
          return result
        }
        return try Members.invokeStatic(
          on: type, named: name, arguments: arguments, context: context)
      }
      let object = try eval(target, scope)
      if isNullConditional, object.isNull { return .null }
      return try invokeMethod(object, name, arguments, context, scope)
    } catch let error as RuntimeError {
      throw error.located(at: range)
    }
  }

  /// Calls a method; script blocks' `Invoke` runs here, and a method an array lacks is
  /// applied to each element.
  public func invokeMethod(
    _ wrapped: Value, _ name: String, _ arguments: [Value], _ context: OperatorContext,
    _ scope: Scope
  ) throws -> Value {
    if case .object(let outer) = wrapped, outer.baseValue != nil,
      let method = outer.methods[name.lowercased()]
    {
      return try method.invoke(arguments)
    }
    if let result = Members.wrappedTypeMethod(wrapped, name, arguments) { return result }
    let object = wrapped.unwrapped
    if case .scriptBlock(let block) = object {
      let lower = name.lowercased()
      if lower == "invoke" || lower == "invokereturnasis" {
        let sink = CollectingSink()
        try invokeScriptBlock(block, scope: scope, arguments: arguments, input: nil, output: sink)
        return lower == "invoke" ? .array(sink.items) : sink.result
      }
    }
    do {
      return try Members.invokeMethod(
        on: object, named: name, arguments: arguments, context: context)
    } catch let error as RuntimeError where error.record.fullyQualifiedErrorId == "MethodNotFound" {
      guard case .array(let array) = object, !array.items.isEmpty else { throw error }
      var results: [Value] = []
      for element in array.items {
        let result = try invokeMethod(element, name, arguments, context, scope)
        if !result.isNull { results.append(result) }
      }
      return results.count == 1 ? results[0] : .array(results)
    }
  }

  private func staticTarget(_ target: ExpressionAst, _ scope: Scope) throws -> PSType {
    switch target.kind {
    case .typeLiteral(let typeName): return try resolveType(typeName)
    default:
      let value = try eval(target, scope)
      if case .type(let type) = value { return type }
      return value.dotNetType
    }
  }

  /// `$a[i]`, `$a[-1]`, `$a[1..3]`, `$a[0,2]`, `$h['key']`, `'abc'[0]`.
  func indexValue(_ object: Value, _ index: Value, range: SourceRange) throws -> Value {
    switch object {
    case .null:
      throw RuntimeError.make(
        "NullArray", "Cannot index into a null array.", category: .invalidOperation
      ).located(at: range)
    case .hashtable(let table):
      if case .array(let keys) = index {
        return .array(keys.items.map { table[$0] ?? .null })
      }
      return table[index] ?? .null
    case .array(let array):
      if let key = array.keyProperty, case .string(let name) = index {
        let wanted = name.lowercased()
        return array.items.first { $0.psObject?.value(of: key)?.toText().lowercased() == wanted }
          ?? .null
      }
      return select(from: array.items, index)
    case .string(let text):
      let characters = text.map { Value.char($0) }
      return select(from: characters, index)
    case .object(let psObject):
      if let value = psObject.value(of: index.toText()) { return value }
      throw RuntimeError.make(
        "CannotIndex", "Unable to index into an object of type \(psObject.typeName).",
        category: .invalidOperation
      ).located(at: range)
    default:
      return select(from: [object], index)
    }
  }

  private func select(from items: [Value], _ index: Value) -> Value {
    if case .array(let indexes) = index {
      let picked = indexes.items.compactMap { element(of: items, at: $0) }
      return .array(picked)
    }
    return element(of: items, at: index) ?? .null
  }

  private func element(of items: [Value], at index: Value) -> Value? {
    guard var position = index.intValue else { return nil }
    if position < 0 { position += items.count }
    guard position >= 0, position < items.count else { return nil }
    return items[position]
  }
}
