import Foundation
import ShellSyntax

/// Where a redirected stream goes: `n>$null` discards it, `n>&1` merges it into the output,
/// `n> file` writes it to a file.
enum StreamRedirect {
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

/// The redirections of one pipeline stage: where its output goes and the routing of its other
/// streams.
struct StageRedirection {
  let output: OutputSink
  let routing: StreamRouting
}

extension Interpreter {
  /// Applies one stage's `>`, `>>`, `n>`, `n>>`, `n>&1`, `*>` and `*>&1`.
  ///
  /// The stage's output goes to `downstream` unless `>` sends it to a file or `$null`; a merged
  /// stream (`3>&1`) goes wherever the output goes, whatever the order of the operators, as pwsh
  /// merges into the command's output pipe. Files are added to `files`, written when the
  /// pipeline ends.
  func stageRedirection(
    _ redirections: [Redirection], _ scope: Scope, downstream: OutputSink,
    files: inout [RedirectionFile]
  ) throws -> StageRedirection {
    let enclosing = streamRouting
    var output: OutputSink = RoutingBoundarySink(
      next: downstream, routing: enclosing, interpreter: self)
    var routing = enclosing
    var merged: [Redirection.Stream] = []
    for redirection in redirections {
      let streams = Self.streams(of: redirection.stream)
      switch redirection.target {
      case .mergeToOutput:
        merged += streams
      case .file(let targetExpression, let append):
        var file: RedirectionFile?
        if case .variable(let path, _) = targetExpression.kind, path.key == "null" {
          file = nil
        } else {
          let target = try eval(targetExpression, scope).toText()
          let path: String
          do {
            path = try resolvePath(target)
          } catch let drive as DriveNotFoundError {
            throw RuntimeError(drive.record(source: nil))
          }
          file = RedirectionFile(path: path, append: append, interpreter: self)
        }
        if let file { files.append(file) }
        let redirect = file.map(StreamRedirect.file) ?? .discard
        for stream in streams {
          if stream == .output {
            output = file ?? NullSink()
          } else {
            Self.route(stream, to: redirect, in: &routing)
          }
        }
        merged.removeAll { streams.contains($0) }
      }
    }
    for stream in merged { Self.route(stream, to: .output(output), in: &routing) }
    return StageRedirection(output: output, routing: routing)
  }

  /// The streams a redirection names: `*` is every stream.
  private static func streams(of stream: Redirection.Stream) -> [Redirection.Stream] {
    stream == .all ? [.output, .error, .warning, .verbose, .debug, .information] : [stream]
  }

  private static func route(
    _ stream: Redirection.Stream, to redirect: StreamRedirect, in routing: inout StreamRouting
  ) {
    switch stream {
    case .error: routing.error = redirect
    case .warning: routing[.warning] = redirect
    case .verbose: routing[.verbose] = redirect
    case .debug: routing[.debug] = redirect
    case .information: routing[.information] = redirect
    case .output, .all: break
    }
  }
}
