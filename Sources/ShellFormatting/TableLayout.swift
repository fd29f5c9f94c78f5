import ShellCore

/// Table geometry: column widths fitted to the screen and rows drawn into them (PowerShell's
/// ColumnWidthManager and TableWriter).
///
/// Columns are separated by one space, there is no border, and the last visible column is
/// not padded, so lines carry no trailing spaces.
struct TableLayout {
  /// The smallest screen a table is drawn on (TableWriter.minimumScreenColumns).
  static let minimumScreenWidth = 5

  let columns: [TableColumn]
  /// Final widths; a negative width hides the column.
  let widths: [Int]
  var wrap = false
  var wordWrap = false

  /// Widths measured over some rows: each column as wide as its label and widest cell.
  static func measure(_ columns: [TableColumn], rows: [[String]]) -> [Int] {
    columns.indices.map { index in
      var widest = DisplayCells.width(columns[index].label)
      for row in rows where index < row.count {
        widest = max(widest, DisplayCells.width(row[index]))
      }
      return widest
    }
  }

  /// Fits widths to the screen (ColumnWidthManager.CalculateColumnWidths).
  ///
  /// Unknown (0) widths get one cell each and then the room left, one cell at a time in turn;
  /// a table too wide loses cells from its last visible column, which is hidden when it would
  /// be narrower than one cell.
  static func fit(_ requested: [Int], screenWidth: Int) -> [Int] {
    var widths = requested
    guard !widths.isEmpty else { return widths }
    if widths.contains(where: { $0 <= 0 }) {
      let isFixed = widths.map { $0 > 0 }
      for index in widths.indices where widths[index] <= 0 { widths[index] = 1 }
      var room = screenWidth - tableWidth(widths)
      while room > 0 {
        for index in widths.indices where !isFixed[index] && room > 0 {
          widths[index] += 1
          room -= 1
        }
      }
    }
    while tableWidth(widths) > screenWidth {
      guard let last = widths.lastIndex(where: { $0 > 0 }) else { break }
      let excess = tableWidth(widths) - screenWidth
      widths[last] = widths[last] - excess < 1 ? -1 : widths[last] - excess
    }
    return widths
  }

  /// The cells a table takes: visible widths plus one separator between visible columns.
  static func tableWidth(_ widths: [Int]) -> Int {
    let visible = widths.filter { $0 > 0 }
    return visible.reduce(0, +) + max(visible.count - 1, 0)
  }

  private var visible: [Int] { widths.indices.filter { widths[$0] > 0 } }

  /// The header lines: labels (wrapped when wider than a fixed column), then dashes.
  func header(style: OutputStyle) -> [String] {
    let labels = columns.map(\.label)
    let labelLines = visible.map { index in
      DisplayCells.wrap(labels[index], cells: widths[index], words: false)
    }
    let height = labelLines.map(\.count).max() ?? 0
    var lines: [String] = []
    for lineIndex in 0..<height {
      var text = ""
      for (position, index) in visible.enumerated() {
        let piece = lineIndex < labelLines[position].count ? labelLines[position][lineIndex] : ""
        let isLast = position == visible.count - 1
        let cell = DisplayCells.pad(
          piece, to: widths[index], alignment: columns[index].alignment, trailing: !isLast)
        let segment = (position > 0 ? " " : "") + cell
        let color = columns[index].isCustomLabel ? style.customTableHeaderLabel : style.tableHeader
        text += style.apply(color, segment)
      }
      lines.append(height > 1 ? trimmedEnd(text) : text)
    }
    var dashes = ""
    for (position, index) in visible.enumerated() {
      let count = min(widths[index], DisplayCells.width(labels[index]))
      let isLast = position == visible.count - 1
      let cell = DisplayCells.pad(
        String(repeating: "-", count: count), to: widths[index],
        alignment: columns[index].alignment, trailing: !isLast)
      dashes += (position > 0 ? " " : "") + style.apply(style.tableHeader, cell)
    }
    lines.append(dashes)
    return lines
  }

  /// The physical lines of one row.
  func row(_ cells: [String]) -> [String] {
    let visible = self.visible
    let pieces: [[String]] = visible.map { index in
      let cell = index < cells.count ? cells[index] : ""
      guard wrap else { return [Self.cutAtLineBreak(cell)] }
      return DisplayCells.lines(cell).flatMap {
        DisplayCells.wrap($0, cells: widths[index], words: wordWrap)
      }
    }
    let height = pieces.map(\.count).max() ?? 1
    var lines: [String] = []
    for lineIndex in 0..<height {
      var text = ""
      for (position, index) in visible.enumerated() {
        let alignment = columns[index].alignment
        let piece = lineIndex < pieces[position].count ? pieces[position][lineIndex] : ""
        let fitted = DisplayCells.truncate(piece, to: widths[index], alignment: alignment)
        if position > 0 { text += " " }
        text += DisplayCells.pad(
          fitted, to: widths[index], alignment: alignment,
          trailing: position != visible.count - 1)
      }
      lines.append(height > 1 ? trimmedEnd(text) : text)
    }
    return lines
  }

  /// Text up to its first line break, with `…` when something was cut (TruncateAtNewLine).
  static func cutAtLineBreak(_ text: String) -> String {
    guard let index = text.firstIndex(where: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    else { return text }
    return String(text[..<index]) + "…"
  }

  private func trimmedEnd(_ text: String) -> String {
    var result = text
    while result.last == " " { result.removeLast() }
    return result
  }
}
