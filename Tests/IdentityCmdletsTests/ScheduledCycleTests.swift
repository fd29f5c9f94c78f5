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
  // Nothing has opened the lab yet, and asking does not open it.
  IdentityCmdlets.runScheduledSyncCycle(in: interpreter, at: Date().addingTimeInterval(86_400))
  #expect(run(count, in: interpreter, host) == "0\n")
  // The seeded lab's start time went by long before this shell opened it: not made up for.
  IdentityCmdlets.runScheduledSyncCycle(in: interpreter, at: Date().addingTimeInterval(86_400))
  #expect(run(count, in: interpreter, host) == "0\n")
  // A cycle sets the next start one interval (30 minutes) on; then the scheduler runs it.
  _ = run("$null = Start-ADSyncSyncCycle", in: interpreter, host)
  IdentityCmdlets.runScheduledSyncCycle(in: interpreter)
  #expect(run(count, in: interpreter, host) == "6\n")
  IdentityCmdlets.runScheduledSyncCycle(in: interpreter, at: Date().addingTimeInterval(1_860))
  #expect(run(count, in: interpreter, host) == "12\n")
  #expect(host.errors == "")
}
