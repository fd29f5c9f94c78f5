import ShellSyntax

/// `[powershell]::Create()`: a second runspace a script drives through PowerShell's hosting
/// API (`AddScript`, `AddCommand`, `AddParameter`, `AddArgument`, `Invoke`, `Streams.Error`,
/// `HadErrors`, `Commands.Clear()`), as scripts use it to run text in a clean session and test
/// files to check what a script does.
///
/// The runspace has the session's commands and lab but its own variables, functions and
/// scopes. `Invoke` runs the added commands as one pipeline and returns its output; errors the
/// commands write go to `Streams.Error` instead of the screen; an error that ends the script
/// (a `throw`, a parse error) is raised from `Invoke` as `MethodInvocationException`.
final class PowerShellApi {
  static let typeName = "System.Management.Automation.PowerShell"

  /// One command of the pipeline: a script or a command name, with what AddParameter and
  /// AddArgument gave it.
  private struct Command {
    var script: String?
    var block: ScriptBlock?
    var name: String?
    var arguments: [BindArgument] = []
  }

  /// The runspace the commands run in: its own, or one `$ps.Runspace = $rs` gave it.
  private var runspace: Interpreter {
    didSet { collectStreams() }
  }
  /// The runspace object scripts see in `$ps.Runspace`.
  private var runspaceObject: Value
  private var commands: [Command] = []
  private let errors = PSArray()
  /// Debug, Verbose, Warning and Information records, by stream.
  private var records: [Interpreter.InformationStream: PSArray] = [
    .debug: PSArray(), .verbose: PSArray(), .warning: PSArray(), .information: PSArray(),
  ]
  private var hadErrors = false
  /// `InvocationStateInfo.State`: NotStarted, Completed or Failed.
  private var state = "NotStarted"
  /// `$ps.RunspacePool`, when a script gave it one.
  private var pool: Value = .null
  /// What BeginInvoke ran, for EndInvoke to return (or raise).
  private var pending: Result<[Value], Error>?

  private init(parent: Interpreter) {
    runspace = parent.makeRunspace()
    runspaceObject = .null
    runspaceObject = RunspaceObject.make(runspace, state: "Opened")
    collectStreams()
  }

  /// Sends the runspace's errors and stream records to this object's Streams.
  private func collectStreams() {
    runspace.errorStreamCollector = { [unowned self] record in
      self.hadErrors = true
      self.errors.items.append(self.runspace.errorValue(record))
    }
    runspace.streamCollector = { [unowned self] stream, record in
      self.records[stream]?.items.append(.object(record))
    }
  }

  /// `[powershell]::Create()`: the object scripts call the hosting API on.
  static func create(parent: Interpreter) -> Value {
    let api = PowerShellApi(parent: parent)
    let object = PSObject(typeNames: [typeName, "System.Object"])
    object.base = api
    api.install(on: object)
    return .object(object)
  }

