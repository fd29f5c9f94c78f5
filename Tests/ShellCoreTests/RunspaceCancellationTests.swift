import Testing

@testable import ShellCore

/// Ctrl-C sets the flag of the session the user typed into; a runspace that session made
/// (`[powershell]::Create()`) must stop as well, or its script would run on.
struct RunspaceCancellationTests {
  @Test func ctrlCInTheSessionStopsItsRunspace() {
    let session = Interpreter(host: CapturingHost())
    let runspace = session.makeRunspace()
    #expect(!runspace.isCancelled)
    session.isCancelled = true
    #expect(runspace.isCancelled)
    #expect(throws: ControlFlow.self) { try runspace.checkCancelled() }
    session.isCancelled = false
    #expect(!runspace.isCancelled)
  }

  @Test func aRunspacesOwnFlagLeavesTheSessionRunning() {
    let session = Interpreter(host: CapturingHost())
    let runspace = session.makeRunspace()
    runspace.isCancelled = true
    #expect(!session.isCancelled)
  }
}
