/// What operators and method calls need from the running session.
///
/// Operators are pure functions of their operands except for these hooks: `-match` sets
/// `$Matches`, `-replace` and `-split` may call a script block, and `$OFS` joins arrays.
public struct OperatorContext {
  /// Sets `$Matches` in the current scope (nil leaves it unchanged).
  public var setMatches: (PSHashtable) -> Void
  /// Invokes a script block with `$_` set to the given value and returns its output
  /// (one value, or an array when it wrote several).
  public var invokeScriptBlock: (ScriptBlock, Value) throws -> Value
  /// The output field separator (`$OFS`), a space by default.
  public var outputFieldSeparator: String
  /// Static methods of types provided outside the engine (see
  /// `Interpreter.staticMethodProviders`).
  public var staticMethodProviders: [String: StaticMethodProvider] = [:]
  /// Invokes a script block converted to a .NET delegate (a `Predicate`, a `Comparison`): in a
  /// new scope, with the delegate's arguments as `$args` and parameters, `$_` the first.
  public var invokeDelegate: (ScriptBlock, [Value]) throws -> Value = { _, _ in
    throw RuntimeError.make("ScriptBlockNotAvailable", "Script blocks cannot run here.")
  }

  public init(
    setMatches: @escaping (PSHashtable) -> Void,
    invokeScriptBlock: @escaping (ScriptBlock, Value) throws -> Value,
    outputFieldSeparator: String = " "
  ) {
    self.setMatches = setMatches
    self.invokeScriptBlock = invokeScriptBlock
    self.outputFieldSeparator = outputFieldSeparator
  }

  /// A context for tests and engine-free evaluation: `$Matches` is dropped, script blocks fail.
  public static let detached = OperatorContext(
    setMatches: { _ in },
    invokeScriptBlock: { _, _ in
      throw RuntimeError.make("ScriptBlockNotAvailable", "Script blocks cannot run here.")
    })
}

/// A static method of a type provided outside the engine: given the method name (as written)
/// and the arguments, the result, or nil when the type has no such method.
public typealias StaticMethodProvider = (_ name: String, _ arguments: [Value]) throws -> Value?
