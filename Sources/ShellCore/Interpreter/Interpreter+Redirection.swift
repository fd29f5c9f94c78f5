import Foundation
import ShellSyntax

/// Where non-terminating errors go under `2>$null`, `2>&1` or `2> file`.
enum ErrorRedirect {
  case discard
  case output(OutputSink)
  case file(RedirectionFile)
}

/// A file that a redirection writes: text collected and written when the pipeline ends.
final class RedirectionFile: OutputSink {
  let path: String
  let append: Bool
  let interpreter: Interpreter
  private var lines: [String] = []
  /// One formatting session for everything the redirection receives, so that several
  /// objects make one table, as `$objects > file` does in PowerShell; without a formatting
  /// Out-Default, each value is written as its text.
  private lazy var session = (interpreter.outDefault as? DefaultOutput)?.makeFileFormatter {
    [unowned self] line in self.lines.append(line)
  }

  init(path: String, append: Bool, interpreter: Interpreter) {
    self.path = path
    self.append = append
    self.interpreter = interpreter
  }

  func write(_ value: Value) throws {
    guard let session else {
      if !value.isNull { lines.append(value.toText()) }
      return
    }
    try session.write(value)
  }

  func writeLine(_ line: String) { lines.append(line) }

  /// Writes the collected text; a failure (formatting, or a file that cannot be written) is
  /// shown as an error and makes `$?` false, never dropped.
  func flush() {
    do {
      try session?.finish()
    } catch let error as RuntimeError {
      fail(error.record)
    } catch {
      fail(RuntimeError.make("RedirectionFailed", "\(error)").record)
    }
    let data = Data(lines.map { $0 + "\n" }.joined().utf8)
    do {
      if append, let handle = FileHandle(forWritingAtPath: path) {
        try handle.seekToEnd()
        try handle.write(contentsOf: data)
        try handle.close()
      } else if !FileManager.default.createFile(atPath: path, contents: data) {
        throw CocoaError(.fileWriteUnknown)
      }
    } catch {
      // pwsh's Out-File error for a path whose folder is missing or cannot be written.
      fail(
        ErrorRecord(
          message: "Could not find a part of the path '\(path)'.",
          exceptionType: "System.IO.DirectoryNotFoundException",
          errorId: "FileOpenFailure,Microsoft.PowerShell.Commands.OutFileCommand",
          category: .openError, targetObject: .string(path), commandName: "Out-File"))
    }
  }

  private func fail(_ record: ErrorRecord) {
    interpreter.setStatus(false)
    interpreter.appendToErrorVariable(record)
    interpreter.display(record)
  }
}

/// The output side of a pipeline's redirections, undone by `finish()`.
final class RedirectedOutput {
  let output: OutputSink
  private let cleanup: () -> Void

  init(output: OutputSink, cleanup: @escaping () -> Void) {
    self.output = output
    self.cleanup = cleanup
  }

  func finish() { cleanup() }
}

extension Interpreter {
  /// Applies `>`, `>>`, `2>`, `2>&1`, `*>` of every element of a pipeline.
  func redirectedOutput(_ pipeline: PipelineAst, _ scope: Scope, _ output: OutputSink) throws
    -> RedirectedOutput
  {
    var redirections: [Redirection] = []
    for element in pipeline.elements {
      switch element {
      case .expression(_, let list): redirections += list
      case .command(let command): redirections += command.redirections
      }
    }
    if redirections.isEmpty { return RedirectedOutput(output: output) {} }
    var resultOutput = output
    var files: [RedirectionFile] = []
    var pushed = 0
    for redirection in redirections {
      switch redirection.target {
      case .mergeToOutput:
        if redirection.stream == .error || redirection.stream == .all {
          errorRedirects.append(.output(output))
          pushed += 1
        }
      case .file(let targetExpression, let append):
        let isNull: Bool
        if case .variable(let path, _) = targetExpression.kind, path.key == "null" {
          isNull = true
        } else {
          isNull = false
        }
        let file: RedirectionFile? =
          isNull
          ? nil
          : RedirectionFile(
            path: resolvePath(try eval(targetExpression, scope).toText()), append: append,
            interpreter: self)
        if let file { files.append(file) }
        if redirection.stream == .output || redirection.stream == .all {
          resultOutput = file ?? NullSink()
        }
        if redirection.stream == .error || redirection.stream == .all {
          errorRedirects.append(file.map(ErrorRedirect.file) ?? .discard)
          pushed += 1
        }
      }
    }
    return RedirectedOutput(output: resultOutput) { [unowned self] in
      self.errorRedirects.removeLast(min(pushed, self.errorRedirects.count))
      for file in files { file.flush() }
    }
  }

  /// Resolves a path against the current location; a leading `~` is the home directory.
  public func resolvePath(_ path: String) -> String {
    let expanded =
      path == "~" || path.hasPrefix("~/") ? Self.homeDirectory + path.dropFirst() : path
    if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
    return ((location as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
  }

  /// The home directory: `$HOME` from the environment, as .NET reads it on Unix, else the
  /// account's home.
  public static var homeDirectory: String {
    let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
    return home.isEmpty ? NSHomeDirectory() : home
  }
}
