import ShellSyntax

/// The `clean { }` block of functions and script blocks (PowerShell 7.3), which runs after the
/// pipeline is over however it ended, so it lives apart from the begin/process/end flow.
extension Interpreter {
  /// Runs a `clean` block in the command's own scope.
  ///
  /// Its output is discarded, `exit` in it only ends it, and an error in it is reported
  /// without stopping anything else. Warnings and information still reach the variables of
  /// the command's `output` (`-WarningVariable`).
  func runCleanBlock(_ block: StatementBlock, _ scope: Scope, output: OutputSink) {
    let status = lastStatus
    defer { setStatus(status) }
    do {
      try execute(block, scope, CleanBlockSink(next: output))
    } catch let error as RuntimeError {
      reportTerminating(error.record, scope: scope)
    } catch {
      // return, exit, break and a stop end the clean block only; pwsh drops them there.
      return
    }
  }
}

/// Where a clean block's statements write: objects are dropped (pwsh discards the clean block's
/// output), but the command's stream variables stay reachable through `next`.
final class CleanBlockSink: OutputSink {
  let next: OutputSink

  init(next: OutputSink) { self.next = next }

  func write(_ value: Value) throws {}
}
