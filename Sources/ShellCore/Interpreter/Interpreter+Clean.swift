import ShellSyntax

/// The `clean { }` block of functions and script blocks (PowerShell 7.3), which runs after the
/// pipeline is over however it ended, so it lives apart from the begin/process/end flow.
extension Interpreter {
  /// Runs a `clean` block in the command's own scope: its output is discarded, `exit` in it
  /// only ends it, and an error in it is reported without stopping anything else.
  func runCleanBlock(_ block: StatementBlock, _ scope: Scope) {
    let status = lastStatus
    defer { setStatus(status) }
    do {
      try execute(block, scope, NullSink())
    } catch let error as RuntimeError {
      reportTerminating(error.record, scope: scope)
    } catch {
      // return, exit, break and a stop end the clean block only; pwsh drops them there.
      return
    }
  }
}
