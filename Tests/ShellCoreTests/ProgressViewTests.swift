import Foundation
import Testing

@testable import ShellCore
@testable import ShellFormatting

/// Write-Progress's minimal view, line by line, as pwsh's ProgressNode.RenderAnsi lays it out.
///
/// The style's escapes are shown as markers in the expected lines (`<S>` the activity's style,
/// `<R>` and `<r>` reverse video on and off, `<0>` the reset), so that they show where each
/// falls.
struct ProgressViewTests {
  private func line(_ record: ProgressRecord, indentation: Int = 0, width: Int) -> String {
    let text = ProgressView.render(
      record, indentation: indentation, width: width, style: .standard)
    return text.replacingOccurrences(of: "\u{1B}[33;1m", with: "<S>")
      .replacingOccurrences(of: "\u{1B}[7m", with: "<R>")
      .replacingOccurrences(of: "\u{1B}[27m", with: "<r>")
      .replacingOccurrences(of: "\u{1B}[0m", with: "<0>")
  }

  @Test func halfDoneFillsHalfTheBar() {
    // width 30: bar 30 - 7 - 4 = 19 cells, 50% of it is 9 cells reversed.
    let record = ProgressRecord(activity: "Copying", status: "3 of 6", percentComplete: 50)
    #expect(line(record, width: 30) == "<S>Copying [<R>3 of 6   <r>         ]<0>")
  }

  @Test func noPercentageReversesTheWholeBarWithTheDefaultStatus() {
    let record = ProgressRecord(activity: "Sync")
    // width 20: bar 20 - 4 - 4 = 12 cells; the content is one cell shorter.
    #expect(line(record, width: 20) == "<S>Sync [<R>Processing <r>]<0>")
  }

  @Test func secondsRemainingEndTheBar() {
    let record = ProgressRecord(
      activity: "Job", status: "busy", percentComplete: 0, secondsRemaining: 42)
    // width 20: bar 13 cells: status, padding, then `42s`.
    #expect(line(record, width: 20) == "<S>Job [<R><r>busy     42s]<0>")
  }

  @Test func childIsIndentedAndLongTextIsCut() {
    let record = ProgressRecord(
      activity: "A very long activity name", status: "a status that cannot fit",
      percentComplete: 100)
    // width 30: the activity is cut to 14 cells and `…`; bar 30 - 15 - 2 - 4 = 9 cells,
    // so the status is cut to 7 cells and `…`.
    #expect(
      line(record, indentation: 2, width: 30)
        == "  <S>A very long ac… [<R>a statu…<r>]<0>")
  }

  @Test func maxWidthCapsTheLine() {
    let style = ProgressStyle(style: "", reverse: "", reverseOff: "", reset: "", maxWidth: 20)
    let record = ProgressRecord(activity: "Sync", status: "ok", percentComplete: 10)
    let text = ProgressView.render(record, indentation: 0, width: 200, style: style)
    // A bar of 20 - 4 - 4 = 12 cells, whose content is one cell shorter.
    #expect(text == "Sync [ok         ]")
  }

  @Test func completedActivityTakesItsChildrenAway() {
    let pane = ProgressPane()
    pane.update(ProgressRecord(activity: "Parent", id: 1))
    pane.update(ProgressRecord(activity: "Child", id: 2, parentId: 1))
    pane.update(ProgressRecord(activity: "Other", id: 3))
    let plain = ProgressStyle.plain(maxWidth: 120)
    let lines = pane.lines(width: 40, height: 30, style: plain, rendering: ProgressView.rendering)
    #expect(lines.map { $0.prefix(8) } == ["Parent [", "  Child ", "Other [P"])
    pane.update(ProgressRecord(activity: "", id: 1, isCompleted: true))
    let left = pane.lines(width: 40, height: 30, style: plain, rendering: ProgressView.rendering)
    #expect(left.map { $0.prefix(7) } == ["Other ["])
  }
}
