import Foundation
import Testing

/// PSReadLine's keys in a real pseudo-terminal: each escape form terminals send moves the
/// cursor without leaving debris, words are deleted and yanked, history is searched by
/// prefix, and a bracketed paste is one entry.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed (scripts/test installs it)"))
struct ReplKeyTests {
  typealias Home = ReplTerminalTests.Home

  /// Runs the line on the screen and waits for `output` and the next prompt.
  private func expectRun(
    _ session: TmuxSession, _ home: Home, prints output: String,
    sourceLocation: SourceLocation = #_sourceLocation
  ) throws {
    try session.press("Enter")
    let result = try session.waitFor { $0.hasSuffix(output + "\nPS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)", sourceLocation: sourceLocation)
  }

  @Test func ctrlArrowsHomeAndEndMoveTheCursor() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try ReplTerminalTests.start(home)
    try session.typeUntilShown("Write-Output two four")
    try session.press("C-Left")
    try session.type("three ")
    try session.press("C-Left", "C-Left")
    try session.type("one ")
    try session.press("Home")
    try session.type("'zero'; ")
    try session.press("End")
    try session.type(" five")
    let line = "> 'zero'; Write-Output one two three four five"
    let shown = try session.waitFor { $0.hasSuffix(line) }
    #expect(shown.matched, "screen:\n\(shown.screen)")
    try expectRun(session, home, prints: "zero\none\ntwo\nthree\nfour\nfive")
  }

  /// The same keys as raw bytes, in the forms xterm, tmux, screen, rxvt and PuTTY send, with
  /// unbound keys and unknown sequences among them: nothing is inserted but the typed text.
  @Test func everyEscapeFormReachesItsKeyWithoutDebris() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try ReplTerminalTests.start(home)
    try session.typeUntilShown("Write-Output b d")
    try session.send(hex: "1b 5b 31 3b 35 44")  // ESC[1;5D  Ctrl+Left (xterm)
    try session.type("c ")
    try session.send(hex: "1b 5b 35 44 1b 4f 64")  // ESC[5D and ESC O d  Ctrl+Left (old, rxvt)
    try session.type("a ")
    try session.send(hex: "1b 5b 37 7e")  // ESC[7~  Home (rxvt)
    try session.send(hex: "1b 5b 31 3b 35 43")  // ESC[1;5C  Ctrl+Right: to "Output"
    try session.send(hex: "1b 4f 48 1b 5b 31 7e 1b 5b 48")  // ESC O H, ESC[1~, ESC[H  Home
    try session.send(hex: "1b 5b 33 7e")  // ESC[3~  Delete: drops the W
    try session.type("w")
    try session.send(hex: "1b 5b 34 7e 1b 4f 46 1b 5b 46")  // ESC[4~, ESC O F, ESC[F  End
    try session.send(hex: "1b 5b 35 7e 1b 5b 36 7e 1b 5b 31 35 7e 1b 4f 52")  // PgUp PgDn F5 F3
    try session.send(hex: "1b 5b 31 3b 35 58 1b 5b 3f 32 63")  // unknown sequences
    try session.type(" e")
    let shown = try session.waitFor { $0.hasSuffix("> write-Output a b c d e") }
    #expect(shown.matched, "screen:\n\(shown.screen)")
    try expectRun(session, home, prints: "a\nb\nc\nd\ne")
  }

  @Test func wordsAreKilledAndYanked() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try ReplTerminalTests.start(home)
    try session.typeUntilShown("Write-Output one two three")
    try session.press("C-w")  // UnixWordRubout
    try session.press("M-BSpace")  // BackwardKillWord, joined with the kill before
    var shown = try session.waitFor { $0.hasSuffix("> Write-Output one") }
    #expect(shown.matched, "screen:\n\(shown.screen)")
    try session.press("C-a", "C-k", "C-y")  // KillLine, then Yank brings back the last kill
    shown = try session.waitFor { $0.hasSuffix("> Write-Output one") }
    #expect(shown.matched, "screen:\n\(shown.screen)")
    try session.press("M-y")  // YankPop: the kill before it
    shown = try session.waitFor { $0.hasSuffix("> two three") }
    #expect(shown.matched, "screen:\n\(shown.screen)")
  }

  @Test func upAndF8SearchTheHistoryForWhatIsTyped() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try ReplTerminalTests.start(home)
    try session.typeUntilShown("Write-Output 'alpha'")
    try expectRun(session, home, prints: "alpha")
    try session.submit("Get-Date | Out-Null")
    try session.waitFor { $0.hasSuffix("Out-Null\nPS \(home.work)>") }
    try session.typeUntilShown("Write")
    try session.press("Up")
    var shown = try session.waitFor { $0.hasSuffix("> Write-Output 'alpha'") }
    #expect(shown.matched, "screen:\n\(shown.screen)")
    try session.press("C-e", "C-u")
    try session.type("Get")
    try session.press("F8")
    shown = try session.waitFor { $0.hasSuffix("> Get-Date | Out-Null") }
    #expect(shown.matched, "screen:\n\(shown.screen)")
  }

  /// Tabs and line breaks of a bracketed paste are text: the block runs once, as one entry,
  /// without completion and without continuation prompts, and Up moves within it.
  @Test func aPastedBlockWithATabRunsAsOneEntry() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try ReplTerminalTests.start(home)
    try session.typeUntilShown("$n = 0")
    try expectRun(session, home, prints: "$n = 0")
    try session.paste("$n++; 'first'\n\t$n++; 'second'")
    let shown = try session.waitFor { $0.contains("'first'") && $0.contains("'second'") }
    #expect(shown.matched, "screen:\n\(shown.screen)")
    // Up moves to the first line of the pasted input instead of recalling history.
    try session.press("Up")
    try session.type("; 'third'")
    try session.press("Enter")
    var result = try session.waitFor {
      $0.hasSuffix("first\nthird\nsecond\nPS \(home.work)>")
    }
    #expect(result.matched, "screen:\n\(result.screen)")
    #expect(!result.screen.contains(">>"), "screen:\n\(result.screen)")
    try session.submit("$n")
    result = try session.waitFor { $0.hasSuffix("\n2\nPS \(home.work)>") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  /// Ctrl-C while the editor waits for the rest of a chord or of an escape cancels the line,
  /// and the next line runs as typed.
  @Test func ctrlCInsideAChordCancelsTheLine() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try ReplTerminalTests.start(home)
    for (index, prefix) in ["C-x", "Escape"].enumerated() {
      let line = "Write-Output 'dropped \(index)'"
      try session.typeUntilShown(line)
      try session.press(prefix)
      usleep(200_000)  // let the editor read the first key before the signal arrives
      try session.press("C-c")
      let cancelled = try session.waitFor { $0.hasSuffix("\(line)\nPS \(home.work)>") }
      #expect(cancelled.matched, "screen:\n\(cancelled.screen)")
    }
    try session.typeUntilShown("'kept'")
    try expectRun(session, home, prints: "'kept'\nkept")
  }

  /// Vi mode: Escape enters libedit's vi command mode (after the escape timeout), and the
  /// arrows still work in both modes.
  @Test func viModeEditsWithCommandModeAndArrows() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try ReplTerminalTests.start(home)
    try session.submit("Set-PSReadLineOption -EditMode Vi")
    try session.waitFor { $0.hasSuffix("EditMode Vi\nPS \(home.work)>") }
    try session.typeUntilShown("Write-Output two")
    // A lone Escape is the Escape key only once the escape timeout (100 ms) has passed, as
    // between a person's keystrokes; sooner, Escape and the next key are one Alt chord.
    try session.press("Escape")
    usleep(300_000)
    try session.type("bione ")
    try session.press("Escape")
    usleep(300_000)
    try session.type("A")
    try session.press("C-Left")
    try session.type("and ")
    let shown = try session.waitFor { $0.hasSuffix("> Write-Output one and two") }
    #expect(shown.matched, "screen:\n\(shown.screen)")
    try expectRun(session, home, prints: "one\nand\ntwo")
  }

  @Test func aKeyBoundAtThePromptWorksOnTheNextLine() throws {
    let home = try Home()
    defer { home.remove() }
    let session = try ReplTerminalTests.start(home)
    try session.submit("Set-PSReadLineKeyHandler F5 BeginningOfLine")
    try session.waitFor { $0.hasSuffix("BeginningOfLine\nPS \(home.work)>") }
    try session.typeUntilShown("Output 'bound'")
    try session.press("F5")
    try session.type("Write-")
    try expectRun(session, home, prints: "bound")
  }
}

