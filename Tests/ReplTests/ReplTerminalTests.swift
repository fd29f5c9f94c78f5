import Foundation
import Testing

/// The REPL in a real pseudo-terminal (tmux): running, completing, continuing, history and
/// Ctrl-C, as a user at the keyboard sees them.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed (scripts/test installs it)"))
struct ReplTerminalTests {
  /// A scratch home for one test: data, config and working directories.
  struct Home {
    let root: String
    var data: String { root + "/data" }
    var config: String { root + "/config" }
    var work: String { root + "/work" }
    var environment: [String: String] {
      ["XDG_DATA_HOME": data, "XDG_CONFIG_HOME": config, "ADSH_LAB": root + "/lab.sqlite"]
    }

    init() throws {
      root = NSTemporaryDirectory() + "adsh-repl-" + UUID().uuidString
      for directory in [root + "/data", root + "/config/adsh", root + "/work"] {
        try FileManager.default.createDirectory(
          atPath: directory, withIntermediateDirectories: true)
      }
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }
  }

  /// Starts adsh in tmux for `home` and waits for its first prompt.
  static func start(_ home: Home, arguments: [String] = ["-NoLogo"]) throws -> TmuxSession {
    let adsh = try #require(Self.adshPath(), "the adsh executable was not built")
    let session = try TmuxSession(
      adsh: adsh, arguments: arguments, directory: home.work, environment: home.environment)
    let prompt = try session.waitFor { $0.hasSuffix("PS \(home.work)>") }
    try #require(prompt.matched, "no prompt; the screen was:\n\(prompt.screen)")
    return session
  }

