import KeyBindings

/// Moving through the history while editing one line: PreviousHistory and NextHistory, and
/// PSReadLine's prefix search (HistorySearchBackward and HistorySearchForward).
///
/// Recall starts over whenever the line was changed by anything but recall itself, so typing
/// after a search searches for the new text. Going forward past the newest entry brings back
/// the line as it was before recall began.
struct HistoryRecall {
  /// The history, newest first.
  private(set) var entries: [String] = []
  /// The entry shown: -1 for the line being typed, 0 for the newest entry.
  private var index = -1
  private var saved = LineBuffer("")
  private var shown: LineBuffer?
  private var prefix: String?
  /// With HistoryNoDuplicates, the first index at which this search found each line.
  private var firstFound: [String: Int] = [:]

  /// Starts recall for a new line over `entries` (newest first).
  mutating func start(entries: [String]) {
    self = HistoryRecall()
    self.entries = entries
  }

  /// PreviousHistory (older) or NextHistory (newer); nil when there is nothing further.
  mutating func step(older: Bool, from line: LineBuffer, options: EditorOptions) -> LineBuffer? {
    restartIfEdited(line)
    prefix = nil
    var target = index
    repeat {
      target += older ? 1 : -1
    } while options.historyNoDuplicates && target >= 0 && target < entries.count
      && entries[target] == line.text
    return show(target, cursorAfter: nil)
  }

  /// HistorySearchBackward (older) or HistorySearchForward (newer): the next entry that
  /// starts with the text before the cursor when the search began.
  mutating func search(older: Bool, from line: LineBuffer, options: EditorOptions)
    -> LineBuffer?
  {
    restartIfEdited(line)
    if prefix == nil {
      prefix = line.text(from: 0, to: line.cursor)
      firstFound = [:]
    }
    let prefix = prefix ?? ""
    let prefixLength = prefix.unicodeScalars.count
    var target = index
    while true {
      target += older ? 1 : -1
      guard target >= 0, target < entries.count else { break }
      let entry = entries[target]
      guard Self.starts(entry, with: prefix, caseSensitive: options.historySearchCaseSensitive)
      else { continue }
      if options.historyNoDuplicates {
        let first = firstFound[entry] ?? target
        firstFound[entry] = first
        guard first == target else { continue }
      }
      break
    }
    return show(target, cursorAfter: options.historySearchCursorMovesToEnd ? nil : prefixLength)
  }

  /// BeginningOfHistory (the oldest entry) or EndOfHistory (the line being typed).
  mutating func jump(toOldest: Bool, from line: LineBuffer) -> LineBuffer? {
    restartIfEdited(line)
    prefix = nil
    return show(toOldest ? entries.count - 1 : -1, cursorAfter: nil)
  }

  /// Whether `line` is what recall last showed (so recall goes on rather than starting).
  func isShowing(_ line: LineBuffer) -> Bool {
    line == shown
  }

  private mutating func restartIfEdited(_ line: LineBuffer) {
    guard line != shown else { return }
    index = -1
    saved = line
    prefix = nil
  }

  /// Shows entry `target` (or the saved line for -1); nil, changing nothing, when out of range.
  private mutating func show(_ target: Int, cursorAfter: Int?) -> LineBuffer? {
    guard target >= -1, target < entries.count, target != index || target == -1 else {
      return nil
    }
    if target == -1, index == -1 { return nil }
    index = target
    var line = target == -1 ? saved : LineBuffer(entries[target])
    if let cursorAfter { line.cursor = min(cursorAfter, line.scalars.count) }
    shown = line
    return line
  }

  private static func starts(_ entry: String, with prefix: String, caseSensitive: Bool) -> Bool {
    caseSensitive ? entry.hasPrefix(prefix) : entry.lowercased().hasPrefix(prefix.lowercased())
  }
}
