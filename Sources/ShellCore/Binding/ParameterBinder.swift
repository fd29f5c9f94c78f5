import ShellSyntax

/// Binds evaluated arguments to declared parameters the way PowerShell's binder does:
/// named arguments first (exact name or alias, else an unambiguous prefix), then positional
/// ones in position order, then conversion to the parameter types and set resolution.
struct ParameterBinder {
  let commandName: String
  /// What follows the comma in the binder's FullyQualifiedErrorIds (see
  /// `CmdletDeclaration.errorIdSource`); the command's name for functions.
  var errorIdSource: String?
  let parameters: [ParameterDeclaration]
  let defaultSet: String?
  /// Simple functions put unknown `-Name` tokens and extra values into `$args`.
  let acceptsUnboundArguments: Bool
  /// Script functions report conversion failures as argument transformation errors.
  let isScript: Bool
  /// Runs a `[ValidateScript]` block; validation scripts fail when there is none.
  var runValidationScript: ArgumentValidator.ScriptRunner?

  /// Binds the command-line arguments; pipeline parameters are bound later per object.
  func bind(_ arguments: [BindArgument]) throws -> BoundParameters {
    var bound = BoundParameters()
    // Positional values in order; `leftover` marks an unknown `-Name` (and its attached value)
    // that only `$args` or a ValueFromRemainingArguments parameter takes, in its place.
    var positional: [(value: Value, range: SourceRange, leftover: Bool)] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      index += 1
      switch argument {
      case .value(let value, let range):
        positional.append((value, range, false))
      case .parameter(let name, let attached, let range):
        guard let parameter = try resolve(name, range: range) else {
          positional.append((.string("-" + name + (attached != nil ? ":" : "")), range, true))
          if let attached { positional.append((attached, range, true)) }
          continue
        }
        if bound.contains(parameter.name) {
          throw bindingError(
            "ParameterAlreadyBound",
            "Cannot bind parameter because parameter '\(parameter.name)' is specified more than "
              + "once. To provide multiple values to parameters that can accept multiple values, "
              + "use the array syntax. For example, \"-parameter value1,value2,value3\".",
            range)
        }
        var value: Value
        if let attached {
          value = attached
        } else if parameter.isSwitch {
          value = .bool(true)
        } else if index < arguments.count, case .value(let next, _) = arguments[index] {
          value = next
          index += 1
        } else {
          throw bindingError(
            "MissingArgument",
            "Missing an argument for parameter '\(parameter.name)'. Specify a parameter of type "
              + "'\(parameter.type.typeName)' and try again.", range)
        }
        value = try convert(value, for: parameter, range: range)
        bound[parameter.name] = value
      }
    }
    try bindPositional(positional, into: &bound)
    bound.parameterSetName = try resolveSet(bound, range: arguments.first?.range)
    return bound
  }

  /// Finds the parameter a `-Name` token means; nil when a simple function should keep it.
  func resolve(_ name: String, range: SourceRange) throws -> ParameterDeclaration? {
    if let exact = parameters.first(where: { $0.answers(to: name) }) { return exact }
    let lower = name.lowercased()
    let matches = parameters.filter { parameter in
      parameter.name.lowercased().hasPrefix(lower)
        || parameter.aliases.contains { $0.lowercased().hasPrefix(lower) }
    }
    if matches.count == 1 { return matches[0] }
    if matches.count > 1 {
      let own = matches.filter { !$0.isCommon }
      if own.count == 1 { return own[0] }
      let names = matches.map { " -" + $0.name }.joined()
      throw bindingError(
        "AmbiguousParameter",
        "Parameter cannot be processed because the parameter name '\(name)' is ambiguous. "
          + "Possible matches include:\(names).", range)
    }
    if acceptsUnboundArguments || parameters.contains(where: \.valueFromRemainingArguments) {
      return nil
    }
    throw bindingError(
      "NamedParameterNotFound",
      "A parameter cannot be found that matches parameter name '\(name)'.", range)
  }

  private func bindPositional(
    _ values: [(value: Value, range: SourceRange, leftover: Bool)],
    into bound: inout BoundParameters
  ) throws {
    // Parameters sharing a position are tried with the default set's first.
    let inDefaultSet = { (parameter: ParameterDeclaration) in
      guard let defaultSet = self.defaultSet else { return false }
      return parameter.sets.contains { $0.caseInsensitiveCompare(defaultSet) == .orderedSame }
    }
    var candidates = parameters.filter { $0.position != nil && !bound.contains($0.name) }
      .enumerated().sorted { left, right in
        let (a, b) = (left.element, right.element)
        if a.position != b.position { return (a.position ?? 0) < (b.position ?? 0) }
        if inDefaultSet(a) != inDefaultSet(b) { return inDefaultSet(a) }
        return left.offset < right.offset
      }.map(\.element)
    var remaining: [Value] = []
    var remainingRange: SourceRange?
    for (value, range, leftover) in values {
      if leftover {
        remaining.append(value)
        remainingRange = remainingRange ?? range
        continue
      }
      let setsInUse = activeSets(bound)
      let usable = candidates.indices.filter { index in
        let candidate = candidates[index]
        return setsInUse == nil || candidate.sets.isEmpty
          || candidate.sets.contains { setsInUse?.contains($0.lowercased()) ?? true }
      }
      guard let firstSlot = usable.first else {
        if acceptsUnboundArguments || parameters.contains(where: \.valueFromRemainingArguments) {
          remaining.append(value)
          remainingRange = remainingRange ?? range
          continue
        }
        throw bindingError(
          "PositionalParameterNotFound",
          "A positional parameter cannot be found that accepts argument '\(value.toText())'.",
          range)
      }
      // Parameters of different sets may share a position; the first whose type accepts
      // the value wins (`% { }` binds -Process, `% Name` binds -MemberName).
      let position = candidates[firstSlot].position
      var firstError: Error?
      var chosen: Int?
      for slot in usable where candidates[slot].position == position {
        do {
          bound[candidates[slot].name] = try convert(value, for: candidates[slot], range: range)
          chosen = slot
          break
        } catch {
          firstError = firstError ?? error
        }
      }
      guard let chosen else {
        throw firstError ?? bindingError("PositionalParameterNotFound", "", range)
      }
      let chosenName = candidates[chosen].name
      candidates.removeAll { $0.position == position || $0.name == chosenName }
    }
    guard !remaining.isEmpty, let range = remainingRange else { return }
    if let collector = parameters.first(where: \.valueFromRemainingArguments) {
      var values = bound[collector.name].map { $0.enumerated } ?? []
      values += remaining
      bound[collector.name] = try convert(.array(values), for: collector, range: range)
    } else {
      bound.unbound += remaining
    }
  }

  /// The sets compatible with the parameters bound so far (lowercased); nil means any.
  func activeSets(_ bound: BoundParameters) -> Set<String>? {
    var result: Set<String>?
    for parameter in parameters where bound.contains(parameter.name) && !parameter.sets.isEmpty {
      let sets = Set(parameter.sets.map { $0.lowercased() })
      result = result.map { $0.intersection(sets) } ?? sets
    }
    return result
  }

  /// Picks the parameter set: the only compatible one, else the default, else the first.
  func resolveSet(_ bound: BoundParameters, range: SourceRange?) throws -> String? {
    let allSets = parameters.flatMap(\.sets)
    if allSets.isEmpty { return nil }
    var seen = Set<String>()
    let ordered = allSets.filter { seen.insert($0.lowercased()).inserted }
    guard let active = activeSets(bound) else {
      if let defaultSet { return defaultSet }
      // Prefer a set whose mandatory parameters are all bound or pipeline-bindable.
      return ordered.first { set in
        parameters.allSatisfy { parameter in
          !parameter.isMandatory(in: set) || parameter.sets.isEmpty
            || bound.contains(parameter.name) || parameter.valueFromPipeline
            || parameter.valueFromPipelineByPropertyName
        }
      } ?? ordered.first
    }
    let compatible = ordered.filter { active.contains($0.lowercased()) }
    if compatible.isEmpty {
      throw bindingError(
        "AmbiguousParameterSet",
        "Parameter set cannot be resolved using the specified named parameters. One or more "
          + "parameters issued cannot be used together or an insufficient number of parameters "
          + "were provided.", range)
    }
    if compatible.count == 1 { return compatible[0] }
    if let defaultSet, compatible.contains(where: { $0.lowercased() == defaultSet.lowercased() }) {
      return defaultSet
    }
    return compatible[0]
  }

  /// Converts an argument to the parameter's type and checks `ValidateSet`.
  func convert(_ value: Value, for parameter: ParameterDeclaration, range: SourceRange) throws
    -> Value
  {
    try checkNullOrEmpty(value, for: parameter, range: range)
    if isScript, !acceptsUnboundArguments { try checkBooleanElements(value, parameter, range) }
    if let error = ActionParameterSetter.error(value, parameter, self) {
      throw error.located(at: range)
    }
    // $null binds as null to a reference-typed parameter that accepts it (.NET's conversion of
    // null to Hashtable or ScriptBlock is null), as `New-Object T -Property $null` binds.
    if value.isNull, parameter.type == .hashtable || parameter.type == .scriptBlock {
      return .null
    }
    var converted: Value
    do {
      converted = try ParameterConversion.convert(value, to: parameter.type)
    } catch let error as RuntimeError {
      // Functions transform every argument; cmdlets transform Booleans only (pwsh's
      // ArgumentTransformation), and report other failed conversions as binding errors.
      let isTransformation =
        isScript || error.record.fullyQualifiedErrorId == ParameterConversion.booleanErrorId
      let prefix =
        isTransformation
        ? "Cannot process argument transformation on parameter '\(parameter.name)'. "
        : "Cannot bind parameter '\(parameter.name)'. "
      let isBoolean = error.record.fullyQualifiedErrorId == ParameterConversion.booleanErrorId
      throw bindingError(
        isTransformation
          ? "ParameterArgumentTransformationError" : "CannotConvertArgumentNoMessage",
        prefix + error.record.message, range, category: isBoolean ? .invalidData : .invalidArgument,
        exceptionType: isBoolean
          ? "System.Management.Automation.ParameterBindingArgumentTransformationException"
          : "System.Management.Automation.ParameterBindingException")
    }
    if let check = parameter.check {
      do {
        converted = try check(converted)
      } catch let error as RuntimeError {
        let id = error.record.fullyQualifiedErrorId
        throw bindingError(
          id, error.record.message, range, category: error.record.category,
          exceptionType: id == "CannotConvertArgumentNoMessage"
            ? "System.Management.Automation.ParameterBindingException"
            : "System.Management.Automation.ParameterBindingValidationException")
      }
    }
    try validate(converted, parameter, range)
    if let valid = parameter.validValues, parameter.validators.isEmpty {
      for item in converted.enumerated {
        let text = item.toText()
        if !valid.contains(where: { $0.caseInsensitiveCompare(text) == .orderedSame }) {
          throw bindingError(
            "ParameterArgumentValidationError",
            "Cannot validate argument on parameter '\(parameter.name)'. The argument \"\(text)\" "
              + "does not belong to the set \"\(valid.joined(separator: ","))\" specified by the "
              + "ValidateSet attribute. Supply an argument that is in the set and then try the "
              + "command again.", range)
        }
      }
    }
    return converted
  }

  /// Names of mandatory parameters of the set that are still unbound.
  func missingMandatory(_ bound: BoundParameters, allowPipeline: Bool) -> [String] {
    parameters.filter { parameter in
      parameter.isMandatory(in: bound.parameterSetName)
        && !bound.contains(parameter.name)
        && !(allowPipeline
          && (parameter.valueFromPipeline || parameter.valueFromPipelineByPropertyName))
    }.map(\.name)
  }

  /// The binder's checks of null and empty arguments: a mandatory parameter takes none
  /// unless it allows it (AllowNull and its kin), and `[ValidateNotNullOrEmpty]` takes none.
  private func checkNullOrEmpty(
    _ value: Value, for parameter: ParameterDeclaration, range: SourceRange
  ) throws {
    guard !parameter.isSwitch, parameter.isMandatory || parameter.validatesNotNullOrEmpty else {
      return
    }
    let unwrapped = value.unwrapped
    let isNull = unwrapped.isNull
    var isEmptyString = false
    if case .string(let text) = unwrapped { isEmptyString = text.isEmpty }
    var isEmptyArray = false
    if case .array(let array) = unwrapped { isEmptyArray = array.items.isEmpty }
    guard isNull || isEmptyString || isEmptyArray else { return }
    if parameter.validatesNotNullOrEmpty {
      throw bindingError(
        "ParameterArgumentValidationError",
        "Cannot validate argument on parameter '\(parameter.name)'. The argument is null or "
          + "empty. Provide an argument that is not null or empty, and then try the command "
          + "again.", range, category: .invalidData,
        exceptionType: "System.Management.Automation.ParameterBindingValidationException")
    }
    let (id, what): (String, String)
    if isNull {
      guard !parameter.allowsNull else { return }
      (id, what) = ("ParameterArgumentValidationErrorNullNotAllowed", "it is null")
    } else if isEmptyString {
      guard !parameter.allowsEmptyString, parameter.type.isStringLike else { return }
      (id, what) = (
        "ParameterArgumentValidationErrorEmptyStringNotAllowed", "it is an empty string"
      )
    } else {
      guard !parameter.allowsEmptyCollection, parameter.type.isArray else { return }
      (id, what) = ("ParameterArgumentValidationErrorEmptyArrayNotAllowed", "it is an empty array")
    }
    throw bindingError(
      id, "Cannot bind argument to parameter '\(parameter.name)' because \(what).", range,
      category: .invalidData,
      exceptionType: "System.Management.Automation.ParameterBindingValidationException")
  }

  func bindingError(
    _ id: String, _ message: String, _ range: SourceRange?,
    category: ErrorCategory = .invalidArgument,
    exceptionType: String = "System.Management.Automation.ParameterBindingException"
  ) -> RuntimeError {
    let record = ErrorRecord(
      message: message, exceptionType: exceptionType,
      errorId: "\(id),\(errorIdSource ?? commandName)",
      category: category, commandName: commandName, range: range)
    return RuntimeError(record)
  }
}
