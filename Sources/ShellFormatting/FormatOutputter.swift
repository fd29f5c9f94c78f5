import Foundation
import ShellCore

/// Draws format records as lines of text (PowerShell's OutCommandInner and its output
/// contexts), for Out-Default, Out-Host, Out-String, Out-File and `>`.
///
/// Blank lines follow PowerShell: one when a session starts, one after each table (or wide or
/// custom) group, one after each list entry, and a group's label line is followed by one.
///
/// A table whose first column has no fixed width is measured on its first rows: rows are held
/// for up to `cacheDuration` after the first row of a group (on a terminal only), or until
/// `cacheLimit` rows or the end of the group, then the widths are fixed and every later row
/// streams straight through (truncated to those widths). `-AutoSize` holds the whole group
/// instead. So memory does not grow with the number of rows, and a long pipeline starts
/// printing early.
final class FormatOutputter {
  /// How the outputter lays out text.
  struct Settings {
    /// The columns lines may use (the console's width minus one, or Out-String's -Width).
    var width: Int
    /// The console's width now, asked again as each view starts, so that a table drawn after
    /// the window was resized fits it (pwsh's ConsoleLineOutput reads the width every time);
    /// nil for a fixed width.
    var currentWidth: (() -> Int)?
    /// Read at each session start, so `$PSStyle.OutputRendering` changes apply to the next one.
    var style: () -> OutputStyle = { .plain }
    /// How long rows are held to measure a table; nil holds them until `cacheLimit` rows or
    /// the group's end, whatever the time.
    var cacheDuration: Duration? = .milliseconds(300)
    var cacheLimit = 1000
    /// Word-wrap (rather than cut) long list values and -Wrap cells.
    var wordWrap = FormatOutputter.cultureWordWraps()
  }

  /// What the measuring cache holds, in arrival order.
  private enum Held {
    case row([String])
    case wide(String)
    case record(FormatRecord)
  }

  private var settings: Settings
  private let writeLine: (String) -> Void
  private var shape: FormatStart?
  private var held: [Held] = []
  private var isHolding = false
  private var holdStarted = ContinuousClock.now
  private var table: TableLayout?
  private var wideRow: [String] = []
  private var style = OutputStyle.plain

  init(settings: Settings, writeLine: @escaping (String) -> Void) {
    self.settings = settings
    self.writeLine = writeLine
    self.style = settings.style()
  }

  /// Draws one record.
  func process(_ record: FormatRecord) {
    if isHolding {
      switch record {
      case .entry(let entry):
        hold(entry)
        return
      case .outOfBandText, .outOfBandList:
        held.append(.record(record))
        return
      default: release()
      }
    }
    switch record {
    case .start(let start):
      shape = start
      style = settings.style()
      if let currentWidth = settings.currentWidth { settings.width = currentWidth() }
      writeLine("")
    case .groupStart(let header):
      table = nil
      wideRow = []
      if let header {
        writeLine(header)
        writeLine("")
      }
    case .entry(let entry): draw(entry)
    case .outOfBandText(let text): writeLine(text)
    case .outOfBandList(let lines):
      style = settings.style()
      writeLine("")
      for line in listLayout.lines(lines, style: style) { writeLine(line) }
      writeLine("")
    case .groupEnd:
      flushWideRow()
      switch shape {
      case .table, .wide, .custom: writeLine("")
      default: break
      }
      table = nil
    case .end:
      shape = nil
      table = nil
    }
  }

  /// Draws anything still held (a session cut short, for example by an error).
  func finish() {
    if isHolding { release() }
    flushWideRow()
  }

  private var listLayout: ListLayout {
    ListLayout(width: settings.width, wordWrap: settings.wordWrap)
  }

  private func draw(_ entry: FormatEntry) {
    switch (entry, shape) {
    case (.tableRow(let cells), .table(let header)?):
      if let table {
        for line in table.row(cells) { writeLine(line) }
      } else if header.autoSize || (header.columns.first?.width ?? 0) <= 0 {
        startHolding(.row(cells))
      } else {
        startTable(header, rows: [])
        drawRow(cells)
      }
    case (.wide(let text), .wide(_, let autoSize)?):
      if autoSize, table == nil {
        startHolding(.wide(text))
      } else {
        addWide(text)
      }
    case (.list(let lines), _):
      for line in listLayout.lines(lines, style: style) { writeLine(line) }
      writeLine("")
    case (.custom(let lines), _):
      for line in lines { writeLine(style.emphasize(line)) }
    case (.tableRow(let cells), _):
      writeLine(cells.joined(separator: " "))
    case (.wide(let text), _):
      writeLine(text)
    }
  }

