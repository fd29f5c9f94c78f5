import ShellSyntax

/// A command-line argument after evaluation, before it is matched to a parameter.
public enum BindArgument {
  /// `-Name` or `-Name:value` (then `value` is set).
  case parameter(name: String, value: Value?, range: SourceRange)
  /// A value: positional, or the argument of the preceding `-Name`.
  case value(Value, range: SourceRange)

  /// The values `$args` gets for this argument when nothing binds it: `-Name` as text (with a
  /// colon when a value is attached), then the value.
  var argumentValues: [Value] {
    switch self {
    case .parameter(let name, let value, _):
      return [.string("-" + name + (value != nil ? ":" : ""))] + (value.map { [$0] } ?? [])
    case .value(let value, _): return [value]
    }
  }

  var range: SourceRange {
    switch self {
    case .parameter(_, _, let range): return range
    case .value(_, let range): return range
    }
  }
}

/// The parameters of one command invocation after binding.
public struct BoundParameters {
  /// Values by parameter name as declared (not as typed).
  public var values: [String: Value] = [:]
  /// Arguments no parameter took (`$args` of a simple function).
  public var unbound: [Value] = []
  /// The parameter set in use, or nil when the command has none.
  public var parameterSetName: String?

  public init() {}

  public subscript(name: String) -> Value? {
    get { values[name] }
    set { values[name] = newValue }
  }

  public func contains(_ name: String) -> Bool { values[name] != nil }

  /// A switch parameter's state: present and not `:$false`.
  public func isSet(_ name: String) -> Bool { values[name]?.isTruthy ?? false }
}
