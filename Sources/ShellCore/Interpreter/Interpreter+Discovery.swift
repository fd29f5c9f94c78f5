/// Read and write access to the session's tables (scopes, aliases) for the cmdlets that list
/// and change them: Get-Variable, Set-Variable, Get-Alias, Set-Alias and their relatives.
extension Interpreter {
  /// The scope a `-Scope` argument names, counted from `current`: `Global`, `Script`,
  /// `Local` (or `Private`), or a number of levels up (0 is `current`).
  ///
  /// Throws PowerShell's errors for an unknown name or a number beyond the global scope.
  public func scope(named name: String, from current: Scope) throws -> Scope {
    switch name.lowercased() {
    case "global": return globalScope
    case "script": return current.scriptScope
    case "local", "private": return current
    default: break
    }
    guard let levels = Int(name), levels >= 0 else {
      throw RuntimeError.make(
        "ArgumentException", "The scope \"\(name)\" could not be found.",
        category: .invalidArgument, exceptionType: "System.ArgumentException")
    }
    var scope = current
    for _ in 0..<levels {
      guard let parent = scope.parent else {
        throw RuntimeError.make(
          "ArgumentOutOfRange",
          "The scope number '\(levels)' exceeds the number of active scopes. "
            + "(Parameter 'Scope')", category: .invalidArgument,
          exceptionType: "System.Management.Automation.PSArgumentOutOfRangeException")
      }
      scope = parent
    }
    return scope
  }

  /// The variables defined in one scope itself (not its parents).
  public func localVariables(of scope: Scope) -> [Variable] { Array(scope.variables.values) }

  /// The scope, from `current` outwards, that defines the variable `name`.
  public func definingScope(of name: String, from current: Scope) -> Scope? {
    let key = name.lowercased()
    var scope: Scope? = current
    while let candidate = scope {
      if candidate.variables[key] != nil { return candidate }
      scope = candidate.parent
    }
    return nil
  }

  /// The command an alias stands for, or nil when no such alias exists.
  public func aliasTarget(_ name: String) -> String? { aliases[name.lowercased()] }

  /// Removes an alias; returns false when there was none.
  @discardableResult
  func removeAlias(_ name: String) -> Bool {
    aliasSpellings.removeValue(forKey: name.lowercased())
    return aliases.removeValue(forKey: name.lowercased()) != nil
  }
}
