import ShellSyntax

/// Set-StrictMode's rules: the version in force for a scope, and the checks each version adds.
///
/// Every check runs only on a path that has already failed (a variable not found, a member
/// that gave nothing, an index out of range), and asks for the version only when some
/// Set-StrictMode ran in this session, so a session without strict mode pays nothing.
extension Interpreter {
  /// Sets the strict-mode version of `scope` (0 turns it off there), which applies to the
  /// scope and its children until one of them sets its own.
  public func setStrictMode(_ version: Int, in scope: Scope) {
    scope.strictModeVersion = version
    strictModeSeen = true
  }

  /// The strict-mode major version in force in `scope`: the one set in the nearest scope that
  /// set one, 0 when none did.
  public func strictModeVersion(in scope: Scope) -> Int {
    guard strictModeSeen else { return 0 }
    var current: Scope? = scope
    while let each = current {
      if let version = each.strictModeVersion { return version }
      current = each.parent
    }
    return 0
  }

  /// The value of a variable that does not exist: `$null`, or VariableIsUndefined under
  /// version 1 (outside expandable strings) and version 2 and later (everywhere).
  func undefinedVariable(
    _ path: VariablePath, _ scope: Scope, range: SourceRange, inString: Bool
  ) throws -> Value {
    let version = strictModeVersion(in: scope)
    guard version >= 2 || (version == 1 && !inString) else { return .null }
    let userPath = path.scope.map { "\($0):\(path.name)" } ?? path.name
    throw RuntimeError.make(
      "VariableIsUndefined",
      "The variable '$\(userPath)' cannot be retrieved because it has not been set.",
      target: .string(userPath)
    ).located(at: range)
  }

  /// Under version 2 and later, a property the object lacks is PropertyNotFoundStrict instead
  /// of `$null`; so is Count or Length of a value that is not a collection.
  func checkStrictMember(_ object: Value, _ name: String, _ value: Value, _ scope: Scope) throws {
    let lower = name.lowercased()
    let isScalarCount = (lower == "count" || lower == "length") && !object.unwrapped.isEnumerable
    guard value.isNull || isScalarCount, strictModeVersion(in: scope) >= 2,
      !hasMember(object, lower)
    else { return }
    throw RuntimeError.make(
      "PropertyNotFoundStrict",
      "The property '\(name)' cannot be found on this object. Verify that the property exists.",
      category: .notSpecified,
      exceptionType: "System.Management.Automation.PropertyNotFoundException")
  }

  /// Whether `object` itself (or, for a collection, any element) has the property `key`.
  private func hasMember(_ object: Value, _ key: String) -> Bool {
    if case .object(let outer) = object, outer.property(key) != nil { return true }
    let inner = object.unwrapped
    switch inner {
    case .null:
      return false
    case .hashtable(let table):
      return table.containsKey(.string(key)) || Members.property(of: inner, named: key) != nil
    case .object(let psObject):
      return psObject.property(key) != nil || psObject.value(of: key) != nil
    case .array(let array):
      if key == "count" || key == "length" || Members.property(of: inner, named: key) != nil {
        return true
      }
      return array.items.contains { hasMember($0, key) }
    case .string:
      // A string's Length is its own; Count is only the scalar's stand-in.
      return key != "count" && Members.property(of: inner, named: key) != nil
    default:
      if key == "count" || key == "length" { return false }
      return Members.property(of: inner, named: key) != nil
    }
  }

  /// Under version 3 and later, reading past either end of an array or string fails as .NET's
  /// indexer does instead of giving `$null`; under version 2 and later, indexing a value that
  /// has no indexer with anything but 0 or -1 is CannotIndex.
  func checkStrictIndex(_ object: Value, _ index: Value, _ scope: Scope) throws {
    let count: Int
    switch object {
    case .array(let array) where array.keyProperty == nil: count = array.items.count
    case .string(let text): count = text.count
    case .array, .hashtable, .object, .null: return
    default:
      guard index.intValue.map({ $0 != 0 && $0 != -1 }) ?? true,
        strictModeVersion(in: scope) >= 2
      else { return }
      throw RuntimeError.make(
        "CannotIndex", "Unable to index into an object of type \(object.dotNetType.fullName).",
        target: object)
    }
    guard var position = index.intValue, !index.isEnumerable else { return }
    if position < 0 { position += count }
    guard position < 0 || position >= count, strictModeVersion(in: scope) >= 3 else { return }
    throw RuntimeError.make(
      "System.IndexOutOfRangeException", "Index was outside the bounds of the array.",
      category: .operationStopped, exceptionType: "System.IndexOutOfRangeException")
  }

  /// Under version 2 and later, `f(1, 2)` (a command followed at once by a parenthesised list)
  /// is an error: arguments are separated by spaces, not passed as a method's.
  func checkStrictCallSyntax(_ command: CommandAst, _ scope: Scope) throws {
    guard command.elements.count == 1, case .argument(let argument) = command.elements[0],
      case .paren(let statement) = argument.kind,
      case .pipeline(let pipeline) = statement.kind, pipeline.elements.count == 1,
      case .expression(let inner, _) = pipeline.elements[0],
      case .arrayLiteral = inner.kind,
      command.name.range.endOffset == argument.range.startOffset,
      strictModeVersion(in: scope) >= 2
    else { return }
    throw RuntimeError.make(
      "StrictModeFunctionCallWithParens",
      "The function or command was called as if it were a method. Parameters should be "
        + "separated by spaces. For information about parameters, see the about_Parameters "
        + "Help topic."
    ).located(at: command.range)
  }
}
