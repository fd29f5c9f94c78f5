import ShellSyntax

/// A terminating error travelling up the Swift stack.
///
/// `statement` errors stop the current statement (binding errors, failed conversions);
/// `script` errors (`throw`, `-ErrorAction Stop`) unwind to the nearest `try` or the top.
public struct RuntimeError: Error {
  public enum Scope { case statement, script }

  public let record: ErrorRecord
  public var scope: Scope
  /// Set by `$PSCmdlet.ThrowTerminatingError`: the error leaves the function (its own
  /// statements do not go on) and ends the caller's statement, as a cmdlet's terminating
  /// error does.
  public var endsCommand = false

  public init(_ record: ErrorRecord, scope: Scope = .statement) {
    self.record = record
    self.scope = scope
  }

  /// A statement-terminating error with the given id, message and category.
  public static func make(
    _ errorId: String, _ message: String, category: ErrorCategory = .invalidOperation,
    exceptionType: String = "System.Management.Automation.RuntimeException",
    target: Value = .null
  ) -> RuntimeError {
    RuntimeError(
      ErrorRecord(
        message: message, exceptionType: exceptionType, errorId: errorId, category: category,
        targetObject: target))
  }

  /// Attaches a position and command name to the record when it has none yet.
  func located(at range: SourceRange, command: String? = nil) -> RuntimeError {
    if record.range == nil { record.range = range }
    if record.commandName == nil, let command { record.commandName = command }
    return self
  }
}

/// Non-error control flow that unwinds the Swift stack: loops, functions, scripts.
public enum ControlFlow: Error {
  case breakLoop(label: String?)
  case continueLoop(label: String?)
  /// `return`: the value was already written to the output.
  case returnFromBlock
  case exitScript(code: Int32)
  /// Raised by a downstream command (for example `Select-Object -First`) to stop its upstream.
  case stopUpstream(ObjectIdentifier)
  /// Ctrl-C stopped the running pipeline; the host returns to its prompt.
  case pipelineStopped
}
