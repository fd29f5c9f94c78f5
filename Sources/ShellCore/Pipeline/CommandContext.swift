import Foundation
import ShellSyntax

/// What a running cmdlet sees: its bound parameters, the current input object, and the streams it
/// writes to (output, errors, warnings, verbose).
public final class CommandContext {
  public let interpreter: Interpreter
  public let commandName: String
  /// What follows the comma in this command's FullyQualifiedErrorIds: the .NET class of
  /// PowerShell's own cmdlets (`CmdletDeclaration.errorIdSource`), else the command's name.
  public var errorIdSource: String
  /// The scope the command was invoked from (script blocks of ForEach-Object run in it).
  public let scope: Scope
  /// The command's text in the script, for error positions.
  public let invocationRange: SourceRange
  public internal(set) var parameters = BoundParameters()
  /// The current pipeline object; nil when the command runs without pipeline input.
  public internal(set) var input: Value?
  /// True when an upstream command feeds this one.
  public internal(set) var expectsInput = false
  /// Where `write(_:)` sends objects: the next command, a collector, or Out-Default.
  ///
  /// A cmdlet passes it on to run a script block whose output is its own (ForEach-Object).
  public internal(set) var output: OutputSink
  var errorAction: ActionPreference
  var errorVariable: String?
  /// Set when the command wrote an error, which makes `$?` false.
  public internal(set) var hadError = false
  /// The pipeline stage running this command; `stopUpstream()` names it so that the pipeline
  /// knows which commands to stop.
  var stageIdentity: ObjectIdentifier?
  /// "Yes to All" (true) or "No to All" (false) given at a confirmation prompt of this command.
  var confirmAnswerForAll: Bool?

  init(
    interpreter: Interpreter, commandName: String, scope: Scope, invocationRange: SourceRange,
    output: OutputSink
  ) {
    self.interpreter = interpreter
    self.commandName = commandName
    self.errorIdSource = commandName
    self.scope = scope
    self.invocationRange = invocationRange
    self.output = output
    self.errorAction = interpreter.errorActionPreference(in: scope)
  }

  /// Writes one object to the pipeline.
  ///
  /// After Ctrl-C it stops the pipeline instead, so a cmdlet that writes many objects stops
  /// at its next one (pwsh's WriteObject throws PipelineStoppedException the same way).
  public func write(_ value: Value) throws {
    try interpreter.checkCancelled()
    try output.write(value)
  }

  /// Writes each element of a collection separately (WriteObject with enumerateCollection).
  public func writeEnumerated(_ value: Value) throws {
    for item in value.enumerated {
      try interpreter.checkCancelled()
      try output.write(item)
    }
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
    // After Ctrl-C the error is the interrupted work giving up: the pipeline stops instead.
    try interpreter.checkCancelled()
    try refuseSuspendedErrorAction()
    hadError = true
    if record.commandName == nil { record.commandName = commandName }
    if record.range == nil, !keepPosition { record.range = invocationRange }
    do {
      try interpreter.reportNonTerminating(record, action: errorAction, scope: scope)
    } catch let error as RuntimeError {
      // Stopped by -ErrorAction Stop: the variable gets the exception that stopped the
      // command, whose ErrorRecord is the error written, as pwsh records it.
      appendToErrorVariable(ActionPreferenceStop.exception(for: record))
      throw error
    }
    appendToErrorVariable(interpreter.errorValue(record))
  }

  private func appendToErrorVariable(_ value: Value) {
    guard let errorVariable else { return }
    let existing = scope.lookup(errorVariable.lowercased())?.value.enumerated ?? []
    scope.set(errorVariable, .array(existing + [value]))
  }

  /// A terminating error for this command (ThrowTerminatingError).
  public func terminatingError(
    _ errorId: String, _ message: String, category: ErrorCategory = .invalidOperation,
    target: Value = .null, exceptionType: String = "System.Management.Automation.RuntimeException"
  ) -> RuntimeError {
    let record = ErrorRecord(
      message: message, exceptionType: exceptionType, errorId: "\(errorId),\(errorIdSource)",
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
      message: message, exceptionType: exceptionType, errorId: "\(errorId),\(errorIdSource)",
      category: category, targetObject: target, commandName: commandName,
      range: invocationRange)
  }

  /// The non-terminating form of a missing drive's error, attributed to this command.
  public func errorRecord(_ drive: DriveNotFoundError) -> ErrorRecord {
    errorRecord(
      "DriveNotFound", drive.message, category: .objectNotFound, target: .string(drive.name),
      exceptionType: "System.Management.Automation.DriveNotFoundException")
  }

  /// Writes a warning, unless -WarningAction or `$WarningPreference` silences it.
  public func writeWarning(_ text: String) throws {
    let preference =
      try parameters["WarningAction"].flatMap { ActionPreference(text: $0.toText()) }
      ?? preferenceVariable("WarningPreference", default: .continue)
    let record = StreamRecord.informational(.warning, text)
    // pwsh adds the warning to -WarningVariable whether or not the preference shows it.
    StreamVariableSink.enclosing(output)?.collect(.warning, record)
    guard preference == .continue || preference == .inquire else { return }
    try interpreter.writeStream(.warning, record)
  }

  /// Writes a verbose message when -Verbose or `$VerbosePreference` asks for them.
  public func writeVerbose(_ text: String) throws {
    let enabled =
      try parameters.isSet("Verbose")
      || preferenceVariable("VerbosePreference", default: .silentlyContinue) == .continue
    if enabled { try interpreter.writeStream(.verbose, StreamRecord.informational(.verbose, text)) }
  }

