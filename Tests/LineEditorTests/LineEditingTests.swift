import KeyBindings
import Testing

@testable import LineEditor

/// Word motions, kills and history recall on plain text, as PSReadLine moves and recalls.
@Suite struct LineEditingTests {
  let delimiters = EditorOptions.defaultWordDelimiters

  @Test func wordMotionsStopWherePSReadLineStops() {
    let line = LineBuffer("Get-ADUser -Identity ajohnson", cursor: 29)
    #expect(line.backwardWordStart(delimiters: delimiters) == 21)
    var middle = line
    middle.cursor = 11
    #expect(middle.backwardWordStart(delimiters: delimiters) == 4)
    #expect(middle.forwardWordEnd(delimiters: delimiters) == 20)
    #expect(middle.nextWordStart(delimiters: delimiters) == 12)
    #expect(line.whitespaceWordStart() == 21)
    var start = line
    start.cursor = 21
    #expect(start.whitespaceWordStart() == 11)
  }

  @Test func upAndDownKeepTheColumnAcrossLines() {
    let line = LineBuffer("if ($x) {\n  'long line here'\n}", cursor: 14)
    #expect(line.verticalTarget(up: true) == 4)
    #expect(line.verticalTarget(up: false) == 30)
    #expect(LineBuffer("one\ntwo", cursor: 2).verticalTarget(up: true) == nil)
  }

  @Test func consecutiveKillsJoin() {
    var ring = KillRing()
    ring.kill("world", joining: false, backward: true)
    ring.kill("hello ", joining: true, backward: true)
    #expect(ring.current == "hello world")
    ring.kill("other", joining: false, backward: false)
    #expect(ring.current == "other")
    #expect(ring.rotate() == "hello world")
  }

  @Test func prefixSearchSkipsDuplicatesAndRestoresTheLine() {
    var recall = HistoryRecall()
    recall.start(entries: ["Get-Date", "Write-Output 2", "Get-Item", "Write-Output 2", "ls"])
    let options = EditorOptions()
    let typed = LineBuffer("Wr")
    let first = recall.search(older: true, from: typed, options: options)
    #expect(first?.text == "Write-Output 2")
    #expect(first?.cursor == 2)
    let second = first.flatMap { recall.search(older: true, from: $0, options: options) }
    #expect(second == nil)
    let back = first.flatMap { recall.search(older: false, from: $0, options: options) }
    #expect(back == typed)
  }

  @Test func emptyInputRecallsEveryEntry() {
    var recall = HistoryRecall()
    recall.start(entries: ["b", "a"])
    var options = EditorOptions()
    options.historySearchCursorMovesToEnd = true
    let newest = recall.search(older: true, from: LineBuffer(""), options: options)
    #expect(newest?.text == "b")
    let older = newest.flatMap { recall.search(older: true, from: $0, options: options) }
    #expect(older?.text == "a")
    #expect(older?.cursor == 1)
  }
}
