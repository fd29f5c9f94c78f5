import Testing

@testable import ShellCore

/// A program's output bytes as lines of text.
@Suite struct LineSplitterTests {
  private func lines(_ chunks: [[UInt8]]) -> [String] {
    var splitter = LineSplitter()
    var result: [String] = []
    for chunk in chunks { result += splitter.append(chunk[...]) }
    if let last = splitter.finish() { result.append(last) }
    return result
  }

  @Test func lineBreaksEndLinesAndAreRemoved() {
    #expect(lines([Array("a\nb\r\nc\n".utf8)]) == ["a", "b", "c"])
  }

  @Test func aLastLineWithoutABreakIsStillALine() {
    #expect(lines([Array("a\nrest".utf8)]) == ["a", "rest"])
  }

  @Test func emptyLinesStayButNoOutputIsNoLine() {
    #expect(lines([Array("\n\n".utf8)]) == ["", ""])
    #expect(lines([[]]) == [])
  }

  @Test func aLineSplitAcrossReadsIsJoined() {
    #expect(
      lines([Array("hel".utf8), Array("lo\nwor".utf8), Array("ld\n".utf8)]) == ["hello", "world"])
  }

  @Test func aCharacterSplitAcrossReadsStaysWhole() {
    let bytes = Array("café\n".utf8)
    #expect(lines([Array(bytes[..<4]), Array(bytes[4...])]) == ["café"])
  }

  @Test func aCarriageReturnSplitFromItsLineFeedIsStillRemoved() {
    #expect(lines([Array("a\r".utf8), Array("\nb".utf8)]) == ["a", "b"])
  }

  @Test func bytesThatAreNotUTF8BecomeReplacementCharacters() {
    #expect(lines([[0x61, 0xFF, 0x62, 0x0A]]) == ["a\u{FFFD}b"])
  }
}
