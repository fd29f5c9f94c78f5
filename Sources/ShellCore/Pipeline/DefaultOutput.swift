/// Out-Default as the interpreter drives it: the sink top-level pipelines write to
/// (`Interpreter.outDefault`), which ShellFormatting provides.
///
/// The interpreter does not format objects itself: it ends each top-level run with `flush()`,
/// and draws what `>` redirects to a file with a formatter this sink makes.
public protocol DefaultOutput: OutputSink {
  /// Ends the current formatting session: draws held rows and the closing blank line.
  func flush()
  /// A formatter for everything one `>` redirection receives, as one session, so that several
  /// objects make one table; it hands each line of plain text to `writeLine`.
  func makeFileFormatter(writeLine: @escaping (String) -> Void) -> any OutputFormatter
}

/// Objects in, lines out: one formatting session, ended by `finish()`.
public protocol OutputFormatter: OutputSink {
  /// Ends the session: closes the open view and draws anything held.
  func finish() throws
}
