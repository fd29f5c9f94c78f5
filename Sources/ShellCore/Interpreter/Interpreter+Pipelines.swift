import Foundation
import ShellSyntax

/// Pipelines: wiring command processors, streaming objects through them, `$?`.
extension Interpreter {
  func runPipeline(_ pipeline: PipelineAst, _ scope: Scope, _ output: OutputSink) throws {
    let first = pipeline.elements[0]
    if pipeline.elements.count == 1, case .expression(let expression, let redirections) = first,
      redirections.isEmpty
    {
      if let items = try lazyRange(expression, scope) {
        setStatus(true)
        for item in items {
          try checkCancelled()
          try output.write(item)
        }
        return
      }
      let failuresBefore = failureCount
      let value = try evalForOutput(expression, scope)
      // An expression succeeds unless a command inside it failed (`(Get-Item nope) && 'x'`).
      if failureCount == failuresBefore { setStatus(true) }
      if case .unary(let op, _) = expression.kind,
        [.postIncrement, .postDecrement, .preIncrement, .preDecrement].contains(op)
      {
        return  // `$i++` as a statement writes nothing.
      }
      try writeEnumerating(value, to: output)
      return
    }
    let depth = callDepth
    defer { callDepth = depth }
    var files: [RedirectionFile] = []
    defer { for file in files { file.flush() } }
    var processors: [CommandProcessor] = []
    defer { for processor in processors { processor.dispose() } }
    var next: OutputSink = output
    var gates: [BeginGate?] = []
    var head: (output: OutputSink, routing: StreamRouting?) = (output, nil)
    for (index, element) in pipeline.elements.enumerated().reversed() {
      let redirections: [Redirection]
      switch element {
      case .expression(_, let list): redirections = list
      case .command(let command): redirections = command.redirections
      }
      var stage = StageRedirection(output: next, routing: streamRouting)
      if !redirections.isEmpty {
        stage = try stageRedirection(redirections, scope, downstream: next, files: &files)
      }
      guard case .command(let command) = element else {
        head = (stage.output, redirections.isEmpty ? nil : stage.routing)
        continue
      }
      var processor = try makeProcessor(
        command, scope, output: stage.output, expectsInput: index > 0)
      if !redirections.isEmpty {
        processor = RedirectedProcessor(processor, routing: stage.routing, interpreter: self)
      }
      processors.insert(processor, at: 0)
      // Only a command with another one before it can receive begin output.
      let gate = index > 0 ? BeginGate(processor) : nil
      gates.insert(gate, at: 0)
      next = gate ?? processor
    }
    do {
      for (processor, gate) in zip(processors, gates) {
        try processor.begin()
        try gate?.open()
      }
      if case .expression(let expression, _) = first {
        // A lone expression with a redirection (`$x > file`) writes straight to it; the
        // expression runs under its own redirections (`$(Write-Warning w) 3>$null`).
        let target: OutputSink = processors.first ?? head.output
        let saved = streamRouting
        if let routing = head.routing { streamRouting = routing }
        defer { streamRouting = saved }
        let items: AnySequence<Value> =
          try lazyRange(expression, scope).map { AnySequence($0) }
          ?? AnySequence(Interpreter.pipelineItems(try evalForOutput(expression, scope)))
        streamRouting = saved
        for item in items {
          try checkCancelled()
          try target.write(item)
        }
      } else {
        try processors.first?.processWithoutInput()
      }
      for processor in processors { try processor.end() }
    } catch ControlFlow.stopUpstream(let stopper) {
      // A stop raised by a command of an enclosing pipeline travels on to that pipeline.
      guard let index = processors.firstIndex(where: { Self.isStage($0, stopper) }) else {
        throw ControlFlow.stopUpstream(stopper)
      }
      for processor in processors[index...] { try processor.end() }
    }
    setStatus(!processors.contains { $0.hadError })
  }

  /// True when `processor` (or the stage a redirection wraps) is the one `identity` names.
  private static func isStage(_ processor: CommandProcessor, _ identity: ObjectIdentifier) -> Bool {
    if ObjectIdentifier(processor) == identity { return true }
    guard let redirected = processor as? RedirectedProcessor else { return false }
    return ObjectIdentifier(redirected.inner) == identity
  }