  private func startHolding(_ first: Held) {
    isHolding = true
    holdStarted = .now
    held = [first]
  }

  private func hold(_ entry: FormatEntry) {
    switch entry {
    case .tableRow(let cells): held.append(.row(cells))
    case .wide(let text): held.append(.wide(text))
    default: held.append(.record(.entry(entry)))
    }
    guard case .table(let header)? = shape, !header.autoSize else { return }
    let expired = settings.cacheDuration.map { ContinuousClock.now - holdStarted >= $0 } ?? false
    if held.count >= settings.cacheLimit || expired {
      release()
    }
  }

  /// Fixes the widths from the held rows, then draws them in order.
  private func release() {
    isHolding = false
    let items = held
    held = []
    switch shape {
    case .table(let header)?:
      let rows = items.compactMap { item -> [String]? in
        if case .row(let cells) = item { return cells }
        return nil
      }
      startTable(header, rows: rows)
    case .wide?:
      let texts = items.compactMap { item -> String? in
        if case .wide(let text) = item { return text }
        return nil
      }
      let widest = texts.map(DisplayCells.width).max() ?? 1
      let count = max(1, (settings.width + 1) / (widest + 1))
      let columns = Array(
        repeating: TableColumn(label: "", width: widest, alignment: .left), count: count)
      table = TableLayout(
        columns: columns, widths: TableLayout.fit(columns.map(\.width), screenWidth: settings.width)
      )
    default: break
    }
    for item in items {
      switch item {
      case .row(let cells): drawRow(cells)
      case .wide(let text): addWide(text)
      case .record(let record): process(record)
      }
    }
  }

  private func startTable(_ header: TableHeader, rows: [[String]]) {
    var requested = header.columns.map(\.width)
    if header.autoSize || (requested.first ?? 0) <= 0 {
      requested = TableLayout.measure(header.columns, rows: rows)
    }
    guard settings.width >= TableLayout.minimumScreenWidth else {
      table = TableLayout(
        columns: header.columns, widths: requested.map { _ in -1 })
      return
    }
    let layout = TableLayout(
      columns: header.columns,
      widths: TableLayout.fit(requested, screenWidth: settings.width), wrap: header.wrap,
      wordWrap: settings.wordWrap)
    table = layout
    if !header.hideHeaders, layout.widths.contains(where: { $0 > 0 }) {
      for line in layout.header(style: style) { writeLine(line) }
    }
  }

  private func drawRow(_ cells: [String]) {
    guard let table, table.widths.contains(where: { $0 > 0 }) else { return }
    for line in table.row(cells) { writeLine(line) }
  }

  private func addWide(_ text: String) {
    if table == nil {
      guard case .wide(let columns, _)? = shape else { return }
      let count = max(1, columns ?? 2)
      let layoutColumns = Array(
        repeating: TableColumn(label: "", width: 0, alignment: .left), count: count)
      table = TableLayout(
        columns: layoutColumns,
        widths: TableLayout.fit(Array(repeating: 0, count: count), screenWidth: settings.width))
    }
    wideRow.append(text)
    if let table, wideRow.count >= table.columns.count { flushWideRow() }
  }

  private func flushWideRow() {
    guard !wideRow.isEmpty, let table else { return }
    let isPartial = wideRow.count < table.columns.count
    for line in table.row(wideRow) {
      // A short last row carries no padding for the columns it does not fill.
      writeLine(isPartial ? String(line.reversed().drop { $0 == " " }.reversed()) : line)
    }
    wideRow = []
  }

  /// True when the culture (from LC_ALL, LC_MESSAGES or LANG) is one PowerShell word-wraps.
  ///
  /// Those are en, fr, de, it, pt and es; the C/POSIX locale is the invariant culture, which
  /// cuts lines by cell count instead.
  static func cultureWordWraps(
    _ environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Bool {
    let locale =
      [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
      .compactMap { $0 }.first { !$0.isEmpty } ?? ""
    let language = locale.prefix { $0.isLetter }.lowercased()
    return ["en", "fr", "de", "it", "pt", "es"].contains(language)
  }
}
