import Foundation
import GRDB
import Testing

/// Ctrl-C at the prompts a command shows and inside a long sync cycle, in a real terminal:
/// the pipeline stops, the prompt comes back, and the lab is left whole.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed (scripts/test installs it)"))
struct ReplInterruptTests {
  typealias Home = ReplTerminalTests.Home

  private func start(_ home: Home) throws -> TmuxSession {
    let adsh = try #require(ReplTerminalTests.adshPath(), "the adsh executable was not built")
    let session = try TmuxSession(adsh: adsh, directory: home.work, environment: home.environment)
    let prompt = try session.waitFor { $0.hasSuffix("PS \(home.work)>") }
    try #require(prompt.matched, "no prompt; the screen was:\n\(prompt.screen)")
    return session
  }

  /// Types `text` and waits until the editor shows it, typing it again if keys were lost.
  ///
  /// Keys typed just before libedit takes the terminal can be discarded; on a loaded machine
  /// the echo can also take a while, so each attempt waits a few seconds.
  private func typeShown(_ session: TmuxSession, _ text: String) throws {
    for _ in 0..<3 {
      try session.type(text)
      if try session.waitFor(timeout: 5, { $0.hasSuffix(text) }).matched { return }
      try session.press("C-u")
    }
    Issue.record("the line was never shown: \(text)")
  }

  /// Runs a line and waits for the prompt after its output, which must end with `ending`.
  private func run(_ session: TmuxSession, _ home: Home, _ line: String, ending: String) throws {
    try session.press("C-l")
    try typeShown(session, line)
    try session.press("Enter")
    let result = try session.waitFor(timeout: 120) { $0.hasSuffix("\(ending)\nPS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  /// The screen's lines after the first, where a command's output goes.
  private func outputLines(_ screen: String) -> [Substring] {
    Array(screen.split(separator: "\n").dropFirst())
  }

  @Test func ctrlCAtAConfirmationPromptStopsThePipelineAndChangesNothing() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try start(home)
    try session.type("Remove-ADUser -Identity ajohnson; 'not reached'")
    try session.press("Enter")
    let asked = try session.waitFor { $0.hasSuffix("(default is \"Y\"):") }
    try #require(asked.matched, "screen:\n\(asked.screen)")
    try session.press("C-c")
    let back = try session.waitFor(timeout: 1) { $0.hasSuffix("PS \(home.work)>") }
    #expect(back.matched, "screen:\n\(back.screen)")
    #expect(!outputLines(back.screen).contains("not reached"), "screen:\n\(back.screen)")
    try run(session, home, "(Get-ADUser -Identity ajohnson).SamAccountName", ending: "ajohnson")
    try run(session, home, "(Get-History)[-2].ExecutionStatus", ending: "Stopped")
  }

  @Test func ctrlCAtReadHostStopsThePipelineAndTheNextReadHostWorks() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try start(home)
    try session.type("$name = Read-Host 'Name'; \"after $name\"")
    try session.press("Enter")
    let asked = try session.waitFor { $0.hasSuffix("Name:") }
    try #require(asked.matched, "screen:\n\(asked.screen)")
    try session.press("C-c")
    let back = try session.waitFor(timeout: 1) { $0.hasSuffix("PS \(home.work)>") }
    #expect(back.matched, "screen:\n\(back.screen)")
    #expect(
      !outputLines(back.screen).contains { $0.hasPrefix("after") }, "screen:\n\(back.screen)")
    // Standard input still works: the interrupted read left no error state behind.
    try session.press("C-l")
    try typeShown(session, "\"got $(Read-Host 'Again')\"")
    try session.press("Enter")
    try #require(try session.waitFor { $0.hasSuffix("Again:") }.matched)
    try session.type("x")
    try session.press("Enter")
    let answered = try session.waitFor { $0.hasSuffix("got x\nPS \(home.work)>") }
    #expect(answered.matched, "screen:\n\(answered.screen)")
  }

  @Test func ctrlCAtAMandatoryParameterPromptStopsThePipeline() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try start(home)
    // Short enough for one line of the 120-column screen.
    try typeShown(session, "function G { param([Parameter(Mandatory)]$N) \"hi $N\" }; G")
    try session.press("Enter")
    let asked = try session.waitFor {
      $0.hasSuffix("Supply values for the following parameters:\nN:")
    }
    try #require(asked.matched, "screen:\n\(asked.screen)")
    try session.press("C-c")
    let back = try session.waitFor(timeout: 1) { $0.hasSuffix("PS \(home.work)>") }
    #expect(back.matched, "screen:\n\(back.screen)")
    #expect(
      !outputLines(back.screen).contains { $0.hasPrefix("hi") }, "screen:\n\(back.screen)")
    try run(session, home, "G -N again", ending: "hi again")
  }

  /// An Initial cycle on a lab of 20,000 written-back groups, stopped in the long
  /// synchronization step of the Entra connector.
  @Test func ctrlCStopsAnInitialCycleAndLeavesTheLabWhole() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try start(home)
    // 20,000 groups with 40,000 memberships; lines stay short enough not to wrap.
    try run(session, home, "New-ADLabBulkCloudGroups 20000 40000; 'seeded'", ending: "seeded")
    try session.press("C-l")
    try typeShown(session, "Start-ADSyncSyncCycle -PolicyType Initial")
    try session.press("Enter")
    let syncing = try session.waitFor(timeout: 120) { $0.contains("(step 4 of") }
    try #require(syncing.matched, "screen:\n\(syncing.screen)")
    let pressed = Date()
    try session.press("C-c")
    let back = try session.waitFor(timeout: 5) { $0.hasSuffix("PS \(home.work)>") }
    let elapsed = Date().timeIntervalSince(pressed)
    #expect(back.matched, "screen:\n\(back.screen)")
    // Alone, this 2-core machine is back at the prompt in 0.4 to 0.6 s (the aim is 1 s); the
    // bound is doubled because the whole suite, run in parallel, can starve the shell of CPU.
    #expect(elapsed < 2, "back at the prompt after \(elapsed) s")
    #expect(!outputLines(back.screen).contains("Success"), "screen:\n\(back.screen)")
    try run(
      session, home, "(Get-ADSyncRunProfileResult)[0..2].Result",
      ending: "stopped-user-termination-from-wmi-or-ui\nsuccess\nsuccess")

    let lab = try DatabaseQueue(path: home.root + "/lab.sqlite")
    let check = try lab.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    #expect(check == ["ok"])
  }
}