  /// An expression's value where it is written to a pipeline: a void method call keeps its
  /// "no value" (AutomationNull), so `$list.Add(1)` as a statement writes nothing.
  func evalForOutput(_ expression: ExpressionAst, _ scope: Scope) throws -> Value {
    // `[System.Management.Automation.Internal.AutomationNull]::Value` writes nothing either.
    if case .member(let target, let member, true, let nullSafe) = expression.kind {
      return try evalMember(target, member, true, nullSafe, scope, expression.range)
    }
    guard
      case .invokeMember(let target, let member, let arguments, let isStatic, let nullSafe) =
        expression.kind
    else { return try eval(expression, scope) }
    return try evalInvoke(target, member, arguments, isStatic, nullSafe, scope, expression.range)
  }

  /// What a value sends down a pipeline: an array's elements, nothing for a void method's
  /// result, anything else as one object (including `$null`).
  static func pipelineItems(_ value: Value) -> [Value] {
    if value.isAutomationNull { return [] }
    if case .array(let array) = value { return array.items }
    return [value]
  }

  func writeEnumerating(_ value: Value, to output: OutputSink) throws {
    if value.isAutomationNull { return }
    if case .array(let array) = value {
      for item in array.items { try output.write(item) }
    } else {
      try output.write(value)
    }
  }

  var lastStatus: Bool { statusFlag }

  func setStatus(_ success: Bool) {
    statusFlag = success
    if !success { failureCount &+= 1 }
  }

  /// Counts nested script calls and refuses to go deeper than a .NET stack would.
  ///
  /// The overflow is script-terminating, as pwsh's ScriptCallDepthException is: it unwinds
  /// the whole recursion to the nearest `try` or the top, instead of being reported at every
  /// level while each level's remaining work (`1..3 | % { f }`) runs on.
  func enterCall(range: SourceRange) throws {
    callDepth += 1
    if callDepth > 200 {
      var error = RuntimeError.make(
        "CallDepthOverflow", "The script failed due to call depth overflow.",
        category: .invalidOperation,
        exceptionType: "System.Management.Automation.ScriptCallDepthException",
        target: .int(Int32(callDepth))
      ).located(at: range)
      error.scope = .script
      throw error
    }
  }

  func leaveCall() { callDepth = max(0, callDepth - 1) }

  /// Invokes a script block like `& $block args` (a new scope), writing to `output`.
  public func invokeScriptBlock(
    _ block: ScriptBlock, scope: Scope, arguments: [Value], input: [Value]?, output: OutputSink
  ) throws {
    let function = try makeFunctionInfo(
      name: "", block: block, shortParameters: nil, scope)
    let processor = ScriptProcessor(
      interpreter: self, function: function,
      arguments: arguments.map { .value($0, range: block.ast.range) }, callerScope: scope,
      output: output, invocationRange: block.ast.range)
    let depth = callDepth
    defer { callDepth = depth }
    try processor.runToEnd(input: input)
  }

  /// Runs a script block in `scope` itself (dot-sourcing), with `$_` set when given; the
  /// previous `$_` is restored afterwards.
  public func invokeDotSourced(
    _ block: ScriptBlock, scope: Scope, dollarUnder: Value?, arguments: [Value],
    output: OutputSink
  ) throws {
    let previousItem = scope.local("_")?.value
    let previousArgs = scope.local("args")?.value
    if let dollarUnder {
      scope.set("_", dollarUnder)
      scope.set("PSItem", dollarUnder)
    }
    // `$args` of the block: set only when it differs from what the scope already holds.
    let replacesArgs =
      !arguments.isEmpty || (previousArgs.map { !$0.enumerated.isEmpty } ?? false)
    if replacesArgs { scope.set("args", .array(arguments)) }
    defer {
      if dollarUnder != nil {
        scope.set("_", previousItem ?? .null)
        scope.set("PSItem", previousItem ?? .null)
      }
      if replacesArgs, let previousArgs { scope.set("args", previousArgs) }
    }
    let ast = block.ast
    if !ast.typeDefinitions.isEmpty { try defineTypes(ast.typeDefinitions, scope) }
    let ranNamedBlock = ast.beginBlock != nil || ast.processBlock != nil || ast.endBlock != nil
    defer {
      if let clean = ast.cleanBlock, ranNamedBlock { runCleanBlock(clean, scope, output: output) }
    }
    do {
      if let begin = ast.beginBlock { try execute(begin, scope, output) }
      if let process = ast.processBlock { try execute(process, scope, output) }
      if let end = ast.endBlock { try execute(end, scope, output) }
    } catch ControlFlow.returnFromBlock {
      return
    }
  }
}
