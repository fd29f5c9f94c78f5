import Foundation
import IdentityCmdlets
import IdentityEngine
import LineEditor
import ShellCmdlets
import ShellCore
import ShellSyntax

/// The interactive loop: banner, prompt, read (with continuation lines), run, remember.
///
/// Whether an entry needs more lines is the parser's `isIncompleteInput` alone; Tab asks the
/// ``CompletionEngine``; Ctrl-C is routed by ``ReplInterrupts``.
final class Repl {
  let interpreter: Interpreter
  let options: CommandLineOptions
  private lazy var editor = LineEditor(
    programName: "adsh", configuration: PSReadLineCmdlets.configuration(in: interpreter))
  private let historyPath = UserPaths.history()
  /// False once the history file proved unusable: it is warned about once, then left alone.
  private var keepsHistory = true

  init(interpreter: Interpreter, options: CommandLineOptions) {
    self.interpreter = interpreter
    self.options = options
  }

  func run() -> Int32 {
    if !options.noLogo {
      let lab = LabLocation.resolve(
        explicit: options.labPath, environment: ProcessInfo.processInfo.environment)
      print(Self.banner(labPath: lab))
    }
    startEditor()
    ReplInterrupts.install(setting: interpreter.cancellationFlag)
    interpreter.lendsTerminal = true
    defer { interpreter.lendsTerminal = false }
    defer { ReplInterrupts.remove() }
    while true {
      interpreter.isCancelled = false
      // Between entries, as the real service would in the background; Ctrl-C stops it.
      if let report = IdentityCmdlets.runScheduledSyncCycle(in: interpreter) {
        interpreter.host.writeError(report)
        interpreter.isCancelled = false
      }
      guard let text = readEntry() else {
        print()  // Ctrl-D leaves the cursor after the prompt.
        return 0
      }
      guard text.contains(where: { !$0.isWhitespace }) else { continue }
      remember(text)
      interpreter.history.startCommand(text)
      // The flag is not cleared here: a Ctrl-C pressed just after Enter stops this entry.
      let outcome = interpreter.run(SourceText(text))
      interpreter.history.finishCommand(status: Self.status(of: outcome, interpreter))
      if interpreter.isCancelled { print() }
      if case .exited(let code) = outcome { return code }
      if let code = interpreter.host.shouldExitCode { return code }
    }
  }

  /// The ExecutionStatus Get-History shows for an entry: Stopped after Ctrl-C, Failed when a
  /// terminating error (or a syntax error) ended it, else Completed, even if it wrote
  /// non-terminating errors (as pwsh records a pipeline's final state).
  static func status(of outcome: Interpreter.RunOutcome, _ interpreter: Interpreter)
    -> SessionHistory.ExecutionStatus
  {
    if interpreter.isCancelled { return .stopped }
    switch outcome {
    case .failed, .parseFailed: return .failed
    case .completed, .exited: return .completed
    }
  }

  /// The one-line banner: version and lab.
  static func banner(labPath: String) -> String {
    "adsh \(ShellVersion.current) - lab \(labPath)"
  }

  /// Loads the history and attaches tab completion.
  ///
  /// A history directory that cannot be made or written (a read-only or missing home) gives
  /// one warning, and the session runs without a saved history.
  private func startEditor() {
    if let problem = UserPaths.createParentDirectory(of: historyPath) {
      keepsHistory = false
      interpreter.host.writeError(
        "WARNING: adsh cannot keep a command history: \(problem). Commands of this session "
          + "are not saved.\n")
    } else {
      editor.loadHistory(from: historyPath)
    }
    let engine = CompletionEngine(interpreter: interpreter)
    editor.completer = { line, cursor in
      let completion = engine.complete(line, cursor: cursor)
      return (completion.replaceFrom, completion.candidates)
    }
  }

  /// Adds an entry to the history and saves the file, so that a crash loses nothing.
  private func remember(_ text: String) {
    editor.addHistory(text)
    guard keepsHistory else { return }
    if !editor.saveHistory(to: historyPath) {
      keepsHistory = false
      interpreter.host.writeError(
        "WARNING: adsh cannot save the command history to '\(historyPath)'. Commands of this "
          + "session are not saved.\n")
    }
  }

  /// Reads one entry, asking for more lines with `>> ` while the parser reports it incomplete.
  ///
  /// Returns nil at end of input; Ctrl-C abandons the entry and returns an empty one.
  private func readEntry() -> String? {
    var text = ""
    var prompt = primaryPrompt()
    while true {
      guard let line = editor.readLine(prompt: prompt) else {
        return text.isEmpty ? nil : text
      }
      if editor.wasInterrupted { return "" }
      // The transcript holds the line as the console showed it: after its prompt.
      interpreter.host.transcription?.recordCommand(
        prompt: prompt, line: line, isFirstLine: text.isEmpty,
        startTime: Transcription.timestamp())
      text += text.isEmpty ? line : "\n" + line
      if !Parser.parse(SourceText(text)).isIncompleteInput { return text }
      prompt = ">> "
    }
  }

  /// `PS /current/dir> `, or what the user's `prompt` function writes (pwsh falls back to
  /// `PS>` when the function fails or writes nothing).
  func primaryPrompt() -> String {
    guard
      let function = interpreter.functionTable.first(where: {
        $0.name.lowercased() == "prompt"
      })
    else {
      return "PS \(FileManager.default.currentDirectoryPath)> "
    }
    let sink = CollectingSink()
    do {
      try interpreter.invokeScriptBlock(
        function.block, scope: interpreter.globalScope, arguments: [], input: nil, output: sink)
    } catch {
      return "PS>"
    }
    let text = sink.items.map { $0.toText() }.joined()
    return text.isEmpty ? "PS>" : text
  }
}
