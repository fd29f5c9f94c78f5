import Foundation
import ShellSyntax

/// Runs PowerShell ASTs: the session state (scopes, commands, `$Error`) and the tree walker.
///
/// The interpreter is single-threaded, like a PowerShell runspace. Statements write their
/// output to an `OutputSink`; a top-level pipeline ends in Out-Default.
public final class Interpreter {
  public let globalScope: Scope
  public var host: ShellHost
  /// Cmdlets by lowercased name.
  var cmdlets: [String: any Cmdlet.Type] = [:]
  /// Aliases: lowercased alias -> command name.
  var aliases: [String: String] = [:]
  /// Aliases as they were written (`Set-Alias -Name MyList`), by lowercased alias.
  var aliasSpellings: [String: String] = [:]
  /// Functions by lowercased name.
  var functions: [String: FunctionInfo] = [:]
  /// The classes and enums scripts defined, by lowercased name.
  var scriptTypes: [String: ScriptTypeDefinition] = [:]
  /// How many `try` blocks enclose the code running now; while positive, statement-terminating
  /// errors travel up to the `catch` instead of being reported.
  var tryDepth = 0
  /// Whether any Set-StrictMode ran: until then no strict-mode check looks up a version.
  var strictModeSeen = false
  /// The statement lists holding a `trap` that enclose the code running now, innermost last,
  /// for a pipeline chain to offer its errors to before it goes on.
  var trapFrames: [TrapFrame] = []
  /// Nesting of script-block calls, bounded to turn runaway recursion into an error.
  var callDepth = 0
  /// The last error caught by the innermost `catch`, for a bare `throw` to rethrow.
  var currentCatch: [RuntimeError] = []
  /// A sink that drops output, shared by loop headers (`for (init; ; step)`).
  let discard = NullSink()
  /// Out-Default: where top-level pipelines write.
  ///
  /// ShellFormatting's `register(in:)` installs the formatting one (a `DefaultOutput`); until
  /// then output is dropped.
  public var outDefault: OutputSink
  /// `-NonInteractive`: prompts (a confirmation) fail instead of asking, even on a terminal.
  public var isNonInteractive = false
  /// Whether a program whose output goes to the console gets the terminal (TerminalLease).
  ///
  /// The interactive shell sets it, as the job-control shell of its terminal; a script run
  /// by another shell leaves job control to that shell.
  public var lendsTerminal = false
  /// State a command module keeps for this interpreter (the identity cmdlets' lab), by the
  /// module's key; it lives and dies with the interpreter.
  public var moduleState: [String: AnyObject] = [:]
  /// Static methods of .NET types that live outside the engine (`[PSSerializer]::Serialize`),
  /// by the type's lowercased full name: given the method name and the arguments, the result,
  /// or nil when the type has no such method.
  public var staticMethodProviders: [String: StaticMethodProvider] = [:]
  /// The current location (Get-Location), against which relative paths resolve; Set-Location
  /// changes it (and `$PWD` with it).
  public var location = FileManager.default.currentDirectoryPath
  /// Locations left by Set-Location, for `cd -` (last is newest).
  public var locationHistory: [String] = []
  /// Locations left by `cd -`, for `cd +`.
  public var locationFuture: [String] = []
  /// Whether Set-Location also changes the process's working directory; the shell sets it, so
  /// that the prompt and path completion follow the location, while embedded interpreters
  /// (tests run many at once) keep theirs apart.
  public var changesProcessDirectory = false
  /// Where errors go instead of the screen in a runspace a script drives
  /// (`[powershell]::Create()`: its `Streams.Error`); nil shows them.
  var errorStreamCollector: ((ErrorRecord) -> Void)?
  /// Where warning, verbose, debug and information records go instead of the screen in such a
  /// runspace.
  var streamCollector: ((InformationStream, PSObject) -> Void)?
  /// Gives a new runspace the session's output formatting (ShellFormatting installs it).
  public var prepareRunspace: ((_ parent: Interpreter, _ child: Interpreter) -> Void)?
  /// `$?`: whether the last pipeline succeeded.
  var statusFlag = true
  /// Counts the times `$?` became false, so that an expression can tell whether a command
  /// inside it (`(Get-Item nope)`, `$(...)`) failed while it was evaluated.
  var failureCount = 0
  /// Where errors, warnings, verbose, debug and information records go under the running
  /// stage's redirections (`2>$null`, `3>&1`, `*> file`).
  var streamRouting = StreamRouting()
  /// The command lines the REPL ran (Get-History), capped by `$global:MaximumHistoryCount`.
  public private(set) lazy var history = SessionHistory { [unowned self] in
    self.globalScope.local("maximumhistorycount")?.value.intValue ?? 0
  }
  /// Set when the user pressed Ctrl-C; checked between statements, loop iterations and
  /// pipeline items, which then stop with `ControlFlow.pipelineStopped`.
  public var isCancelled: Bool {
    get { cancellationFlag.pointee != 0 || cancellationParent?.isCancelled == true }
    set { cancellationFlag.pointee = newValue ? 1 : 0 }
  }
  /// The session a runspace was made from (`[powershell]::Create()`): Ctrl-C there, which
  /// sets only that session's flag, stops the runspace's pipeline too.
  var cancellationParent: Interpreter?
  /// The storage behind `isCancelled`, outside Swift's exclusivity checks, so that a SIGINT
  /// handler may set it while the interpreter runs.
  public let cancellationFlag: UnsafeMutablePointer<Int32> = {
    let flag = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
    flag.initialize(to: 0)
    return flag
  }()

