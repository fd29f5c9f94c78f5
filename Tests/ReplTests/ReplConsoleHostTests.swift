import Foundation
import Testing

/// The console host in a real terminal (tmux): progress drawn under the output and erased
/// around it, and tables fitted to the window's width as it is when they are drawn.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed (scripts/test installs it)"))
struct ReplConsoleHostTests {
  private func start(_ home: ReplTerminalTests.Home) throws -> TmuxSession {
    let adsh = try #require(ReplTerminalTests.adshPath(), "the adsh executable was not built")
    let session = try TmuxSession(
      adsh: adsh, arguments: ["-NoLogo", "-NoProfile"], directory: home.work,
      environment: home.environment)
    let prompt = try session.waitFor { $0.hasSuffix("PS \(home.work)>") }
    try #require(prompt.matched, "no prompt; the screen was:\n\(prompt.screen)")
    return session
  }

  /// The screen's lines after the one that holds `marker`.
  private func lines(after marker: String, in screen: String) -> [String] {
    let lines = screen.components(separatedBy: "\n")
    guard let index = lines.lastIndex(where: { $0.contains(marker) }) else { return [] }
    return Array(lines[(index + 1)...])
  }

  @Test func progressStaysBelowHostOutputAndLeavesNoDebris() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let session = try start(home)
    // The script is run from a file: the prompt leaves too little of the line to type it.
    // Its sleep only holds the bar on the screen while the test looks at it.
    try
      ("Write-Progress -Activity Working -Status first -PercentComplete 50\n"
      + "1..3 | % { Write-Progress -Activity Working -Status \"step $_\" "
      + "-PercentComplete ($_ * 30); Write-Host \"line $_\" }\n"
      + "Start-Sleep -Seconds 2\n'finished'\n").write(
        toFile: home.work + "/progress.ps1", atomically: true, encoding: .utf8)
    try session.submit("./progress.ps1")
    let during = try session.waitFor { $0.contains("line 3\nWorking [step 3") }
    #expect(during.matched, "screen:\n\(during.screen)")
    let shown = lines(after: "./progress.ps1", in: during.screen)
    #expect(Array(shown.prefix(3)) == ["line 1", "line 2", "line 3"], "screen:\n\(during.screen)")
    let bar = shown.count > 3 ? shown[3] : ""
    // pwsh's minimal view: the activity, then a bracketed bar two cells short of the width.
    #expect(bar.hasSuffix("]") && bar.count == 118, "bar line: \(bar)")
    let below = shown.dropFirst(4).filter { !$0.isEmpty }
    #expect(below.isEmpty, "screen:\n\(during.screen)")

