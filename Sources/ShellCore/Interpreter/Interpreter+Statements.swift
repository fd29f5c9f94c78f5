import ShellSyntax

/// Statements: lists, flow control, loops, try/catch, and the statement-level error policy.
extension Interpreter {
  /// Runs statements in order.
  ///
  /// A statement-terminating error is reported and the next statement runs, unless a `try` encloses
  /// this code or `$ErrorActionPreference` is Stop.
  func execute(_ statements: [StatementAst], _ scope: Scope, _ output: OutputSink) throws {
    let hasTrap = statements.contains {
      if case .trapStatement = $0.kind { return true }
      return false
    }
    if hasTrap {
      trapFrames.append(TrapFrame(statements: statements, callDepth: callDepth, tryDepth: tryDepth))
    }
    defer { if hasTrap { trapFrames.removeLast() } }
    for statement in statements {
      do {
        try execute(statement, scope, output)
      } catch let error as RuntimeError {
        // Traps are looked for only when an error comes: this loop runs every block.
        if try runTrap(in: statements, for: error, scope, output) { continue }
        guard error.scope == .statement && tryDepth == 0 else { throw error }
        if errorActionPreference(in: scope) == .stop {
          var escalated = error
          escalated.scope = .script
          throw escalated
        }
        reportTerminating(error.record, scope: scope)
      }
    }
  }

  func execute(_ block: StatementBlock, _ scope: Scope, _ output: OutputSink) throws {
    try execute(block.statements, scope, output)
  }

  /// Runs one statement, writing its output to `output`.
  func execute(_ statement: StatementAst, _ scope: Scope, _ output: OutputSink) throws {
    try checkCancelled()
    switch statement.kind {
    case .pipeline(let pipeline):
      try runPipeline(pipeline, scope, output)
    case .pipelineChain(let left, let chain, let right):
      do {
        try execute(left, scope, output)
      } catch let error as RuntimeError {
        // An error that ends the left pipeline goes to a trap of the enclosing statements
        // (in this function, outside any `try`), else is reported; either way it counts as
        // the pipeline's failure and the chain goes on (`Get-Item nope || 'fallback'`).
        if let frame = trapFrames.last, frame.callDepth == callDepth, frame.tryDepth == tryDepth,
          try runTrap(in: frame.statements, for: error, scope, output)
        {
          setStatus(false)
        } else if error.scope == .statement && tryDepth == 0
          && errorActionPreference(in: scope) != .stop
        {
          reportTerminating(error.record, scope: scope)
        } else {
          throw error
        }
      }
      let succeeded = lastStatus
      if (chain == .and && succeeded) || (chain == .or && !succeeded) {
        try execute(right, scope, output)
      }
    case .assignment(let target, let op, let value):
      let failuresBefore = failureCount
      try assign(target: target, op: op, value: value, scope: scope)
      // `$x = Get-Item nope` leaves `$?` false, as the command that made the value failed.
      if failureCount == failuresBefore { setStatus(true) }
    case .ifStatement(let clauses, let elseBody):
      for clause in clauses where try evaluateCondition(clause.condition, scope) {
        try execute(clause.body, scope, output)
        return
      }
      if let elseBody { try execute(elseBody, scope, output) }
    case .foreachStatement(let label, let variable, let iterable, let body):
      let items: AnySequence<Value> =
        try lazyRange(iterable, scope).map { AnySequence($0) }
        ?? AnySequence(try evaluateStatementValue(iterable, scope).enumerated)
      for item in items {
        try assignVariable(variable, item, scope)
        if try runLoopBody(body, label: label, scope, output) { break }
      }
    case .forStatement(let label, let initializer, let condition, let iterator, let body):
      if let initializer { try execute(initializer, scope, discard) }
      while try condition.map({ try evaluateCondition($0, scope) }) ?? true {
        if try runLoopBody(body, label: label, scope, output) { break }
        if let iterator { try execute(iterator, scope, discard) }
      }
    case .whileStatement(let label, let condition, let body):
      while try evaluateCondition(condition, scope) {
        if try runLoopBody(body, label: label, scope, output) { break }
      }
    case .doLoop(let label, let body, let condition, let isUntil):
      repeat {
        if try runLoopBody(body, label: label, scope, output) { break }
      } while try evaluateCondition(condition, scope) != isUntil
    case .switchStatement(let switchAst):
      try runSwitch(switchAst, scope, output)
    case .breakStatement(let label):
      throw ControlFlow.breakLoop(label: try label.map { try eval($0, scope).toText() })
    case .continueStatement(let label):
      throw ControlFlow.continueLoop(label: try label.map { try eval($0, scope).toText() })
    case .returnStatement(let value):
      if let value { try execute(value, scope, scope.methodResult ?? output) }
      throw ControlFlow.returnFromBlock
    case .exitStatement(let value):
      let code = try value.map { try evaluateStatementValue($0, scope) } ?? .int(0)
      throw ControlFlow.exitScript(code: Int32(truncatingIfNeeded: code.intValue ?? 0))
    case .throwStatement(let value):
      throw try makeThrow(value, statement.range, scope)
    case .functionDefinition(let definition):
      try defineFunction(definition, scope)
    case .tryStatement(let body, let catches, let finallyBlock):
      try runTry(body, catches, finallyBlock, scope, output)
    case .trapStatement:
      break  // A trap applies to its whole statement list; see runTrap.
    case .typeDefinition:
      break  // Defined when the enclosing script block starts; see defineTypes.
    case .empty:
      break
    }
  }