  /// Writes a debug message when -Debug or `$DebugPreference` asks for them.
  public func writeDebug(_ text: String) throws {
    let enabled =
      try parameters.isSet("Debug")
      || preferenceVariable("DebugPreference", default: .silentlyContinue) == .continue
    if enabled { try interpreter.writeStream(.debug, StreamRecord.informational(.debug, text)) }
  }

  /// Writes an information record (Write-Information, Write-Host), as pwsh's WriteInformation
  /// does: unless the action is Ignore, a redirection (`6>&1`, `6>$null`) receives it whatever
  /// the action, and the host shows it when the action (`preference` when the command was not
  /// given -InformationAction) is Continue or Inquire; -InformationVariable always keeps it.
  public func writeInformation(_ record: PSObject, preference: ActionPreference) throws {
    let action =
      parameters["InformationAction"].flatMap { ActionPreference(text: $0.toText()) }
      ?? preference
    StreamVariableSink.enclosing(output)?.collect(.information, record)
    guard action != .ignore else { return }
    // A runspace's Streams.Information keeps records the host would not show, as pwsh's
    // informational buffers do.
    if interpreter.streamRouting[.information] != nil || interpreter.streamCollector != nil
      || action == .continue || action == .inquire
    {
      try interpreter.writeStream(.information, record)
    }
  }

  /// Writes Write-Host's information record (tagged PSHOST), as pwsh's WriteInformation
  /// treats it: shown through `show` (which keeps its colours) unless the action is Ignore,
  /// whatever else the action is; a redirection (`6>&1`, `6>$null`) or a runspace's `Streams`
  /// receives the record instead; -InformationVariable always keeps it.
  public func writeHostInformation(_ record: PSObject, show: () -> Void) throws {
    let action =
      try parameters["InformationAction"].flatMap { ActionPreference(text: $0.toText()) }
      ?? preferenceVariable("InformationPreference", default: .silentlyContinue)
    StreamVariableSink.enclosing(output)?.collect(.information, record)
    guard action != .ignore else { return }
    if interpreter.streamRouting[.information] != nil || interpreter.streamCollector != nil {
      try interpreter.writeStream(.information, record)
    } else {
      show()
    }
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

/// How much harm a state-changing command can do (PowerShell's ConfirmImpact); compared with
/// `$ConfirmPreference` to decide whether ShouldProcess asks first.
public enum ConfirmImpact: Int, Comparable, Sendable {
  case none, low, medium, high

  /// Parses a `$ConfirmPreference` value (`None`, `Low`, `Medium`, `High`).
  public init?(text: String) {
    switch text.lowercased() {
    case "none": self = .none
    case "low": self = .low
    case "medium": self = .medium
    case "high": self = .high
    default: return nil
    }
  }

  public static func < (lhs: ConfirmImpact, rhs: ConfirmImpact) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

extension CommandContext {
  /// ShouldProcess with a ConfirmImpact, as pwsh's cmdlets do it.
  ///
  /// Under -WhatIf it prints the "What if:" line and returns false. It asks first when -Confirm
  /// is given, or when `impact` reaches `$ConfirmPreference` (High by default) and
  /// `-Confirm:$false` is not: on a terminal it reads Y/A/N/L; without one, or under
  /// `-NonInteractive`, it fails as `pwsh -NonInteractive` does ("Read and Prompt
  /// functionality is not available").
  public func shouldProcess(target: String, action: String, impact: ConfirmImpact) throws -> Bool {
    guard shouldProcess(target: target, action: action) else { return false }
    let asks: Bool
    if let confirm = parameters["Confirm"] {
      asks = confirm.isTruthy
    } else {
      let text = scope.lookup("confirmpreference")?.value.toText() ?? "High"
      let preference = ConfirmImpact(text: text) ?? .high
      asks = preference != .none && impact != .none && impact >= preference
    }
    guard asks else { return true }
    if let confirmAnswerForAll { return confirmAnswerForAll }
    try requireInteractiveHost()
    return try askToConfirm(
      "Are you sure you want to perform this action?\n"
        + "Performing the operation \"\(action)\" on target \"\(target)\".")
  }

  /// ShouldContinue: asks a yes-or-no question, whatever -Confirm and `$ConfirmPreference`
  /// say; without a terminal, or under `-NonInteractive`, it fails as pwsh does.
  public func shouldContinue(_ query: String) throws -> Bool {
    if let confirmAnswerForAll { return confirmAnswerForAll }
    try requireInteractiveHost()
    return try askToConfirm(query)
  }

  /// PowerShell's confirmation prompt on the terminal; true for Yes or Yes to All.
  ///
  /// Ctrl-C stops the pipeline, as in pwsh; nothing is changed for the object asked about.
  private func askToConfirm(_ message: String) throws -> Bool {
    let choices =
      "[Y] Yes  [A] Yes to All  [N] No  [L] No to All  [?] Help (default is \"Y\"): "
    interpreter.host.writeOutput("\nConfirm\n\(message)\n")
    while true {
      interpreter.host.writeOutput(choices)
      (interpreter.host as? StandardHost)?.flush()
      guard let answer = try TerminalLineReader(interpreter: interpreter).readLine() else {
        return false
      }
      switch answer.trimmingCharacters(in: .whitespaces).lowercased() {
      case "", "y": return true
      case "a":
        confirmAnswerForAll = true
        return true
      case "n": return false
      case "l":
        confirmAnswerForAll = false
        return false
      case "?":
        interpreter.host.writeOutput(
          "Y - Continue with only the next step of the operation.\n"
            + "A - Continue with all the steps of the operation.\n"
            + "N - Skip this operation and proceed with the next operation.\n"
            + "L - Skip this operation and all subsequent operations.\n")
      default: continue
      }
    }
  }
}
