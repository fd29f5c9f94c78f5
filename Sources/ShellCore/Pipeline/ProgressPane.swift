import Foundation

/// The progress activities a console host shows under the cursor, in pwsh 7's minimal view.
///
/// As pwsh's ProgressPane does with `$PSStyle.Progress.View = 'Minimal'`: the pane is drawn
/// from the start of the cursor's line (the next line when the cursor is not at a line's
/// start), one line per activity, children two cells further in than their parent, and the
/// cursor is put back where output goes next. Before the host writes anything the pane is
/// erased, and after it is drawn again below what was written, so output never mixes with a
/// bar. -Completed removes an activity and its children; the pane disappears with the last.
final class ProgressPane {
  /// The activities still running, in the order they were first reported.
  private var records: [ProgressRecord] = []
  /// How many lines the pane takes on the screen now; 0 when it is not drawn.
  private(set) var shownLines = 0
  /// The column the cursor was at when the pane was drawn on the line below it.
  private var columnAbove = 0

  var hasActivities: Bool { !records.isEmpty }

  /// Adds or replaces the record's activity, or removes it (and its children) when completed.
  func update(_ record: ProgressRecord) {
    let key = (record.sourceId, record.id)
    if record.isCompleted {
      var removed: Set<Int> = [record.id]
      var changed = true
      while changed {
        let before = removed.count
        for item in records where item.sourceId == key.0 && removed.contains(item.parentId) {
          removed.insert(item.id)
        }
        changed = removed.count != before
      }
      records.removeAll { $0.sourceId == key.0 && removed.contains($0.id) }
      return
    }
    if let index = records.firstIndex(where: { ($0.sourceId, $0.id) == key }) {
      records[index] = record
    } else {
      records.append(record)
    }
  }

  /// Forgets every activity (the pane must be hidden first).
  func removeAll() { records.removeAll() }

  /// The pane's lines: each top-level activity followed by its children, indented.
  func lines(
    width: Int, height: Int, style: ProgressStyle, rendering: HostRendering
  ) -> [String] {
    var result: [String] = []
    var visited: Set<Int> = []
    func add(_ record: ProgressRecord, depth: Int) {
      guard visited.insert(record.id).inserted else { return }
      result.append(rendering.progressLine(record, depth * 2, width, style))
      for child in records where child.sourceId == record.sourceId && child.parentId == record.id {
        add(child, depth: depth + 1)
      }
    }
    for record in records where !hasParent(record) { add(record, depth: 0) }
    // pwsh keeps the pane to a third of the window, and at least five lines.
    return Array(result.prefix(max(5, height / 3)))
  }

  /// A record whose parent is not running is shown at the top level, as pwsh does.
  private func hasParent(_ record: ProgressRecord) -> Bool {
    record.parentId >= 0
      && records.contains { $0.sourceId == record.sourceId && $0.id == record.parentId }
  }

  /// The text that erases the pane and puts the cursor back where it was when it was drawn.
  func hide() -> String {
    guard shownLines > 0 else { return "" }
    shownLines = 0
    var text = "\r\u{1B}[J"
    if columnAbove > 0 { text += "\u{1B}[A\u{1B}[\(columnAbove)C" }
    return text
  }

  /// The text that draws the pane under the cursor, which is at `column`, and leaves the
  /// cursor at the pane's first line, where output goes next.
  func show(
    column: Int, width: Int, height: Int, style: ProgressStyle, rendering: HostRendering
  ) -> String {
    let lines = lines(width: width, height: height, style: style, rendering: rendering)
    guard !lines.isEmpty else { return "" }
    // The cursor is hidden while the pane is drawn, so that it does not flicker across it.
    var text = "\u{1B}[?25l"
    columnAbove = column
    if column > 0 { text += "\r\n" }
    text += lines.joined(separator: "\r\n")
    if lines.count > 1 { text += "\u{1B}[\(lines.count - 1)A" }
    text += "\r\u{1B}[?25h"
    shownLines = lines.count
    return text
  }
}