  /// Runs a loop body; returns true when the loop must stop (a `break` for this loop).
  ///
  /// A `continue` for this loop ends the iteration; other labels propagate.
  func runLoopBody(_ body: StatementBlock, label: String?, _ scope: Scope, _ output: OutputSink)
    throws -> Bool
  {
    try checkCancelled()
    do {
      try execute(body, scope, output)
    } catch ControlFlow.breakLoop(let target)
      where target == nil || target?.lowercased() == label?.lowercased()
    {
      return true
    } catch ControlFlow.continueLoop(let target)
      where target == nil || target?.lowercased() == label?.lowercased()
    {
      return false
    }
    return false
  }

  /// Evaluates a condition (a pipeline in parentheses) to a Boolean.
  ///
  /// A condition that runs a command leaves `$?` true however the command did, as pwsh's
  /// compiler does (`if (Get-Item nope -ea 0) {} ; $?` is True); one of pure expressions
  /// leaves it as it was.
  func evaluateCondition(_ statement: StatementAst, _ scope: Scope) throws -> Bool {
    let result = try evaluateStatementValue(statement, scope).isTruthy
    if !statusFlag, Self.runsACommand(statement) { setStatus(true) }
    return result
  }

  /// True when a statement calls a command outside any script block it holds.
  static func runsACommand(_ statement: StatementAst) -> Bool {
    !AstWalk.findAll(.statement(statement), searchNestedScriptBlocks: false) {
      if case .command = $0 { return true }
      return false
    }.isEmpty
  }

  /// The value of a statement used as an expression: a lone expression's value as is (no
  /// enumeration), otherwise the collected output of the pipeline.
  func evaluateStatementValue(_ statement: StatementAst, _ scope: Scope) throws -> Value {
    if case .pipeline(let pipeline) = statement.kind, pipeline.elements.count == 1,
      case .expression(let expression, let redirections) = pipeline.elements[0],
      redirections.isEmpty
    {
      return try eval(expression, scope)
    }
    if case .assignment(let target, let op, let value) = statement.kind {
      try assign(target: target, op: op, value: value, scope: scope)
      return try eval(target, scope)
    }
    let sink = CollectingSink()
    try execute(statement, scope, sink)
    return sink.result
  }