  private func install(on object: PSObject) {
    let this = Value.object(object)
    func method(_ name: String, _ body: @escaping (MethodCall) throws -> Value) {
      object.methods[name.lowercased()] = PSMethod(name: name) { arguments in
        try body(MethodCall(target: this, name: name, key: name.lowercased(), arguments: arguments))
      }
    }
    method("AddScript") { call in
      try call.expect(1, 2)
      if case .scriptBlock(let block) = call.arguments[0].unwrapped {
        self.commands.append(Command(block: block))
      } else {
        self.commands.append(Command(script: call.string(0)))
      }
      return this
    }
    method("AddCommand") { call in
      try call.expect(1, 2)
      self.commands.append(Command(name: call.string(0)))
      return this
    }
    method("AddParameter") { call in
      try call.expect(1, 2)
      try self.appendToLast(
        call,
        .parameter(
          name: call.string(0), value: call.arguments.dropFirst().first,
          range: Self.range))
      return this
    }
    method("AddParameters") { call in
      try call.expect(1)
      for item in call.arguments[0].enumerated {
        if case .hashtable(let table) = item {
          for (key, value) in table.entries {
            try self.appendToLast(
              call, .parameter(name: key.toText(), value: value, range: Self.range))
          }
        } else {
          try self.appendToLast(call, .value(item, range: Self.range))
        }
      }
      return this
    }
    method("AddArgument") { call in
      try call.expect(1)
      try self.appendToLast(call, .value(call.arguments[0], range: Self.range))
      return this
    }
    method("Invoke") { call in
      try call.expect(0, 1)
      return .array(try self.invoke(input: call.arguments.first))
    }
    // The shell runs one pipeline at a time: BeginInvoke runs the commands to the end and
    // EndInvoke hands over what they wrote (or raises their error).
    method("BeginInvoke") { call in
      try call.expect(0, 1)
      self.pending = Result { try self.invoke(input: call.arguments.first) }
      let result = PSObject(typeNames: [
        "System.Management.Automation.PowerShellAsyncResult", "System.Object",
      ])
      result.set("IsCompleted", .bool(true))
      result.set("CompletedSynchronously", .bool(true))
      return .object(result)
    }
    method("EndInvoke") { call in
      try call.expect(1)
      guard let pending = self.pending else {
        throw call.failure("The IAsyncResult object was not returned by BeginInvoke.")
      }
      self.pending = nil
      return .array(try pending.get())
    }
    method("Stop") { _ in .null }
    method("Dispose") { _ in
      self.commands.removeAll()
      return .null
    }
    object.setComputed("HadErrors", getter: { .bool(self.hadErrors) })
    object.setComputed(
      "Runspace", getter: { self.runspaceObject },
      setter: { value in
        guard let given = RunspaceObject.interpreter(of: value) else { return }
        self.runspace = given
        self.runspaceObject = value
      })
    object.setComputed(
      "RunspacePool", getter: { self.pool },
      setter: { value in
        self.pool = value
        if let fresh = RunspaceObject.runspace(fromPool: value) { self.runspace = fresh }
      })
    object.setComputed("InvocationStateInfo") {
      let info = PSObject(typeNames: [
        "System.Management.Automation.PSInvocationStateInfo", "System.Object",
      ])
      info.set("State", .string(self.state))
      info.set("Reason", .null)
      return .object(info)
    }
    object.setComputed("Commands", getter: { self.commandsObject() })
    object.setComputed("Streams", getter: { self.streamsObject() })
  }

  private static let range = SourceRange(source: SourceText(""), startOffset: 0, endOffset: 0)

  private func appendToLast(_ call: MethodCall, _ argument: BindArgument) throws {
    guard !commands.isEmpty else {
      throw call.failure(
        "A command is required to add a parameter. A command must be added to the PowerShell "
          + "instance before adding a parameter.")
    }
    commands[commands.count - 1].arguments.append(argument)
  }

  /// `$ps.Commands`: the pipeline's commands, with `Clear()`.
  private func commandsObject() -> Value {
    let object = PSObject(typeNames: ["System.Management.Automation.PSCommand", "System.Object"])
    object.set(
      "Commands", .array(commands.map { .string($0.script ?? $0.name ?? $0.block?.text ?? "") }))
    object.methods["clear"] = PSMethod(name: "Clear") { [unowned self] _ in
      self.commands.removeAll()
      return .null
    }
    return .object(object)
  }

  /// `$ps.Streams`: Error, Warning, Verbose, Debug and Information (Progress stays empty), with
  /// `ClearStreams()`.
  private func streamsObject() -> Value {
    let object = PSObject(typeNames: [
      "System.Management.Automation.PSDataStreams", "System.Object",
    ])
    object.set("Error", .array(errors))
    object.set("Debug", .array(records[.debug] ?? PSArray()))
    object.set("Verbose", .array(records[.verbose] ?? PSArray()))
    object.set("Warning", .array(records[.warning] ?? PSArray()))
    // Progress is drawn by the console host only.
    object.set("Progress", .array([]))
    object.set("Information", .array(records[.information] ?? PSArray()))
    object.methods["clearstreams"] = PSMethod(name: "ClearStreams") { [unowned self] _ in
      self.errors.items.removeAll()
      for list in self.records.values { list.items.removeAll() }
      return .null
    }
    return .object(object)
  }

