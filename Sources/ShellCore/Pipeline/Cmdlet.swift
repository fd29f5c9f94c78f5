/// A cmdlet: one type whose declaration is data and whose behaviour is begin/process/end.
///
/// A new instance serves each invocation, so instance properties can carry state from
/// `begin` through the `process` calls to `end` (as a C# cmdlet's fields do).
public protocol Cmdlet: AnyObject {
  static var declaration: CmdletDeclaration { get }
  init()
  /// Runs once before any input (BeginProcessing).
  func begin(_ context: CommandContext) throws
  /// Runs once per input object, or once with `context.input == nil` when the cmdlet is first in
  /// its pipeline (ProcessRecord).
  func process(_ context: CommandContext) throws
  /// Runs once after the last input (EndProcessing).
  func end(_ context: CommandContext) throws
}

extension Cmdlet {
  public func begin(_ context: CommandContext) throws {}
  public func process(_ context: CommandContext) throws {}
  public func end(_ context: CommandContext) throws {}
}

/// Receives the objects a command writes: the next command in the pipeline, a collector for an
/// assignment, or Out-Default at the end of a top-level pipeline.
public protocol OutputSink: AnyObject {
  func write(_ value: Value) throws
}

/// Collects written objects, for example for `$x = Get-Thing` or `(Get-Thing).Count`.
public final class CollectingSink: OutputSink {
  public private(set) var items: [Value] = []

  public init() {}

  public func write(_ value: Value) throws { items.append(value) }

  /// What an assignment or a parenthesised pipeline yields: nothing, one object, or an array.
  public var result: Value {
    switch items.count {
    case 0: return .null
    case 1: return items[0]
    default: return .array(items)
    }
  }
}

/// Drops everything written to it (`$null = ...`, `Out-Null`).
public final class NullSink: OutputSink {
  public init() {}
  public func write(_ value: Value) throws {}
}

/// Forwards each written object to a closure.
public final class ClosureSink: OutputSink {
  let body: (Value) throws -> Void

  public init(_ body: @escaping (Value) throws -> Void) { self.body = body }

  public func write(_ value: Value) throws { try body(value) }
}
