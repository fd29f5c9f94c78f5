import ShellSyntax

/// A variable scope.
///
/// Lookups walk outwards to the global scope; assignments without a scope prefix create the
/// variable in the current scope, as PowerShell's dynamic scoping does.
public final class Scope {
  public let parent: Scope?
  /// True for the scope a script file (or the command line) runs in: the target of `$script:`.
  public let isScriptScope: Bool
  var variables: [String: Variable] = [:]
  /// For a function's scope: the function's name and the place it was called from, which errors
  /// written inside it report (PowerShell's `$MyInvocation`).
  var invocation: (name: String, range: SourceRange)?
  /// For the scope of a class method: where `return` writes its value, since nothing else a
  /// method writes is output.
  var methodResult: CollectingSink?
  /// The version Set-StrictMode set in this very scope (0 for -Off), or nil to inherit.
  var strictModeVersion: Int?

  public init(parent: Scope?, isScriptScope: Bool = false) {
    self.parent = parent
    self.isScriptScope = isScriptScope
  }

  /// Finds a variable by lowercased name here or in an enclosing scope.
  public func lookup(_ key: String) -> Variable? {
    var scope: Scope? = self
    while let current = scope {
      if let variable = current.variables[key] { return variable }
      scope = current.parent
    }
    return nil
  }

  /// The variable defined in this very scope, if any.
  public func local(_ key: String) -> Variable? { variables[key] }

  /// Sets a variable in this scope, creating it when it does not exist here.
  @discardableResult
  public func set(_ name: String, _ value: Value) -> Variable {
    // Most names the engine sets are already lowercase (`_`, loop variables); skip the copy.
    let key = name.utf8.contains(where: { $0 >= 65 && $0 <= 90 }) ? name.lowercased() : name
    if let variable = variables[key] {
      variable.value = value
      return variable
    }
    let variable = Variable(name: name, value: value)
    variables[key] = variable
    return variable
  }

  public func remove(_ name: String) { variables.removeValue(forKey: name.lowercased()) }

  /// The invocation of the nearest enclosing function, if any.
  public var callerInvocation: (name: String, range: SourceRange)? {
    var scope: Scope? = self
    while let current = scope {
      if let invocation = current.invocation { return invocation }
      if current.isScriptScope { return nil }
      scope = current.parent
    }
    return nil
  }

  /// The nearest enclosing script scope (or the global scope).
  public var scriptScope: Scope {
    var scope = self
    while !scope.isScriptScope, let parent = scope.parent { scope = parent }
    return scope
  }

  public var globalScope: Scope {
    var scope = self
    while let parent = scope.parent { scope = parent }
    return scope
  }

  /// Every variable visible from here, innermost first, each name once.
  public var visibleVariables: [Variable] {
    var seen = Set<String>()
    var result: [Variable] = []
    var scope: Scope? = self
    while let current = scope {
      for (key, variable) in current.variables where !seen.contains(key) {
        seen.insert(key)
        result.append(variable)
      }
      scope = current.parent
    }
    return result
  }
}

/// A named variable.
///
/// It is a reference so that `[ref]`-like updates and loops reuse one slot.
public final class Variable {
  public let name: String
  public var value: Value
  /// Read-only automatic variables such as `$true`, `$null` and `$PSVersionTable`.
  public var isReadOnly = false
  public var description = ""
  /// The type a `[T]$x = ...` assignment or a typed parameter gave the variable: every later
  /// assignment in its scope is converted to it (pwsh's ArgumentTypeConverterAttribute).
  public var typeConstraint: PSType?
  /// A further rule the variable's values must pass, such as the preference variables
  /// refusing ActionPreference's reserved Suspend.
  public var validate: ((Value) throws -> Void)?

  public init(name: String, value: Value) {
    self.name = name
    self.value = value
  }
}
