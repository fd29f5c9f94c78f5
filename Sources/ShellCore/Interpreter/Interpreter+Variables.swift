import Foundation
import ShellSyntax

/// Variable reads and writes, with scope prefixes (`$global:`, `$script:`, `$env:`, ...).
extension Interpreter {
  /// A variable's value; one that does not exist is `$null`, or an error under strict mode
  /// (`inString`: read inside an expandable string, which version 1 allows).
  func readVariable(
    _ path: VariablePath, _ scope: Scope, range: SourceRange, inString: Bool = false
  ) throws -> Value {
    let found: Variable?
    switch path.scope {
    case nil:
      if path.key == "?" { return .bool(lastStatus) }
      found = scope.lookup(path.key)
    case "env":
      return ProcessInfo.processInfo.environment[path.name].map(Value.string)
        ?? environmentCaseInsensitive(path.name) ?? .null
    case "global": found = globalScope.local(path.key)
    case "script": found = scope.scriptScope.lookup(path.key)
    case "local", "private": found = scope.local(path.key)
    case "function":
      return functions[path.key].map { .scriptBlock($0.block) } ?? .null
    default:
      // Other drives (`$alias:`, `$variable:`) are provider paths, which strict mode leaves be.
      return scope.lookup(path.key)?.value ?? .null
    }
    if let found { return found.value }
    return try undefinedVariable(path, scope, range: range, inString: inString)
  }

  private func environmentCaseInsensitive(_ name: String) -> Value? {
    let lower = name.lowercased()
    return ProcessInfo.processInfo.environment.first { $0.key.lowercased() == lower }
      .map { .string($0.value) }
  }

