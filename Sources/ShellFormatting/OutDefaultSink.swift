import ShellCore

/// Out-Default at the end of every top-level run: one formatting session per run.
///
/// The interpreter writes everything a REPL line, `-Command` text or `-File` script outputs
/// here; `flushOutput()` ends the session (so a table's closing blank line comes at the end of
/// the run, and the first object of the run decides the layout, as PowerShell's host does).
final class OutDefaultSink: DefaultOutput {
  unowned let interpreter: Interpreter
  /// The session's format views (see `Interpreter.formatViews`).
  let formatViews: FormatViewRegistry
  private var session: FormattingSession?
  /// The session `>` redirection draws Format-* records with, closed by their end record.
  private var redirectSession: FormattingSession?
  private var redirectLines: [String] = []

  /// A sink with its own registry of the built-in views.
  convenience init(interpreter: Interpreter) {
    self.init(interpreter: interpreter, formatViews: FormatViewRegistry.withBuiltinViews())
  }

  /// A sink that shares a registry (a runspace made from a session uses the session's).
  init(interpreter: Interpreter, formatViews: FormatViewRegistry) {
    self.interpreter = interpreter
    self.formatViews = formatViews
  }

  /// Writes a value; a warning, verbose or debug record merged into the output (`3>&1`) is
  /// drawn as the host draws that stream, prefix and colour included, as pwsh's console does
  /// for a record whose WriteStream is set.
  func write(_ value: Value) throws {
    if case .object(let object) = value, let stream = Self.stream(of: object.typeName) {
      interpreter.displayStreamRecord(stream, StreamRecord.text(of: object))
      return
    }
    try currentSession().write(value)
  }

  private static func stream(of typeName: String) -> Interpreter.InformationStream? {
    switch typeName {
    case "System.Management.Automation.WarningRecord": return .warning
    case "System.Management.Automation.VerboseRecord": return .verbose
    case "System.Management.Automation.DebugRecord": return .debug
    default: return nil
    }
  }

  /// Ends the current session: draws held rows and the closing blank line.
  func flush() {
    let ending = session
    session = nil
    try? ending?.finish()
  }

  private func currentSession() -> FormattingSession {
    if let session { return session }
    let host = interpreter.host
    let created = FormattingSession(
      interpreter: interpreter, scope: interpreter.globalScope,
      width: max(FormattingSession.consoleWidth(host) - 1, 1),
      destination: .host
    ) { line in host.writeOutput(line + "\n") }
    session = created
    return created
  }

  /// The lines one value prints as when redirected with `>`: a value on its own is one
  /// session; Format-* records share a session until their end record.
  func redirectedLines(of value: Value) -> [String] {
    redirectLines = []
    if let record = FormatRecord(value) {
      let session =
        redirectSession
        ?? makeCaptureSession { [unowned self] in
          self.redirectLines.append($0)
        }
      redirectSession = session
      try? session.write(value)
      if case .end = record {
        try? session.finish()
        redirectSession = nil
      }
      return redirectLines
    }
    let session = makeCaptureSession { [unowned self] in self.redirectLines.append($0) }
    try? session.write(value)
    try? session.finish()
    return redirectLines
  }

  func makeFileFormatter(writeLine: @escaping (String) -> Void) -> any OutputFormatter {
    makeCaptureSession(writeLine)
  }

  private func makeCaptureSession(_ writeLine: @escaping (String) -> Void) -> FormattingSession {
    FormattingSession(
      interpreter: interpreter, scope: interpreter.globalScope,
      width: max(FormattingSession.consoleWidth(interpreter.host), 1), destination: .capture,
      writeLine: writeLine)
  }
}

extension Interpreter {
  /// The format views of this session: register views for your types here (as
  /// format.ps1xml files do for PowerShell), for example
  /// `interpreter.formatViews.register(FormatView(name: "Group", typeNames: [...], ...))`.
  ///
  /// The registry lives with the session's Out-Default; an interpreter whose `outDefault` was
  /// replaced gets a fresh registry of the built-in views on each access.
  public var formatViews: FormatViewRegistry {
    (outDefault as? OutDefaultSink)?.formatViews ?? FormatViewRegistry.withBuiltinViews()
  }

  /// The lines a value prints as, without colour (for `>` redirection to a file).
  public func plainText(of value: Value) -> [String] {
    if let sink = outDefault as? OutDefaultSink { return sink.redirectedLines(of: value) }
    if FormatGenerator.isScalar(value) { return value.isNull ? [] : [value.toText()] }
    return []
  }
}
