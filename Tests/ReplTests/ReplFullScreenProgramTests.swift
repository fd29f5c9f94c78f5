import Foundation
import Testing

/// Full-screen programs started from the REPL (`less`, `vi`): they get the terminal as its
/// foreground process group, their keys (Ctrl-C and Ctrl-Z included) reach them alone, and
/// the shell gets the terminal back with its modes as they were.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed (scripts/test installs it)"))
struct ReplFullScreenProgramTests {
  /// Whether `name` is a program on the PATH (scripts/test installs less and vim-tiny).
  static func isInstalled(_ name: String) -> Bool {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").contains {
      FileManager.default.isExecutableFile(atPath: "\($0)/\(name)")
    }
  }

  /// `less` owns the screen and the keys while it runs; Ctrl-C and Ctrl-Z are its own (the
  /// commands after it still run); `q` brings the prompt back with the terminal's modes
  /// unchanged, and the next command works.
  @Test(.enabled(if: isInstalled("less"), "less is not installed"))
  func lessGetsTheTerminalAndGivesItBack() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let rows = (1...200).map { "row \($0)" }.joined(separator: "\n") + "\n"
    try rows.write(toFile: home.work + "/rows.txt", atomically: true, encoding: .utf8)
    let session = try ReplTerminalTests.start(home)
    let prompt = "PS \(home.work)>"

    try session.submit("$modes = stty -g")
    try session.waitFor { $0.hasSuffix("$modes = stty -g\n\(prompt)") }
    try session.submit("less rows.txt; 'after less'; (stty -g) -eq $modes")
    let owner = try session.waitForPane("pane_current_command") { $0 == "less" }
    #expect(owner.matched, "the terminal's foreground process was \(owner.value)")
    var result = try session.waitFor { $0.hasPrefix("row 1\n") && !$0.contains(prompt) }
    #expect(result.matched, "screen:\n\(result.screen)")
    #expect(try session.waitForPane("alternate_on") { $0 == "1" }.matched)

    try session.press("C-c")
    try session.press("C-z")
    try session.type("G")
    result = try session.waitFor { $0.contains("row 200") && !$0.contains("row 1\n") }
    #expect(result.matched, "less did not get G; screen:\n\(result.screen)")

    try session.type("q")
    result = try session.waitFor { $0.hasSuffix("after less\nTrue\n\(prompt)") }
    #expect(result.matched, "screen:\n\(result.screen)")
    #expect(try session.waitForPane("pane_current_command") { $0 == "adsh" }.matched)
    #expect(try session.waitForPane("alternate_on") { $0 == "0" }.matched)

    try session.submit("Write-Output 'next command'")
    result = try session.waitFor { $0.hasSuffix("next command\n\(prompt)") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  /// `vi` edits a file with keys typed in its screen and saves it; the shell reads the file
  /// afterwards at a working prompt.
  @Test(.enabled(if: isInstalled("vi"), "vi is not installed"))
  func viGetsTheTerminalAndGivesItBack() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let session = try ReplTerminalTests.start(home)
    let prompt = "PS \(home.work)>"

    try session.submit("vi -u NONE edited.txt; Get-Content edited.txt")
    let owner = try session.waitForPane("pane_current_command") { !$0.isEmpty && $0 != "adsh" }
    #expect(owner.matched, "the terminal stayed with adsh")
    var result = try session.waitFor { !$0.contains(prompt) && $0.contains("edited.txt") }
    #expect(result.matched, "screen:\n\(result.screen)")

    try session.type("i")
    try session.type("typed in vi")
    try session.press("Escape")
    result = try session.waitFor { $0.hasPrefix("typed in vi") }
    #expect(result.matched, "screen:\n\(result.screen)")
    try session.type(":wq")
    try session.press("Enter")
    result = try session.waitFor { $0.hasSuffix("typed in vi\n\(prompt)") }
    #expect(result.matched, "screen:\n\(result.screen)")

    try session.submit("Write-Output 'next command'")
    result = try session.waitFor { $0.hasSuffix("next command\n\(prompt)") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  /// A program killed while the terminal is in raw mode without echo leaves no trace: the
  /// shell restores the modes it lent, so the typed command echoes and runs.
  @Test func aProgramKilledInRawModeLeavesTheTerminalAsItWas() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let session = try ReplTerminalTests.start(home)
    let prompt = "PS \(home.work)>"

    try session.submit("$modes = stty -g")
    try session.waitFor { $0.hasSuffix("$modes = stty -g\n\(prompt)") }
    try session.submit("sh -c 'stty raw -echo; kill -KILL $$'; $LASTEXITCODE")
    var result = try session.waitFor { $0.hasSuffix("137\n\(prompt)") }
    #expect(result.matched, "screen:\n\(result.screen)")

    try session.submit("(stty -g) -eq $modes")
    result = try session.waitFor { $0.hasSuffix("> (stty -g) -eq $modes\nTrue\n\(prompt)") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }
}
