import Foundation
import ShellSyntax
import Testing

@testable import ShellCore

@Suite struct ErrorViewTests {
  private func record(_ text: String, file: String?, start: Int, end: Int) -> ErrorRecord {
    let source = SourceText(text, fileName: file)
    return ErrorRecord(
      message: "boom", errorId: "boom", category: .operationStopped,
      range: SourceRange(source: source, startOffset: start, endOffset: end), isThrown: true)
  }

  @Test func scriptErrorShowsPathLineAndTildes() {
    let view = ErrorView(width: 120, useColor: false, showsColumn: false)
    let text = view.render(record("'a'\nthrow \"boom\"\n", file: "/s/t.ps1", start: 4, end: 16))
    #expect(
      text == """
        Exception: /s/t.ps1:2
        Line |
           2 |  throw "boom"
             |  ~~~~~~~~~~~~
             | boom

        """)
  }

  @Test func vscodeAddsTheColumn() {
    let view = ErrorView(width: 120, useColor: false, showsColumn: true)
    let text = view.render(record("x; throw 1\n", file: "/s/t.ps1", start: 3, end: 10))
    #expect(text.hasPrefix("Exception: /s/t.ps1:1:4\n"))
  }

  @Test func firstLineInteractiveErrorHasNoPositionBlock() {
    let view = ErrorView(width: 120, useColor: false, showsColumn: false)
    #expect(
      view.render(record("throw 'boom'", file: nil, start: 0, end: 12)) == "Exception: boom\n")
  }

  @Test func longMessagesWrapAtTheLastSpaceWithTheGutter() {
    let lines = ErrorView.wrap(
      "     | " + String(repeating: "word ", count: 10), prefix: "     | ", width: 20)
    #expect(lines.allSatisfy { $0.count <= 20 })
    #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("     | ") })
    #expect(
      lines.joined().replacingOccurrences(of: "     | ", with: " ").split(separator: " ").count
        == 10)
  }
}
