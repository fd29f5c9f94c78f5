import Foundation
import IdentityCmdlets
import ShellCmdlets
import ShellCore
import ShellFormatting
import ShellSyntax

/// Wires the interpreter to the chosen mode and turns outcomes into exit codes (as pwsh does:
/// `exit N` gives N, an uncaught terminating error 1, otherwise 0).
final class Shell {
  let options: CommandLineOptions
  let interpreter: Interpreter

  init(options: CommandLineOptions) {
    self.options = options
    self.interpreter = Shell.makeInterpreter()
    interpreter.isNonInteractive = options.nonInteractive
    interpreter.changesProcessDirectory = true
    IdentityCmdlets.register(in: interpreter, labPath: options.labPath)
  }

  /// A new interpreter with what every session starts with: PowerShell's formatted output and
  /// the built-in cmdlets.
  static func makeInterpreter(host: ShellHost = StandardHost()) -> Interpreter {
    let interpreter = Interpreter(host: host)
    ShellFormatting.register(in: interpreter)
    ShellCmdlets.register(in: interpreter)
    return interpreter
  }

  /// Runs the chosen mode, then closes the lab, and returns the exit code.
  func run() -> Int32 {
    var code = runMode()
    if let requested = interpreter.host.shouldExitCode { code = requested }
    // Transcripts still open when the shell exits are closed with their footer, as pwsh's
    // host does when it stops.
    interpreter.host.transcription?.stopAll { Transcription.epilogue() }
    do {
      try IdentityCmdlets.closeLab(in: interpreter)
    } catch {
      FileHandle.standardError.write(Data("\(error)\n".utf8))
      return code == 0 ? 1 : code
    }
    return code
  }

  private func runMode() -> Int32 {
    if case .exited(let code) = Profile.load(into: interpreter, skipping: options.noProfile) {
      return code
    }
    switch options.mode {
    case .file(let path, let arguments):
      let code = runFile(path, arguments)
      return options.noExit ? Repl(interpreter: interpreter, options: options).run() : code
    case .command(let text):
      let code = exitCode(interpreter.run(SourceText(text)), isCommand: true)
      return options.noExit ? Repl(interpreter: interpreter, options: options).run() : code
    case .standardInput:
      return runStandardInput()
    case .interactive:
      if isatty(STDIN_FILENO) == 0 { return runStandardInput() }
      return Repl(interpreter: interpreter, options: options).run()
    }
  }

  private func runFile(_ path: String, _ arguments: [String]) -> Int32 {
    let fullPath = (try? interpreter.resolvePath(path)) ?? ""  // a missing drive: no script
    let text: String
    do {
      text = try ScriptFileText.read(fullPath)
    } catch .notFound {
      FileHandle.standardError.write(
        Data(
          ("The argument '\(path)' is not recognized as the name of a script file. Check the "
            + "spelling of the name, or if a path was included, verify that the path is "
            + "correct and try again.\n").utf8))
      return 64
    } catch {
      FileHandle.standardError.write(Data((error.message + "\n").utf8))
      return 1
    }
    let source = SourceText(text, fileName: fullPath)
    return exitCode(interpreter.runScript(source, arguments: arguments), isCommand: false)
  }

  /// Standard input that is not a terminal is read whole and run as one script.
  private func runStandardInput() -> Int32 {
    let data = FileHandle.standardInput.readDataToEndOfFile()
    let text = String(decoding: data, as: UTF8.self)
    return exitCode(interpreter.run(SourceText(text)), isCommand: true)
  }

  private func exitCode(_ outcome: Interpreter.RunOutcome, isCommand: Bool) -> Int32 {
    switch outcome {
    case .completed(let succeeded): return isCommand && !succeeded ? 1 : 0
    case .exited(let code): return code
    case .failed, .parseFailed: return 1
    }
  }
}