    let after = try session.waitFor { $0.hasSuffix("finished\nPS \(home.work)>") }
    #expect(after.matched, "screen:\n\(after.screen)")
    #expect(
      lines(after: "./progress.ps1", in: after.screen)
        == ["line 1", "line 2", "line 3", "finished", "PS \(home.work)>"],
      "screen:\n\(after.screen)")
  }

  @Test func tableDrawnAfterResizeFitsTheNewWidth() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let session = try start(home)
    try session.resize(columns: 80, rows: 30)
    try "1..2 | % { [pscustomobject]@{ Name = \"row$_\"; Text = 'word ' * 40 } }\n"
      .write(toFile: home.work + "/table.ps1", atomically: true, encoding: .utf8)
    try session.submit("./table.ps1")
    let result = try session.waitFor { $0.hasSuffix("PS \(home.work)>") && $0.contains("row2") }
    #expect(result.matched, "screen:\n\(result.screen)")
    let rows = lines(after: "./table.ps1", in: result.screen)
    // One screen line per row, cut with an ellipsis at the window's last usable column.
    let first = rows.first { $0.hasPrefix("row1") } ?? ""
    #expect(first.count == 79 && first.hasSuffix("…"), "row: \(first)")
    let index = rows.firstIndex(of: first) ?? 0
    #expect(
      index + 1 < rows.count && rows[index + 1].hasPrefix("row2"), "screen:\n\(result.screen)")
  }

  @Test func outHostPagingStopsAtEachScreenful() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let session = try start(home)
    try session.resize(columns: 80, rows: 10)
    try "1..30 | Out-Host -Paging; 'after'\n"
      .write(toFile: home.work + "/paging.ps1", atomically: true, encoding: .utf8)
    try session.submit("./paging.ps1")
    let prompt = "<SPACE> next page; <CR> next line; Q quit"
    // A window of 10 rows holds 9 lines and the prompt.
    var result = try session.waitFor { $0.hasSuffix("9\n" + prompt) }
    #expect(result.matched, "screen:\n\(result.screen)")
    #expect(
      !result.screen.components(separatedBy: "\n").contains("10"), "screen:\n\(result.screen)")
    try session.press("Enter")
    result = try session.waitFor { $0.hasSuffix(prompt + "\n10\n" + prompt) }
    #expect(result.matched, "screen:\n\(result.screen)")
    try session.press("Space")
    result = try session.waitFor {
      $0.hasSuffix(prompt + "\n11\n12") || $0.hasSuffix("19\n" + prompt)
    }
    #expect(result.screen.hasSuffix("19\n" + prompt), "screen:\n\(result.screen)")
    try session.press("q")
    result = try session.waitFor { $0.hasSuffix(prompt + "\nafter\nPS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
    #expect(
      !result.screen.components(separatedBy: "\n").contains("20"), "screen:\n\(result.screen)")
  }

  @Test func transcriptHoldsTheCommandLinesAfterTheirPrompt() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let session = try start(home)
    let prompt = "PS \(home.work)>"
    for line in ["Start-Transcript t.txt", "'typed'", "Stop-Transcript"] {
      try session.submit(line)
      let ran = try session.waitFor { $0.hasSuffix(prompt) && $0.contains(prompt + " " + line) }
      #expect(ran.matched, "screen:\n\(ran.screen)")
    }
    let finished = try session.waitFor { $0.contains("Transcript stopped, output file is") }
    #expect(finished.matched, "screen:\n\(finished.screen)")
    let text = try String(contentsOfFile: home.work + "/t.txt", encoding: .utf8)
    let lines = text.components(separatedBy: "\n")
    let start = lines.firstIndex { $0.hasPrefix("Transcript started") } ?? lines.count
    // The Start-Transcript line itself was typed before the transcript began.
    #expect(
      Array(lines.dropFirst(start).prefix(5)) == [
        "Transcript started, output file is t.txt", "\(prompt) 'typed'", "typed",
        "\(prompt) Stop-Transcript", "**********************",
      ], "transcript:\n\(text)")
  }

  @Test func eachTableOfALineIsFittedToTheWidthWhenItStarts() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let session = try start(home)
    // The script waits for the test to resize the window between its two tables.
    try
      ("$o = [pscustomobject]@{ Name = 'row'; Text = 'word ' * 40 }\n"
      + "$o | Format-Table; 'first done'\n"
      + "while (-not (Test-Path ./resized)) { Start-Sleep -Milliseconds 20 }\n"
      + "$o | Format-Table\n").write(
        toFile: home.work + "/tables.ps1", atomically: true, encoding: .utf8)
    try session.submit("./tables.ps1")
    let first = try session.waitFor { $0.contains("first done") }
    try #require(first.matched, "screen:\n\(first.screen)")
    try session.resize(columns: 70, rows: 30)
    try "".write(toFile: home.work + "/resized", atomically: true, encoding: .utf8)
    let result = try session.waitFor { $0.hasSuffix("PS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
    let rows = lines(after: "first done", in: result.screen).filter { $0.hasPrefix("row") }
    #expect(rows.count == 1 && rows[0].count == 69 && rows[0].hasSuffix("…"), "rows: \(rows)")
  }

  /// Whether a `clear` program is on the PATH, which Clear-Host runs.
  static let hasClearProgram =
    (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
    .contains { FileManager.default.isExecutableFile(atPath: "\($0)/clear") }

  @Test(.enabled(if: hasClearProgram, "no clear program (ncurses-bin) on the PATH"))
  func clsClearsTheScreen() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let session = try start(home)
    try session.submit("'marker'")
    let shown = try session.waitFor { $0.contains("\nmarker\n") }
    try #require(shown.matched, "screen:\n\(shown.screen)")
    try session.submit("cls")
    let cleared = try session.waitFor { $0 == "PS \(home.work)>" }
    #expect(cleared.matched, "screen:\n\(cleared.screen)")
  }
}
