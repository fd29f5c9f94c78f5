import Foundation
import ShellSyntax

/// Command resolution and argument evaluation for command pipeline elements.
extension Interpreter {
  /// What a command name resolves to.
  enum ResolvedCommand {
    case cmdlet(any Cmdlet.Type)
    case function(FunctionInfo)
    case scriptFile(String)
    /// A program, by its full path.
    case application(String)
  }

  /// Resolves a name as PowerShell does: alias, function, cmdlet, script path, program,
  /// `Get-` prefix.
  public func resolveCommand(_ name: String) -> (name: String, kind: String)? {
    guard let resolved = resolve(name) else { return nil }
    switch resolved {
    case .cmdlet(let type): return (type.declaration.name, "Cmdlet")
    case .function(let info): return (info.name, "Function")
    case .scriptFile(let path): return (path, "ExternalScript")
    case .application(let path): return ((path as NSString).lastPathComponent, "Application")
    }
  }

  func resolve(_ name: String, depth: Int = 0) -> ResolvedCommand? {
    let key = name.lowercased()
    if depth < 10, let target = aliases[key] { return resolve(target, depth: depth + 1) }
    if let function = functions[key] { return .function(function) }
    if let cmdlet = cmdlets[key] { return .cmdlet(cmdlet) }
    if key.hasSuffix(".ps1") {
      let path = resolvePath(name)
      if ApplicationSearch.isRegularFile(path) { return .scriptFile(path) }
    }
    if let program = findApplication(name) {
      // A script found on PATH runs as a script, as pwsh runs an ExternalScript.
      return program.lowercased().hasSuffix(".ps1") ? .scriptFile(program) : .application(program)
    }
    // pwsh tries the `Get-` prefix last, after programs: `date` runs /usr/bin/date on Linux.
    if !key.contains("-"), let cmdlet = cmdlets["get-" + key] { return .cmdlet(cmdlet) }
    return nil
  }

  func makeProcessor(
    _ command: CommandAst, _ scope: Scope, output: OutputSink, expectsInput: Bool
  ) throws -> CommandProcessor {
    if strictModeSeen { try checkStrictCallSyntax(command, scope) }
    let nameValue: Value
    if let literal = command.literalName {
      nameValue = .string(literal)
    } else {
      nameValue = try eval(command.name, scope)
    }
    if case .scriptBlock(let block) = nameValue {
      let arguments = try evaluateArguments(command.elements, scope)
      if command.invocation == .dot, block.ast.paramBlock == nil {
        return DotSourceProcessor(
          interpreter: self, block: block, scope: scope,
          arguments: arguments.flatMap(\.argumentValues), output: output)
      }
      let function = try makeFunctionInfo(name: "", block: block, shortParameters: nil, scope)
      return ScriptProcessor(
        interpreter: self, function: function, arguments: arguments, callerScope: scope,
        output: output, invocationRange: command.range, isDotSourced: command.invocation == .dot)
    }
    let name = nameValue.toText()
    guard let resolved = resolve(name) else {
      let record = ErrorRecord(
        message: "The term '\(name)' is not recognized as a name of a cmdlet, function, script "
          + "file, or executable program.\nCheck the spelling of the name, or if a path was "
          + "included, verify that the path is correct and try again.",
        exceptionType: "System.Management.Automation.CommandNotFoundException",
        errorId: "CommandNotFoundException", category: .objectNotFound,
        targetObject: .string(name), commandName: name, range: command.name.range)
      record.activity = name
      throw RuntimeError(record)
    }
    if let help = helpRequestProcessor(command, resolved, scope, output: output) { return help }
    switch resolved {
    case .application(let path):
      // A program gets its arguments as text (NativeArguments); the others get them bound.
      return NativeCommandProcessor(
        interpreter: self, path: path,
        arguments: try evaluateNativeArguments(command.elements, scope), scope: scope,
        output: output, invocationRange: command.range, expectsInput: expectsInput,
        mergesErrors: command.redirections.contains {
          if case .mergeToOutput = $0.target { return $0.stream == .error || $0.stream == .all }
          return false
        })
    case .cmdlet(let type):
      let context = CommandContext(
        interpreter: self, commandName: type.declaration.name, scope: scope,
        invocationRange: command.range, output: output)
      context.errorIdSource = type.declaration.errorIdSource
      context.expectsInput = expectsInput
      return CmdletProcessor(
        type: type, arguments: try evaluateArguments(command.elements, scope), context: context)
    case .function(let function):
      return ScriptProcessor(
        interpreter: self, function: function,
        arguments: try evaluateArguments(command.elements, scope), callerScope: scope,
        output: output, invocationRange: command.range)
    case .scriptFile(let path):
      let arguments = try evaluateArguments(command.elements, scope)
      let block = try loadScript(path)
      if command.invocation == .dot, block.ast.paramBlock == nil {
        return DotSourceProcessor(
          interpreter: self, block: block, scope: scope,
          arguments: arguments.flatMap(\.argumentValues), output: output, scriptPath: path)
      }
      let function = try makeFunctionInfo(name: path, block: block, shortParameters: nil, scope)
      return ScriptProcessor(
        interpreter: self, function: function, arguments: arguments, callerScope: scope,
        output: output, invocationRange: command.range, isScriptFile: true,
        isDotSourced: command.invocation == .dot)
    }
  }