  public init(host: ShellHost = StandardHost()) {
    self.host = host
    self.globalScope = Scope(parent: nil, isScriptScope: true)
    self.outDefault = NullSink()
    AutomaticVariables.install(in: globalScope, host: host)
  }

  deinit { cancellationFlag.deallocate() }

  /// Stops the running pipeline when the user pressed Ctrl-C (pwsh's PipelineStoppedException).
  public func checkCancelled() throws {
    if isCancelled { throw ControlFlow.pipelineStopped }
  }

  /// Prints whatever Out-Default still holds; call at the end of each top-level input.
  public func flushOutput() {
    (outDefault as? DefaultOutput)?.flush()
    (host as? StandardHost)?.flush()
  }

  /// A new runspace with this session's commands, aliases, lab and location, but variables,
  /// functions and scopes of its own.
  func makeRunspace() -> Interpreter {
    let child = Interpreter(host: host)
    child.cmdlets = cmdlets
    child.aliases = aliases
    child.aliasSpellings = aliasSpellings
    child.moduleState = moduleState
    child.location = location
    child.isNonInteractive = true
    child.prepareRunspace = prepareRunspace
    child.cancellationParent = self
    prepareRunspace?(self, child)
    return child
  }

  /// Registers a cmdlet type under its declared name.
  public func register(_ cmdlet: any Cmdlet.Type) {
    cmdlets[cmdlet.declaration.name.lowercased()] = cmdlet
  }

  /// Registers an alias for a command name.
  public func alias(_ name: String, _ target: String) {
    aliases[name.lowercased()] = target
    aliasSpellings[name.lowercased()] = name
  }

  /// Every registered cmdlet, sorted by name.
  public var cmdletTypes: [any Cmdlet.Type] {
    cmdlets.values.sorted { $0.declaration.name < $1.declaration.name }
  }

  /// Every alias as (alias, target), sorted by alias.
  public var aliasTable: [(String, String)] {
    aliases.map { (aliasSpellings[$0.key] ?? $0.key, $0.value) }
      .sorted { $0.0.lowercased() < $1.0.lowercased() }
  }

  /// Every function as (name, info), sorted by name.
  public var functionTable: [FunctionInfo] {
    functions.values.sorted { $0.name.lowercased() < $1.name.lowercased() }
  }

  /// The value of `$ErrorActionPreference` (or `Continue`).
  func errorActionPreference(in scope: Scope) -> ActionPreference {
    preference("ErrorActionPreference", in: scope, default: .continue)
  }

  /// Reads a preference variable such as `$VerbosePreference`.
  public func preference(_ name: String, in scope: Scope, default fallback: ActionPreference)
    -> ActionPreference
  {
    guard let value = scope.lookup(name.lowercased())?.value else { return fallback }
    return ActionPreference(text: value.toText()) ?? fallback
  }

  /// The operator hooks bound to a scope: `$Matches` lands in it and script blocks run in it.
  public func operatorContext(_ scope: Scope) -> OperatorContext {
    var context = OperatorContext(
      setMatches: { matches in scope.set("Matches", .hashtable(matches)) },
      invokeScriptBlock: { [unowned self] block, dollarUnder in
        let sink = CollectingSink()
        try self.invokeDotSourced(
          block, scope: scope, dollarUnder: dollarUnder, arguments: [], output: sink)
        return sink.result
      },
      outputFieldSeparator: scope.lookup("ofs")?.value.toText() ?? " ")
    context.staticMethodProviders = staticMethodProviders
    context.invokeDelegate = { [unowned self] block, arguments in
      let sink = CollectingSink()
      try self.invokeScriptBlock(
        block, scope: scope, arguments: arguments, input: arguments.first.map { [$0] },
        output: sink)
      return sink.result
    }
    return context
  }
}
