import Foundation
import IdentityCmdlets
import ShellCore
import ShellSyntax
import Testing

/// Runs `code` in `interpreter` and returns what it printed.
private func run(_ code: String, in interpreter: Interpreter, _ host: CapturingHost) -> String {
  let start = host.output.count
  _ = interpreter.run(SourceText(code))
  interpreter.flushOutput()
  return String(host.output.dropFirst(start))
}

@Test func scheduledCycleRunsOnceDueWhileTheLabIsOpen() {
  let host = CapturingHost(width: 120)
  let interpreter = makeInterpreter(host: host)
  IdentityCmdlets.register(in: interpreter, labPath: ":memory:")
  let count = "@(Get-ADSyncRunProfileResult).Count"
  let later = Date().addingTimeInterval(86_400)
  // Nothing has opened the lab yet, and asking does not open it: nothing ran, nothing is said.
  #expect(IdentityCmdlets.runScheduledSyncCycle(in: interpreter, at: later) == nil)
  #expect(run(count, in: interpreter, host) == "0\n")
  // The seeded lab's start time went by long before this shell opened it: not made up for.
  #expect(IdentityCmdlets.runScheduledSyncCycle(in: interpreter, at: later) == nil)
  #expect(run(count, in: interpreter, host) == "0\n")
  // A cycle sets the next start one interval (30 minutes) on; then the scheduler runs it.
  _ = run("$null = Start-ADSyncSyncCycle", in: interpreter, host)
  #expect(IdentityCmdlets.runScheduledSyncCycle(in: interpreter) == nil)
  #expect(run(count, in: interpreter, host) == "6\n")
  let report = IdentityCmdlets.runScheduledSyncCycle(
    in: interpreter, at: Date().addingTimeInterval(1_860))
  #expect(report == "The sync scheduler ran a Delta cycle: 6 run steps, all success.\n")
  #expect(run(count, in: interpreter, host) == "12\n")
  #expect(host.errors == "")
}
