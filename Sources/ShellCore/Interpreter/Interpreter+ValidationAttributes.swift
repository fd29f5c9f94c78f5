import ShellSyntax

/// Reads the validation attributes written on a parameter or a variable (`[ValidateRange(1,
/// 10)]`, `[ValidateScript({ ... }, ErrorMessage = '...')]`) into `ArgumentValidator`s.
extension Interpreter {
  /// The validator an attribute declares; nil when the attribute is not a validation one.
  func validator(_ attribute: AttributeAst, _ scope: Scope) throws -> ArgumentValidator? {
    var name = attribute.typeName.name.lowercased()
    if name.hasPrefix("system.management.automation.") {
      name.removeFirst("system.management.automation.".count)
    }
    if name.hasSuffix("attribute") { name.removeLast("attribute".count) }
    let arguments = try attribute.positionalArguments.map { try eval($0, scope) }
    var named: [String: Value] = [:]
    for (argumentName, expression) in attribute.namedArguments {
      named[argumentName.lowercased()] = try expression.map { try eval($0, scope) } ?? .bool(true)
    }
    let errorMessage = named["errormessage"].map { $0.toText() }
    let fail = { (message: String) in
      RuntimeError.make(
        "ValidationMetadataException", message, category: .metadataError,
        exceptionType: "System.Management.Automation.ValidationMetadataException"
      ).located(at: attribute.range)
    }
    switch name {
    case "validatenotnull": return .notNull
    case "validatenotnullorempty": return .notNullOrEmpty
    case "validatenotnullorwhitespace": return .notNullOrWhiteSpace
    case "validaterange":
      if arguments.count == 1 {
        let text = arguments[0].toText()
        guard
          let kind = ArgumentValidator.RangeKind.allCases.first(where: {
            $0.rawValue.caseInsensitiveCompare(text) == .orderedSame
          })
        else {
          throw fail(
            "Cannot convert value \"\(text)\" to type "
              + "\"System.Management.Automation.ValidateRangeKind\".")
        }
        return .rangeKind(kind)
      }
      guard arguments.count == 2 else { throw fail(argumentCountMessage(name, arguments.count)) }
      if let order = Operators.compare(arguments[0], arguments[1]), order > 0 {
        throw fail(
          "The specified maximum range cannot be accepted because it is less than the specified "
            + "minimum range. Update the ValidateRange attribute for the parameter.")
      }
      return .range(min: arguments[0], max: arguments[1])
    case "validatelength", "validatecount":
      guard arguments.count == 2 else { throw fail(argumentCountMessage(name, arguments.count)) }
      let limits = try arguments.map { value -> Int in
        guard case .int(let number) = try value.convert(to: .int) else { return 0 }
        return Int(number)
      }
      if limits[1] < limits[0] {
        throw fail(
          name == "validatelength"
            ? "The specified maximum character length of the argument is shorter than the "
              + "specified minimum argument character length. Update the ValidateLength "
              + "attribute for the parameter."
            : "The specified maximum number of arguments for a parameter is fewer than the "
              + "specified minimum number of arguments. Update the ValidateCount attribute for "
              + "the parameter.")
      }
      return name == "validatelength"
        ? .length(min: limits[0], max: limits[1]) : .count(min: limits[0], max: limits[1])
    case "validatepattern":
      guard arguments.count == 1 else { throw fail(argumentCountMessage(name, arguments.count)) }
      return .pattern(arguments[0].toText(), errorMessage: errorMessage)
    case "validatescript":
      guard arguments.count == 1, case .scriptBlock(let block) = arguments[0] else {
        throw fail(argumentCountMessage(name, arguments.count))
      }
      return .script(block, errorMessage: errorMessage)
    case "validateset":
      let values = arguments.flatMap { $0.enumerated.map { $0.toText() } }
      return .set(
        values, ignoreCase: named["ignorecase"]?.isTruthy ?? true, errorMessage: errorMessage)
    default:
      return nil
    }
  }

  private func argumentCountMessage(_ name: String, _ count: Int) -> String {
    "Cannot find an overload for \"\(name)\" and the argument count: \"\(count)\"."
  }
}

extension Interpreter {
  /// Assigns `[ValidateRange(1, 10)][int]$x = value`.
  ///
  /// The variable takes the attributes (replacing any it had) and its type, and the value must
  /// pass them now and on every later assignment. Attributes on anything but a variable only
  /// pass the value through.
  func storeAttributed(_ value: Value, into target: ExpressionAst, _ scope: Scope) throws {
    var validators: [ArgumentValidator] = []
    var current = target
    while case .attributed(let attribute, let inner) = current.kind {
      if let validator = try validator(attribute, scope) { validators.append(validator) }
      current = inner
    }
    var type: PSType?
    var variableExpression = current
    if case .convert(let typeName, let inner) = current.kind {
      type = try resolveType(typeName)
      variableExpression = inner
    }
    guard case .variable(let path, _) = variableExpression.kind, path.scope != "env" else {
      return try store(value, into: current, scope)
    }
    let context = operatorContext(scope)
    let rule = VariableConstraint.validation(
      path.name, validators, runScript: { try context.invokeScriptBlock($0, $1) })
    do {
      try assignVariable(path, value, scope, constraint: type, validation: rule)
    } catch let error as RuntimeError {
      throw error.located(at: target.range)
    }
  }
}