  /// Assigns a variable as `$name = value` does: in the current scope unless prefixed; a
  /// `constraint` (from `[T]$name = value`) becomes the variable's type from now on.
  public func assignVariable(
    _ path: VariablePath, _ value: Value, _ scope: Scope, constraint: PSType? = nil,
    validation: ((Value) throws -> Void)? = nil
  ) throws {
    let target: Scope
    switch path.scope {
    case nil, "local", "private", "variable":
      if path.key == "null" { return }
      target = scope
    case "global": target = globalScope
    case "script": target = scope.scriptScope
    case "env":
      if value.isNull || value.toText().isEmpty {
        unsetenv(path.name)
      } else {
        setenv(path.name, value.toText(), 1)
      }
      return
    default:
      target = scope
    }
    if let existing = target.local(path.key) {
      if existing.isReadOnly {
        throw RuntimeError.make(
          "VariableNotWritable",
          "Cannot overwrite variable \(existing.name) because it is read-only or constant.",
          category: .writeError,
          exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException")
      }
      // A refused value changes nothing: neither the value nor a type given with it.
      existing.value = try VariableConstraint.admit(
        value, type: constraint ?? existing.typeConstraint,
        validate: validation ?? existing.validate)
      if let constraint { existing.typeConstraint = constraint }
      if let validation { existing.validate = validation }
    } else {
      if let outer = target.lookup(path.key), outer.isReadOnly {
        throw RuntimeError.make(
          "VariableNotWritable",
          "Cannot overwrite variable \(outer.name) because it is read-only or constant.",
          category: .writeError,
          exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException")
      }
      let admitted = try VariableConstraint.admit(value, type: constraint, validate: validation)
      let variable = target.set(path.name, admitted)
      variable.typeConstraint = constraint
      variable.validate = validation
    }
  }

  /// `target op= value` for every assignable target.
  func assign(
    target: ExpressionAst, op: AssignmentOperator, value: StatementAst, scope: Scope
  ) throws {
    let right = try evaluateStatementValue(value, scope)
    if op == .assign {
      do {
        if case .arrayLiteral(let targets) = target.kind {
          try assignMultiple(targets, right, scope)
        } else {
          try store(right, into: target, scope)
        }
      } catch let error as RuntimeError {
        // A typed variable that refuses the value points at the whole assignment, as pwsh.
        throw error.located(at: target.range.extended(to: value.range))
      }
      return
    }
    let current = try eval(target, scope).unwrapped
    let result: Value
    do {
      switch op {
      case .assign: result = right
      case .add: result = try Operators.add(current, right)
      case .subtract: result = try Operators.subtract(current, right)
      case .multiply: result = try Operators.binary(.multiply, current, right, .detached)
      case .divide: result = try Operators.binary(.divide, current, right, .detached)
      case .remainder: result = try Operators.binary(.remainder, current, right, .detached)
      case .nullCoalesce: result = current.isNull ? right : current
      }
    } catch let error as RuntimeError {
      throw error.located(at: target.range.extended(to: value.range))
    }
    do {
      try store(result, into: target, scope)
    } catch let error as RuntimeError {
      throw error.located(at: target.range.extended(to: value.range))
    }
  }

  /// `$a, $b = 1, 2, 3`: each target takes one value and the last one takes the rest.
  private func assignMultiple(_ targets: [ExpressionAst], _ value: Value, _ scope: Scope) throws {
    let items = value.enumerated
    for (index, target) in targets.enumerated() {
      let assigned: Value
      if index == targets.count - 1 {
        let rest = Array(items.dropFirst(index))
        assigned = rest.count > 1 ? .array(rest) : (rest.first ?? .null)
      } else {
        assigned = index < items.count ? items[index] : .null
      }
      try store(assigned, into: target, scope)
    }
  }

  /// Stores a value into a variable, property or element expression.
  func store(_ value: Value, into target: ExpressionAst, _ scope: Scope) throws {
    switch target.kind {
    case .variable(let path, _):
      try assignVariable(path, value, scope)
    case .attributed:
      try storeAttributed(value, into: target, scope)
    case .convert(let typeName, let inner):
      let type = try resolveType(typeName)
      // `[int]$x = 5` types the variable itself, which converts the value as any later
      // assignment; `[int]$a.b = 5` only converts the value.
      if case .variable(let path, _) = inner.kind, path.scope != "env" {
        try assignVariable(path, value, scope, constraint: type)
        return
      }
      let converted: Value
      do {
        converted = try value.convert(to: type)
      } catch let error as RuntimeError {
        throw error.located(at: target.range)
      }
      try store(converted, into: inner, scope)
    case .member(let objectExpression, let memberExpression, _, _):
      let object = try eval(objectExpression, scope)
      let name = try eval(memberExpression, scope).toText()
      try setMember(object, name, value, range: target.range)
    case .index(let objectExpression, let indexExpression, _):
      let object = try eval(objectExpression, scope)
      let index = try eval(indexExpression, scope)
      try setElement(object, index, value, range: target.range)
    case .paren(let statement):
      if case .pipeline(let pipeline) = statement.kind, pipeline.elements.count == 1,
        case .expression(let inner, _) = pipeline.elements[0]
      {
        try store(value, into: inner, scope)
        return
      }
      fallthrough
    default:
      throw RuntimeError.make(
        "InvalidLeftHandSide",
        "The assignment expression is not valid. The input to an assignment operator must be an "
          + "object that is able to accept assignments, such as a variable or a property.",
        category: .parserError
      ).located(at: target.range)
    }
  }

  func setMember(_ object: Value, _ name: String, _ value: Value, range: SourceRange) throws {
    switch object {
    case .object(let psObject):
      if let type = psObject.scriptType {
        do {
          if try setScriptProperty(psObject, type, name, value) { return }
        } catch let error as RuntimeError {
          throw error.located(at: range)
        }
      }
      if let rawUI = psObject.base as? HostRawUI {
        do {
          if try rawUI.set(name, value) { return }
        } catch let error as RuntimeError {
          throw error.located(at: range)
        }
      }
      if psObject.property(name) == nil, psObject.base != nil {
        break
      }
      psObject.set(name, value)
      return
    case .hashtable(let table):
      do {
        try table.assign(.string(name), value)
      } catch let error as RuntimeError {
        throw error.located(at: range)
      }
      return
    case .type(let type):
      do {
        if let definition = type.definition {
          return try setScriptStaticProperty(definition, name, value)
        }
        if type.fullName == ConsoleMembers.typeName,
          try ConsoleMembers.setProperty(name.lowercased(), value, host: host)
        {
          return
        }
      } catch let error as RuntimeError {
        throw error.located(at: range)
      }
    default:
      break
    }
    throw RuntimeError.make(
      "PropertyAssignmentException",
      "The property '\(name)' cannot be found on this object. Verify that the property exists "
        + "and can be set.", category: .invalidOperation
    ).located(at: range)
  }

  func setElement(_ object: Value, _ index: Value, _ value: Value, range: SourceRange) throws {
    switch object {
    case .array(let array):
      guard var position = index.intValue else {
        throw RuntimeError.make(
          "InvalidCastFromStringToInteger",
          "Cannot convert value \"\(index.toText())\" to type \"System.Int32\".",
          category: .invalidArgument
        ).located(at: range)
      }
      if position < 0 { position += array.items.count }
      guard position >= 0, position < array.items.count else {
        throw RuntimeError.make(
          "IndexOutOfRange", "Index was outside the bounds of the array.",
          category: .invalidOperation
        ).located(at: range)
      }
      array.items[position] = value
      if let itemType = array.collectionType.map(\.storedItemType) {
        do {
          array.items[position] = try value.convert(to: itemType)
        } catch let error as RuntimeError {
          throw error.located(at: range)
        }
      }
    case .hashtable(let table):
      do {
        try table.assign(index, value)
      } catch let error as RuntimeError {
        throw error.located(at: range)
      }
    case .object(let psObject):
      psObject.set(index.toText(), value)
    case .null:
      throw RuntimeError.make(
        "NullArray", "Cannot index into a null array.", category: .invalidOperation
      ).located(at: range)
    default:
      throw RuntimeError.make(
        "CannotIndex",
        "Unable to index into an object of type \(object.dotNetType.fullName).",
        category: .invalidOperation
      ).located(at: range)
    }
  }
}
