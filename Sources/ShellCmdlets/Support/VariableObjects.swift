import ShellCore

/// What the variable cmdlets share: PSVariable objects, name matching and scope choice.
enum VariableObjects {
  /// A `System.Management.Automation.PSVariable` whose Value reads and writes the variable.
  static func psVariable(_ variable: Variable) -> PSObject {
    let object = PSObject(
      typeNames: ["System.Management.Automation.PSVariable", "System.Object"])
    object.set("Name", .string(variable.name))
    object.setComputed(
      "Description", getter: { .string(variable.description) },
      setter: { variable.description = $0.toText() })
    object.setComputed(
      "Value", getter: { variable.value },
      setter: { newValue in if !variable.isReadOnly { variable.value = newValue } })
    object.set("Visibility", .string("Public"))
    object.set("Module", .null)
    object.set("ModuleName", .string(""))
    object.setComputed(
      "Options", getter: { .string(variable.isReadOnly ? "ReadOnly" : "None") })
    object.set("Attributes", .array([]))
    let name = variable.name
    object.stringValue = { name }
    return object
  }

  /// True when `name` matches one of the patterns (wildcards, case-insensitive).
  static func matches(_ name: String, _ patterns: [String]) -> Bool {
    patterns.contains { Operators.wildcardMatch(name, pattern: $0) }
  }

  /// True for a pattern with wildcard characters.
  static func isWildcard(_ pattern: String) -> Bool {
    pattern.contains { $0 == "*" || $0 == "?" || $0 == "[" }
  }

  /// The variables a -Name/-Include/-Exclude/-Scope combination selects, sorted by name.
  static func select(
    names: [String], include: [String], exclude: [String], scope: String?,
    context: CommandContext
  ) throws -> [Variable] {
    let candidates: [Variable]
    if let scope {
      let target = try context.interpreter.scope(named: scope, from: context.scope)
      candidates = context.interpreter.localVariables(of: target)
    } else {
      candidates = context.scope.visibleVariables
    }
    return
      candidates
      .filter { matches($0.name, names) }
      .filter { include.isEmpty || matches($0.name, include) }
      .filter { exclude.isEmpty || !matches($0.name, exclude) }
      .sorted { $0.name.lowercased() < $1.name.lowercased() }
  }

  /// The error for a name that matched nothing.
  static func notFound(_ name: String, _ context: CommandContext) -> ErrorRecord {
    context.errorRecord(
      "VariableNotFound", "Cannot find a variable with the name '\(name)'.",
      category: .objectNotFound, target: .string(name),
      exceptionType: "System.Management.Automation.ItemNotFoundException")
  }

  /// The error for writing a read-only variable.
  static func notWritable(_ variable: Variable, _ context: CommandContext) -> ErrorRecord {
    context.errorRecord(
      "VariableNotWritable",
      "Cannot overwrite variable \(variable.name) because it is read-only or constant.",
      category: .writeError, target: .string(variable.name),
      exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException")
  }

  static func strings(_ value: Value?) -> [String] {
    (value?.enumerated ?? []).map { $0.toText() }
  }
}