  /// Builds the error a `throw` raises: a string becomes a RuntimeException with that message; an
  /// error record is rethrown as is; bare `throw` in a catch rethrows.
  func makeThrow(_ value: StatementAst?, _ range: SourceRange, _ scope: Scope) throws
    -> RuntimeError
  {
    guard let value else {
      if var current = currentCatch.last {
        current.scope = .script
        return current
      }
      let record = ErrorRecord(
        message: "ScriptHalted", errorId: "ScriptHalted", category: .operationStopped,
        range: range, isThrown: true)
      return RuntimeError(record, scope: .script)
    }
    let thrown = try evaluateStatementValue(value, scope)
    if let object = thrown.psObject, let original = object.base as? ErrorRecord {
      return RuntimeError(original, scope: .script)
    }
    if let object = thrown.psObject, object.typeNames.contains("System.Exception") {
      // `throw [System.ArgumentException]::new('bad')`: the exception keeps its type.
      let message = object.value(of: "Message")?.toText() ?? ""
      let record = ErrorRecord(
        message: message, exceptionType: object.typeName, errorId: message,
        category: .operationStopped, range: range, isThrown: true)
      return RuntimeError(record, scope: .script)
    }
    let record = ErrorRecord(
      message: thrown.toText(), errorId: thrown.toText(), category: .operationStopped,
      targetObject: thrown, range: range, isThrown: true)
    if case .string = thrown {} else { record.thrownValue = thrown }
    return RuntimeError(record, scope: .script)
  }

  /// `try { } catch [T] { } finally { }`: catches terminating errors (not flow control).
  ///
  /// The finally block runs whatever happened (an error, `return`, `break`, Ctrl-C); an error
  /// it throws itself replaces the one in flight, as in pwsh.
  func runTry(
    _ body: StatementBlock, _ catches: [CatchClause], _ finallyBlock: StatementBlock?,
    _ scope: Scope, _ output: OutputSink
  ) throws {
    let outcome = Result { try runTryBody(body, catches, scope, output) }
    if let finallyBlock { try execute(finallyBlock, scope, output) }
    try outcome.get()
  }

  private func runTryBody(
    _ body: StatementBlock, _ catches: [CatchClause], _ scope: Scope, _ output: OutputSink
  ) throws {
    do {
      tryDepth += 1
      defer { tryDepth -= 1 }
      try execute(body, scope, output)
    } catch let error as RuntimeError {
      guard let clause = catches.first(where: { catchMatches($0, error.record) }) else {
        throw error
      }
      // A caught error is still recorded in $Error, as pwsh records every terminating error.
      appendToErrorVariable(error.record)
      let previous = scope.local("_")?.value
      scope.set("_", errorValue(error.record))
      scope.set("PSItem", errorValue(error.record))
      currentCatch.append(error)
      defer {
        currentCatch.removeLast()
        scope.set("_", previous ?? .null)
      }
      try execute(clause.body, scope, output)
    }
  }

  func catchMatches(_ clause: CatchClause, _ record: ErrorRecord) -> Bool {
    if clause.types.isEmpty { return true }
    let chain = ExceptionTypes.chain(of: record.exceptionType).map { $0.lowercased() }
    return clause.types.contains { type in
      let written = type.name.lowercased()
      let full = PSType.resolve(type.name)?.fullName.lowercased() ?? written
      return chain.contains(full) || chain.contains(written)
        || chain.contains { $0.hasSuffix("." + written) }
    }
  }
}

/// The base classes of the exception types the shell raises, for `catch [Type]`.
enum ExceptionTypes {
  static func chain(of type: String) -> [String] {
    var result = [type]
    switch type {
    case "System.Management.Automation.ParameterBindingException",
      "System.Management.Automation.CommandNotFoundException",
      "System.Management.Automation.PSInvalidCastException",
      "System.Management.Automation.ParseException",
      "System.Management.Automation.NativeCommandExitException",
      "System.Management.Automation.ApplicationFailedException",
      "System.Management.Automation.RemoteException",
      "System.Management.Automation.ActionPreferenceStopException",
      "System.Management.Automation.MetadataException":
      result.append("System.Management.Automation.RuntimeException")
    case "System.Management.Automation.ScriptCallDepthException":
      result.append("System.SystemException")
    case "System.Management.Automation.ArgumentTransformationMetadataException":
      result.append("System.Management.Automation.MetadataException")
      result.append("System.Management.Automation.RuntimeException")
    case "System.Management.Automation.ItemNotFoundException":
      result.append("System.Management.Automation.SessionStateException")
      result.append("System.Management.Automation.RuntimeException")
    default: break
    }
    if !result.contains("System.Exception") { result.append("System.Exception") }
    return result
  }
}