  /// Parses a script file into a script block, or throws its first parse error.
  func loadScript(_ path: String) throws -> ScriptBlock {
    let text: String
    do {
      text = try ScriptFileText.read(path)
    } catch {
      let failure = error
      if case .notFound = failure {
        throw RuntimeError.make("PathNotFound", failure.message, category: .objectNotFound)
      }
      throw RuntimeError.make(
        "ScriptFileNotText", failure.message, category: .invalidData,
        exceptionType: "System.IO.InvalidDataException")
    }
    let result = Parser.parse(SourceText(text, fileName: path))
    if let error = result.errors.first {
      throw RuntimeError(Interpreter.parseErrorRecord(error), scope: .script)
    }
    return ScriptBlock(ast: result.script)
  }

  /// Evaluates command elements to bind arguments; `@splat` expands a hashtable into named
  /// arguments and an array into positional ones.
  func evaluateArguments(_ elements: [CommandElement], _ scope: Scope) throws -> [BindArgument] {
    var arguments: [BindArgument] = []
    for element in elements {
      switch element {
      case .parameter(let name, let argument, let range):
        let value = try argument.map { try evalArgument($0, scope) }
        arguments.append(.parameter(name: name, value: value, range: range))
      case .argument(let expression):
        if case .variable(let path, true) = expression.kind {
          let splatted = try readVariable(path, scope, range: expression.range)
          switch splatted {
          case .hashtable(let table):
            for (key, value) in table.entries {
              arguments.append(
                .parameter(name: key.toText(), value: value, range: expression.range))
            }
          default:
            for item in splatted.enumerated {
              arguments.append(.value(item, range: expression.range))
            }
          }
          continue
        }
        arguments.append(.value(try evalArgument(expression, scope), range: expression.range))
      case .endOfParameters:
        continue
      case .stopParsing(let text, let range):
        // Commands other than programs see the words after `--%` as plain arguments.
        for word in NativeArguments.verbatimWords(text) {
          arguments.append(.value(.string(word), range: range))
        }
      }
    }
    return arguments
  }

  /// Evaluates a command argument; a number keeps the spelling it was typed with.
  func evalArgument(_ expression: ExpressionAst, _ scope: Scope) throws -> Value {
    if case .constant(let constant) = expression.kind {
      return Value.numberWithText(Interpreter.value(of: constant), text: constant.text)
    }
    return try eval(expression, scope)
  }

  /// The error record shown for a syntax error.
  public static func parseErrorRecord(_ error: ParseError) -> ErrorRecord {
    ErrorRecord(
      message: error.message, exceptionType: "System.Management.Automation.ParseException",
      errorId: error.id, category: .parserError, range: error.range)
  }
}

/// Runs a script block or script file dot-sourced: in the caller's scope.
///
/// A dot-sourced script file still sees itself in `$PSScriptRoot` and `$PSCommandPath`
/// (`. (Join-Path $PSScriptRoot helpers.ps1)` finds its neighbours), and the caller gets its
/// own values back afterwards.
final class DotSourceProcessor: CommandProcessor {
  let interpreter: Interpreter
  let block: ScriptBlock
  let scope: Scope
  let arguments: [Value]
  let output: OutputSink
  /// The file, when a script file is dot-sourced.
  let scriptPath: String?

  init(
    interpreter: Interpreter, block: ScriptBlock, scope: Scope, arguments: [Value],
    output: OutputSink, scriptPath: String? = nil
  ) {
    self.interpreter = interpreter
    self.block = block
    self.scope = scope
    self.arguments = arguments
    self.output = output
    self.scriptPath = scriptPath
  }

  override func processWithoutInput() throws {
    try asScriptFile {
      try interpreter.invokeDotSourced(
        block, scope: scope, dollarUnder: nil, arguments: arguments, output: output)
    }
  }

  override func process(_ input: Value) throws {
    try asScriptFile {
      try interpreter.invokeDotSourced(
        block, scope: scope, dollarUnder: input, arguments: arguments, output: output)
    }
  }

  private func asScriptFile(_ body: () throws -> Void) throws {
    guard let scriptPath else { return try body() }
    let saved = ["PSScriptRoot", "PSCommandPath"].map { ($0, scope.local($0.lowercased())?.value) }
    scope.set("PSCommandPath", .string(scriptPath))
    scope.set("PSScriptRoot", .string((scriptPath as NSString).deletingLastPathComponent))
    defer {
      for (name, value) in saved {
        if let value { scope.set(name, value) } else { scope.remove(name) }
      }
    }
    try body()
  }
}
