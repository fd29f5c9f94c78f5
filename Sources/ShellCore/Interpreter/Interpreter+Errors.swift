import ShellSyntax

/// Error reporting: `$Error`, `$?`, the ErrorAction policy, and the warning/verbose streams.
extension Interpreter {
  /// The streams besides output and error, printed with PowerShell's prefixes.
  public enum InformationStream: Sendable { case warning, verbose, debug, information }

  /// Records and shows a statement-terminating error that nobody caught.
  func reportTerminating(_ record: ErrorRecord, scope: Scope) {
    setStatus(false)
    appendToErrorVariable(record)
    let preference = errorActionPreference(in: scope)
    if preference == .silentlyContinue || preference == .ignore { return }
    display(record)
  }

  /// Handles a non-terminating error according to the command's ErrorAction.
  func reportNonTerminating(_ record: ErrorRecord, action: ActionPreference, scope: Scope) throws {
    switch action {
    case .stop:
      throw RuntimeError(record, scope: .script)
    case .ignore:
      return
    case .silentlyContinue:
      appendToErrorVariable(record)
    default:
      appendToErrorVariable(record)
      if let redirect = streamRouting.error {
        switch redirect {
        case .discard: return
        case .output(let sink): try sink.write(errorValue(record))
        case .file(let file): file.writeLine(record.message)
        }
        return
      }
      display(record)
    }
  }

  /// Prints an error record in ConciseView to the error stream.
  public func display(_ record: ErrorRecord) {
    if let collector = errorStreamCollector {
      collector(record)
      return
    }
    let view = ErrorView(width: host.width, useColor: host.supportsColor)
    host.writeError(view.render(record))
  }

  func appendToErrorVariable(_ record: ErrorRecord) {
    guard case .array(let list) = globalScope.local("error")?.value ?? .null else { return }
    // An error caught, rethrown and caught again is one error.
    if case .object(let newest)? = list.items.first, newest.base === record { return }
    list.items.insert(errorValue(record), at: 0)
    if list.items.count > 256 { list.items.removeLast() }
  }

  /// Writes a warning, verbose, debug or information record: to where the running stage's
  /// redirection sends it, else to a runspace's `Streams`, else to the host (warnings, verbose
  /// and debug messages with PowerShell's prefixes, information as its text).
  public func writeStream(_ stream: InformationStream, _ record: PSObject) throws {
    if let redirect = streamRouting[stream] {
      switch redirect {
      case .discard: return
      case .output(let sink): try sink.write(.object(record))
      case .file(let file): file.writeLine(StreamRecord.text(of: record))
      }
      return
    }
    if let collector = streamCollector {
      collector(stream, record)
      return
    }
    displayStreamRecord(stream, StreamRecord.text(of: record))
  }

  /// Shows a stream's message on the host, as the console host draws it.
  public func displayStreamRecord(_ stream: InformationStream, _ text: String) {
    let prefix: String
    switch stream {
    case .warning: prefix = "WARNING: "
    case .verbose: prefix = "VERBOSE: "
    case .debug: prefix = "DEBUG: "
    case .information:
      host.writeOutput(text + "\n")
      return
    }
    if host.supportsColor {
      host.writeOutput("\u{1B}[33;1m\(prefix)\(text)\u{1B}[0m\n")
    } else {
      host.writeOutput("\(prefix)\(text)\n")
    }
  }

  /// The PowerShell object for an error record, as `$_` in `catch` and `$Error[0]` show it.
  public func errorValue(_ record: ErrorRecord) -> Value { record.objectValue }
}
