import ShellCore

/// Draws a progress record as one line of pwsh 7's minimal view
/// (`$PSStyle.Progress.View = 'Minimal'`).
///
/// The line is `Activity [Status        12s]`: the bracketed bar spans the rest of the width,
/// holds the status and the seconds remaining, and its first PercentComplete percent is in
/// reverse video (all of it when no percentage is given). An activity wider than half the
/// width is cut with an ellipsis, and so is a status that does not fit (ProgressNode's
/// RenderAnsi).
enum ProgressView {
  static let ellipsis = "\u{2026}"

  /// What the console host draws its text with: these cell widths and this view.
  static var rendering: HostRendering {
    HostRendering(cellWidth: DisplayCells.width, progressLine: render)
  }

  static func render(
    _ record: ProgressRecord, indentation: Int, width: Int, style: ProgressStyle
  ) -> String {
    let maxWidth = style.maxWidth > 0 ? min(width, style.maxWidth) : width
    let secondsRemaining = record.secondsRemaining >= 0 ? "\(record.secondsRemaining)s" : ""
    var activity = record.activity
    if DisplayCells.width(activity) > maxWidth / 2 {
      activity = DisplayCells.head(activity, cells: maxWidth / 2 - 1) + ellipsis
    }
    let barWidth = maxWidth - DisplayCells.width(activity) - indentation - 4
    let maxStatusWidth = barWidth - (secondsRemaining.count + 1)
    var status = record.status
    if maxStatusWidth > 0, DisplayCells.width(status) > maxStatusWidth {
      status = DisplayCells.head(status, cells: maxStatusWidth - 1) + ellipsis
    }
    let padding = barWidth - DisplayCells.width(status) - secondsRemaining.count - 1
    let content = status + String(repeating: " ", count: max(padding, 0)) + secondsRemaining
    let bar: String
    let percent = record.percentComplete
    if percent < 0 || percent >= 100 || barWidth <= 0 {
      bar = style.reverse + content + style.reverseOff
    } else {
      let filled = min(percent * barWidth / 100, barWidth - 1)
      let head = DisplayCells.head(content, cells: filled)
      let rest = String(content.unicodeScalars.dropFirst(head.unicodeScalars.count))
      bar = style.reverse + head + style.reverseOff + rest
    }
    let line =
      String(repeating: " ", count: indentation) + style.style + activity + " [" + bar + "]"
    // In a window too narrow for the bar the line is cut, so that it never wraps.
    guard DisplayCells.width(line) > width - 1 else { return line + style.reset }
    return DisplayCells.head(line, cells: max(width - 1, 0)) + style.reset
  }
}
