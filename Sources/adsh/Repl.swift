import Foundation
import LineEditor
import ShellRuntime
import ShellSyntax

/// The interactive loop: prompt, read (with continuation lines for incomplete input), run.
final class Repl {
  let interpreter: Interpreter
  let options: CommandLineOptions
  private let editor = LineEditor(programName: "adsh")

  init(interpreter: Interpreter, options: CommandLineOptions) {
    self.interpreter = interpreter
    self.options = options
  }

  func run() -> Int32 {
    if !options.noLogo { print("adsh \(ShellVersion.current)") }
    while true {
      guard let text = readEntry() else { return 0 }
      if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { continue }
      editor.addHistory(text)
      if case .exited(let code) = interpreter.run(SourceText(text)) { return code }
    }
  }

  /// Reads one entry, asking for more lines with `>> ` while the parser reports it incomplete.
  private func readEntry() -> String? {
    var text = ""
    var prompt = "PS \(FileManager.default.currentDirectoryPath)> "
    while true {
      guard let line = editor.readLine(prompt: prompt) else {
        return text.isEmpty ? nil : text
      }
      if editor.wasInterrupted { return "" }
      text += text.isEmpty ? line : "\n" + line
      if !Parser.parse(SourceText(text)).isIncompleteInput { return text }
      prompt = ">> "
    }
  }
}
