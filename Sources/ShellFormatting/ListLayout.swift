import ShellCore

/// List geometry: one `Label : value` line per property (PowerShell's ListWriter).
///
/// Labels are padded to the longest label of the object (cut when longer than the screen
/// allows); values with line breaks or wider than the rest of the line continue on lines
/// indented past the label.
struct ListLayout {
  /// The screen width the lines fit.
  let width: Int
  var wordWrap = false

  /// The lines of one object, without the blank line that follows it.
  func lines(_ entries: [ListLine], style: OutputStyle) -> [String] {
    guard !entries.isEmpty, width - 3 - 1 - 1 >= 0 else { return [] }
    let longest = entries.map { DisplayCells.width($0.label) }.max() ?? 0
    // The ForceFormatListFixedLabelWidth test hook cuts labels at 10 cells, as pwsh's does.
    let widest = InternalTestHooks.isSet("ForceFormatListFixedLabelWidth") ? 10 : width - 3 - 1
    let labelWidth = min(longest, widest)
    let fieldWidth = width - labelWidth - 3
    let indent = DisplayCells.spaces(labelWidth + 3)
    var result: [String] = []
    for entry in entries {
      let label =
        DisplayCells.width(entry.label) > labelWidth
        ? DisplayCells.head(entry.label, cells: labelWidth)
        : DisplayCells.pad(entry.label, to: labelWidth, alignment: .left)
      var value = entry.value
      if style.isEnabled, value.contains("\u{1B}["), !value.hasSuffix(style.reset) {
        value += style.reset
      }
      var first = true
      for line in DisplayCells.lines(value) {
        for piece in DisplayCells.wrap(line, cells: fieldWidth, words: wordWrap) {
          if first {
            result.append(style.apply(style.formatAccent, label + " : ") + piece)
            first = false
          } else {
            result.append(indent + piece)
          }
        }
      }
    }
    return result
  }
}