  /// Runs the commands as one pipeline in the runspace's global scope.
  private func invoke(input: Value?) throws -> [Value] {
    guard !commands.isEmpty else {
      throw OperatorErrors.methodException(
        "Invoke", input == nil ? 0 : 1, "No commands are specified.")
    }
    var items: [Value]? = input.map { $0.enumerated }
    state = "Running"
    do {
      for command in commands {
        let sink = CollectingSink()
        try run(command, input: items, output: sink)
        items = sink.items
      }
    } catch let error as RuntimeError {
      state = "Failed"
      throw Self.invokeFailure(error.record, arguments: input == nil ? 0 : 1)
    } catch ControlFlow.exitScript {
      state = "Completed"
      return items ?? []
    }
    state = "Completed"
    return items ?? []
  }

  private func run(_ command: Command, input: [Value]?, output: OutputSink) throws {
    let block: ScriptBlock
    if let script = command.script {
      let parsed = Parser.parse(SourceText(script))
      if let first = parsed.errors.first {
        throw RuntimeError(Interpreter.parseErrorRecord(first), scope: .script)
      }
      block = ScriptBlock(ast: parsed.script)
    } else if let given = command.block {
      block = given
    } else {
      try runCommand(command.name ?? "", command.arguments, input: input, output: output)
      return
    }
    if !command.arguments.isEmpty {
      // AddArgument / AddParameter after AddScript bind to the script's param() block.
      let script = try runspace.makeFunctionInfo(
        name: "", block: block, shortParameters: nil, runspace.globalScope)
      try ScriptProcessor(
        interpreter: runspace, function: script, arguments: command.arguments,
        callerScope: runspace.globalScope, output: output, invocationRange: Self.range
      ).runToEnd(input: input)
      return
    }
    if let input {
      try runspace.invokeScriptBlock(
        block, scope: runspace.globalScope, arguments: [], input: input, output: output)
    } else {
      try runspace.invokeDotSourced(
        block, scope: runspace.globalScope, dollarUnder: nil, arguments: [], output: output)
    }
  }

  /// Runs an AddCommand command with its parameters bound as the command line would bind them.
  private func runCommand(
    _ name: String, _ arguments: [BindArgument], input: [Value]?, output: OutputSink
  ) throws {
    let scope = runspace.globalScope
    let processor: CommandProcessor
    switch runspace.resolve(name) {
    case .cmdlet(let type):
      let context = CommandContext(
        interpreter: runspace, commandName: type.declaration.name, scope: scope,
        invocationRange: Self.range, output: output)
      context.expectsInput = input != nil
      processor = CmdletProcessor(type: type, arguments: arguments, context: context)
    case .function(let function):
      processor = ScriptProcessor(
        interpreter: runspace, function: function, arguments: arguments, callerScope: scope,
        output: output, invocationRange: Self.range)
    default:
      // Programs and script files: run through the command line, which finds them or says
      // that the name is unknown, with the values as positional arguments.
      let escaped = "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
      let block = ScriptBlock(ast: Parser.parse(SourceText("& \(escaped) @args")).script)
      let values = arguments.compactMap { argument -> Value? in
        if case .value(let value, _) = argument { return value }
        return nil
      }
      try runspace.invokeScriptBlock(
        block, scope: scope, arguments: values, input: input, output: output)
      return
    }
    try processor.runToEnd(input: input)
  }

  /// The error `Invoke` raises for a script-terminating error: a MethodInvocationException
  /// whose id names the inner exception's type and whose inner exception carries the record.
  private static func invokeFailure(_ inner: ErrorRecord, arguments: Int) -> RuntimeError {
    let record = ErrorRecord(
      message:
        "Exception calling \"Invoke\" with \"\(arguments)\" argument(s): \"\(inner.message)\"",
      exceptionType: "System.Management.Automation.MethodInvocationException",
      errorId: inner.exceptionShortName, category: .notSpecified)
    record.innerError = inner
    return RuntimeError(record)
  }
}