  @Test func commandRunsAndPrints() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try start(home)
    try session.type("Write-Output (6 * 7)")
    try session.press("Enter")
    let result = try session.waitFor { $0.hasSuffix("42\nPS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  @Test func bannerNamesVersionAndLab() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try start(home, arguments: [])
    let screen = try session.screen()
    #expect(screen.hasPrefix("adsh "), "screen:\n\(screen)")
    #expect(screen.contains("lab \(home.root)/lab.sqlite"), "screen:\n\(screen)")
  }

  @Test func tabCompletesCommandAndParameterNames() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try start(home)
    try session.type("ForEach-Obj")
    try session.press("Tab")
    var result = try session.waitFor { $0.hasSuffix("> ForEach-Object") }
    #expect(result.matched, "screen:\n\(result.screen)")

    try session.press("C-u")
    try session.type("Get-ADSyncSch")
    try session.press("Tab")
    result = try session.waitFor { $0.hasSuffix("> Get-ADSyncScheduler") }
    #expect(result.matched, "screen:\n\(result.screen)")

    try session.press("C-u")
    try session.type("Where-Object -Filt")
    try session.press("Tab")
    result = try session.waitFor { $0.hasSuffix("> Where-Object -FilterScript") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  @Test func profileRunsAndEnumValuesComplete() throws {
    let home = try Home()
    defer { home.remove() }
    try "function Set-Policy { param([ValidateSet('Delta', 'Initial')]$PolicyType) }\n"
      .write(toFile: home.config + "/adsh/profile.ps1", atomically: true, encoding: .utf8)
    let session = try start(home)
    try session.type("Set-Policy -Pol")
    try session.press("Tab")
    var result = try session.waitFor { $0.hasSuffix("> Set-Policy -PolicyType") }
    #expect(result.matched, "screen:\n\(result.screen)")
    try session.type(" d")
    try session.press("Tab")
    result = try session.waitFor { $0.hasSuffix("> Set-Policy -PolicyType Delta") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  @Test func unclosedBraceShowsTheContinuationPrompt() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try start(home)
    try session.type("if ($true) {")
    try session.press("Enter")
    var result = try session.waitFor { $0.hasSuffix("\n>>") }
    #expect(result.matched, "screen:\n\(result.screen)")
    try session.type("'inside' }")
    try session.press("Enter")
    result = try session.waitFor { $0.hasSuffix("inside\nPS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  /// History is saved after every entry, so a second shell started while the first still
  /// runs recalls its lines: a restart without depending on how the first one ends.
  @Test func upRecallsTheLastLineAfterARestart() throws {
    let home = try Home()
    defer { home.remove() }
    let first = try start(home)
    try first.type("Write-Output 'remembered'")
    try first.press("Enter")
    try first.waitFor { $0.hasSuffix("remembered\nPS \(home.work)>") }
    try first.type("Write-Output 'last'")
    try first.press("Enter")
    try first.waitFor { $0.hasSuffix("last\nPS \(home.work)>") }

    let history = home.data + "/adsh/history"
    let attributes = try FileManager.default.attributesOfItem(atPath: history)
    #expect((attributes[.posixPermissions] as? Int) == 0o600)

    let second = try start(home)
    try second.waitFor { $0.hasSuffix("PS \(home.work)>") }
    try second.press("Up")
    var result = try second.waitFor { $0.hasSuffix("> Write-Output 'last'") }
    #expect(result.matched, "screen:\n\(result.screen)")
    try second.press("Up")
    result = try second.waitFor { $0.hasSuffix("> Write-Output 'remembered'") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  @Test func ctrlCStopsARunningLoopAndKeepsTheShell() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try start(home)
    try session.type("while ($true) {}")
    try session.press("Enter")
    try session.waitFor { $0.hasSuffix("> while ($true) {}") }
    usleep(100_000)  // let the loop start
    try session.press("C-c")
    var result = try session.waitFor { $0.hasSuffix("PS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
    try session.type("Write-Output 'still here'")
    try session.press("Enter")
    result = try session.waitFor { $0.hasSuffix("still here\nPS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  /// The last program of a line gets the terminal itself (so `vim` or `less` work); one whose
  /// output is captured writes into a pipe.
  @Test func aProgramWritesToTheTerminalUnlessCaptured() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try start(home)
    try session.type("sh -c 'test -t 1 && echo tty || echo pipe'; (sh -c 'test -t 1 || echo pipe')")
    try session.press("Enter")
    let result = try session.waitFor { $0.hasSuffix("tty\npipe\nPS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  /// Ctrl-C reaches the running program, and the prompt comes back once it has ended.
  @Test func ctrlCEndsARunningProgramAndKeepsTheShell() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try start(home)
    try session.type("sleep 60; 'not reached'")
    try session.press("Enter")
    try session.waitFor { $0.hasSuffix("> sleep 60; 'not reached'") }
    usleep(200_000)  // let the program start
    try session.press("C-c")
    var result = try session.waitFor { $0.hasSuffix("PS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
    try session.type("$LASTEXITCODE")
    try session.press("Enter")
    result = try session.waitFor { $0.hasSuffix("130\nPS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
    #expect(
      !result.screen.split(separator: "\n").contains("not reached"), "screen:\n\(result.screen)")
  }

  /// `-NonInteractive` turns a confirmation prompt into pwsh's error even on a terminal, and
  /// the high-impact change is not made.
  @Test func nonInteractiveConfirmationIsAnError() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try start(home, arguments: ["-NoLogo", "-NonInteractive"])
    try session.type("Remove-ADUser -Identity ajohnson")
    try session.press("Enter")
    var result = try session.waitFor {
      $0.contains("PowerShell is in NonInteractive mode.") && $0.hasSuffix("PS \(home.work)>")
    }
    #expect(result.matched, "screen:\n\(result.screen)")
    try session.press("C-l")
    try session.type("(Get-ADUser -Identity ajohnson).SamAccountName")
    try session.press("Enter")
    result = try session.waitFor { $0.hasSuffix("ajohnson\nPS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  @Test func ctrlCCancelsTheLineAndCtrlDExits() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try start(home)
    try session.type("Write-Output 'never'")
    try session.waitFor { $0.hasSuffix("> Write-Output 'never'") }
    try session.press("C-c")
    let result = try session.waitFor { $0.hasSuffix("never'\nPS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
    // A Ctrl-D that arrives before libedit puts the terminal in raw mode is taken by the
    // terminal's own line discipline and lost, so it is pressed again if need be.
    var status: Int32?
    for _ in 0..<5 where status == nil {
      try session.press("C-d")
      status = try session.waitForExit(timeout: 1)
    }
    #expect(status == 0)
  }

  private func start(_ home: Home, arguments: [String] = ["-NoLogo"]) throws -> TmuxSession {
    try Self.start(home, arguments: arguments)
  }

  /// A data directory that cannot be made gives one warning naming the problem, and the
  /// shell runs without saving history.
  @Test func anUnusableHistoryDirectoryGivesOneWarning() throws {
    let home = try Home()
    defer { home.remove() }
    let adsh = try #require(Self.adshPath(), "the adsh executable was not built")
    var environment = home.environment
    environment["XDG_DATA_HOME"] = "/dev/null/data"
    let session = try TmuxSession(
      adsh: adsh, directory: home.work, environment: environment)
    let prompt = try session.waitFor { $0.hasSuffix("PS \(home.work)>") }
    try #require(prompt.matched, "screen:\n\(prompt.screen)")
    #expect(
      prompt.screen.hasPrefix(
        "WARNING: adsh cannot keep a command history: '/dev/null' is not a directory."),
      "screen:\n\(prompt.screen)")
    try session.submit("'first'")
    try session.waitFor { $0.hasSuffix("first\nPS \(home.work)>") }
    try session.submit("'second'")
    let result = try session.waitFor { $0.hasSuffix("second\nPS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
    #expect(
      result.screen.components(separatedBy: "WARNING").count == 2, "screen:\n\(result.screen)")
  }

  /// The adsh executable SwiftPM built next to the test bundle.
  static func adshPath() -> String? {
    guard let test = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")
    else { return nil }
    var directory = URL(fileURLWithPath: test).deletingLastPathComponent()
    for _ in 0..<4 {
      let candidate = directory.appendingPathComponent("adsh").path
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
      directory = directory.deletingLastPathComponent()
    }
    return nil
  }
}