/// Completion lists above -CompletionQueryItems ask first, as PSReadLine's Complete does.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed (scripts/test installs it)"))
struct ReplCompletionQueryTests {
  @Test func manyCompletionsAskBeforeListing() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let session = try ReplTerminalTests.start(home)
    try session.submit("Set-PSReadLineOption -CompletionQueryItems 1")
    try session.waitFor { $0.hasSuffix("QueryItems 1\nPS \(home.work)>") }
    try session.typeUntilShown("Get-PSReadLine")
    try session.press("Tab", "Tab")  // the first press has no common prefix to add
    var shown = try session.waitFor { $0.hasSuffix("possibilities? (y or n)") }
    #expect(shown.matched, "screen:\n\(shown.screen)")
    #expect(shown.screen.contains("Display all 2 possibilities?"), "screen:\n\(shown.screen)")
    try session.type("n")
    shown = try session.waitFor { $0.hasSuffix("> Get-PSReadLine") }
    #expect(shown.matched, "screen:\n\(shown.screen)")
    #expect(!shown.screen.contains("Get-PSReadLineOption"), "screen:\n\(shown.screen)")
    try session.press("M-=")
    try session.waitFor { $0.hasSuffix("possibilities? (y or n)") }
    try session.type("y")
    shown = try session.waitFor {
      $0.contains("Get-PSReadLineOption") && $0.hasSuffix("> Get-PSReadLine")
    }
    #expect(shown.matched, "screen:\n\(shown.screen)")
  }
}
