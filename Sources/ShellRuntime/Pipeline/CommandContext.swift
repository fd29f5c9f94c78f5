import ShellSyntax

/// What a running cmdlet sees: its bound parameters, the current input object, and the streams it
/// writes to (output, errors, warnings, verbose).
public final class CommandContext {
  public let interpreter: Interpreter
  public let commandName: String
  /// The scope the command was invoked from (script blocks of ForEach-Object run in it).
  public let scope: Scope
  /// The command's text in the script, for error positions.
  public let invocationRange: SourceRange
  public internal(set) var parameters = BoundParameters()
  /// The current pipeline object; nil when the command runs without pipeline input.
  public internal(set) var input: Value?
  /// True when an upstream command feeds this one.
  public internal(set) var expectsInput = false
  let output: OutputSink
  var errorAction: ActionPreference
  var errorVariable: String?
  /// Set when the command wrote an error, which makes `$?` false.
  public internal(set) var hadError = false
  /// The pipeline stage running this command; `stopUpstream()` names it so that the pipeline
  /// knows which commands to stop.
  var stageIdentity: ObjectIdentifier?

  init(
    interpreter: Interpreter, commandName: String, scope: Scope, invocationRange: SourceRange,
    output: OutputSink
  ) {
    self.interpreter = interpreter
    self.commandName = commandName
    self.scope = scope
    self.invocationRange = invocationRange
    self.output = output
    self.errorAction = interpreter.errorActionPreference(in: scope)
  }

  /// Writes one object to the pipeline.
  public func write(_ value: Value) throws { try output.write(value) }

  /// Writes each element of a collection separately (WriteObject with enumerateCollection).
  public func writeEnumerated(_ value: Value) throws {
    for item in value.enumerated { try output.write(item) }
  }

  /// The signal a command throws once it needs no more input (Select-Object -First has its
  /// objects): the pipeline stops the commands before this one and ends this one and those after.
  ///
  /// PowerShell raises StopUpstreamCommandsException for the same purpose.
  public func stopUpstream() -> Error {
    ControlFlow.stopUpstream(stageIdentity ?? ObjectIdentifier(self))
  }

  /// Writes a non-terminating error, honouring `-ErrorAction` and `$ErrorActionPreference`.
  ///
  /// With `keepPosition`, a record without a range stays without one.
  public func writeError(_ record: ErrorRecord, keepPosition: Bool = false) throws {
    hadError = true
    if record.commandName == nil { record.commandName = commandName }
    if record.range == nil, !keepPosition { record.range = invocationRange }
    try interpreter.reportNonTerminating(record, action: errorAction, scope: scope)
    if let errorVariable {
      let existing = scope.lookup(errorVariable.lowercased())?.value.enumerated ?? []
      scope.set(errorVariable, .array(existing + [interpreter.errorValue(record)]))
    }
  }

  /// A terminating error for this command (ThrowTerminatingError).
  public func terminatingError(
    _ errorId: String, _ message: String, category: ErrorCategory = .invalidOperation,
    target: Value = .null, exceptionType: String = "System.Management.Automation.RuntimeException"
  ) -> RuntimeError {
    let record = ErrorRecord(
      message: message, exceptionType: exceptionType, errorId: "\(errorId),\(commandName)",
      category: category, targetObject: target, commandName: commandName,
      range: invocationRange)
    return RuntimeError(record)
  }

  /// Builds a non-terminating error record attributed to this command.
  public func errorRecord(
    _ errorId: String, _ message: String, category: ErrorCategory = .invalidOperation,
    target: Value = .null, exceptionType: String = "System.Management.Automation.RuntimeException"
  ) -> ErrorRecord {
    ErrorRecord(
      message: message, exceptionType: exceptionType, errorId: "\(errorId),\(commandName)",
      category: category, targetObject: target, commandName: commandName,
      range: invocationRange)
  }

  public func writeWarning(_ text: String) {
    let preference =
      parameters["WarningAction"].flatMap { ActionPreference(text: $0.toText()) }
      ?? interpreter.preference("WarningPreference", in: scope, default: .continue)
    guard preference == .continue || preference == .inquire else { return }
    interpreter.writeStream(.warning, text)
  }

  public func writeVerbose(_ text: String) {
    let enabled =
      parameters.isSet("Verbose")
      || interpreter.preference("VerbosePreference", in: scope, default: .silentlyContinue)
        == .continue
    if enabled { interpreter.writeStream(.verbose, text) }
  }

  public func writeDebug(_ text: String) {
    let enabled =
      parameters.isSet("Debug")
      || interpreter.preference("DebugPreference", in: scope, default: .silentlyContinue)
        == .continue
    if enabled { interpreter.writeStream(.debug, text) }
  }

  /// The -WhatIf gate of state-changing cmdlets: prints PowerShell's "What if:" line and returns
  /// false under -WhatIf (or `$WhatIfPreference`), true otherwise.
  public func shouldProcess(target: String, action: String) -> Bool {
    let whatIf =
      parameters["WhatIf"]?.isTruthy
      ?? (scope.lookup("whatifpreference")?.value.isTruthy ?? false)
    if whatIf {
      interpreter.host.writeOutput(
        "What if: Performing the operation \"\(action)\" on target \"\(target)\".\n")
      return false
    }
    return true
  }

  /// Runs a script block in the caller's scope with `$_` set, streaming its output to `sink`
  /// (ForEach-Object and Where-Object semantics).
  public func invokeInCallerScope(
    _ block: ScriptBlock, dollarUnder: Value?, arguments: [Value] = [], output sink: OutputSink
  ) throws {
    try interpreter.invokeDotSourced(
      block, scope: scope, dollarUnder: dollarUnder, arguments: arguments, output: sink)
  }

  /// Runs a script block in the caller's scope and returns what it wrote.
  public func evaluateInCallerScope(_ block: ScriptBlock, dollarUnder: Value?) throws -> Value {
    let sink = CollectingSink()
    try invokeInCallerScope(block, dollarUnder: dollarUnder, output: sink)
    return sink.result
  }
}
