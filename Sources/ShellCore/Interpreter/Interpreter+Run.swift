import ShellSyntax

/// Entry points used by the executable: run a script file, a command string, a REPL line.
extension Interpreter {
  /// How a run ended.
  public enum RunOutcome: Equatable {
    /// Ran to the end; `succeeded` is `$?` after the last statement.
    case completed(succeeded: Bool)
    /// `exit N`.
    case exited(Int32)
    /// An uncaught script-terminating error (already displayed).
    case failed
    /// The text did not parse (errors already displayed); nothing ran.
    case parseFailed
  }

  /// Parses and runs text in the global scope, as `-Command` and the REPL do.
  public func run(_ source: SourceText) -> RunOutcome {
    let parsed = Parser.parse(source)
    if !parsed.errors.isEmpty {
      showParseErrors(parsed.errors)
      return .parseFailed
    }
    return run {
      try self.invokeDotSourced(
        ScriptBlock(ast: parsed.script), scope: self.globalScope, dollarUnder: nil, arguments: [],
        output: self.outDefault)
    }
  }

  /// Runs a script file in its own script scope with arguments bound to its `param()` block,
  /// as `-File` does.
  public func runScript(_ source: SourceText, arguments: [String]) -> RunOutcome {
    let parsed = Parser.parse(source)
    if !parsed.errors.isEmpty {
      showParseErrors(parsed.errors)
      return .parseFailed
    }
    let block = ScriptBlock(ast: parsed.script)
    let path = source.fileName ?? ""
    let range = parsed.script.range
    let bindArguments = Interpreter.scriptArguments(arguments, range: range)
    return run {
      let function = try self.makeFunctionInfo(
        name: path, block: block, shortParameters: nil, self.globalScope)
      let processor = ScriptProcessor(
        interpreter: self, function: function, arguments: bindArguments,
        callerScope: self.globalScope, output: self.outDefault, invocationRange: range,
        isScriptFile: true)
      try processor.begin()
      try processor.processWithoutInput()
      try processor.end()
    }
  }

  /// Turns `-File` arguments into bind arguments: `-Name` and `-Name:value` are parameter
  /// names, everything else a literal string.
  static func scriptArguments(_ arguments: [String], range: SourceRange) -> [BindArgument] {
    arguments.map { text in
      if text.hasPrefix("-"), text.count > 1, let first = text.dropFirst().first, first.isLetter {
        let body = text.dropFirst()
        if let colon = body.firstIndex(of: ":") {
          let value = String(body[body.index(after: colon)...])
          let parsed: Value =
            ["$true", "true"].contains(value.lowercased())
            ? .bool(true)
            : ["$false", "false"].contains(value.lowercased())
              ? .bool(false)
              : .string(value)
          return .parameter(name: String(body[..<colon]), value: parsed, range: range)
        }
        return .parameter(name: String(body), value: nil, range: range)
      }
      return .value(.string(text), range: range)
    }
  }

  private func run(_ body: () throws -> Void) -> RunOutcome {
    defer {
      flushOutput()
      (host as? StandardHost)?.resetProgress()
    }
    do {
      try body()
      return .completed(succeeded: lastStatus)
    } catch ControlFlow.exitScript(let code) {
      globalScope.set("LASTEXITCODE", .int(code))
      return .exited(code)
    } catch let error as RuntimeError {
      flushOutput()
      setStatus(false)
      appendToErrorVariable(error.record)
      display(error.record)
      return .failed
    } catch is ControlFlow {
      // `return` at the top, a `break` outside a loop (pwsh ends the script quietly), a stop
      // that outlived its pipeline, or Ctrl-C: the run is over, without an error to show.
      return .completed(succeeded: lastStatus)
    } catch {
      // Every error meant for scripts is a RuntimeError by now; anything else is a defect of
      // the shell, shown as such and ending the run with exit code 1, never dropped.
      flushOutput()
      setStatus(false)
      let record = ErrorRecord(
        message: "adsh internal error: \(error)", exceptionType: "System.InvalidOperationException",
        errorId: "InternalError", category: .notSpecified, targetObject: .null)
      appendToErrorVariable(record)
      display(record)
      return .failed
    }
  }

  /// Shows syntax errors in ConciseView.
  public func showParseErrors(_ errors: [ParseError]) {
    flushOutput()
    for error in errors {
      display(Interpreter.parseErrorRecord(error))
    }
  }
}
