import CEditLine
import CEditLineShim
import KeyBindings

extension LineEditor {
  /// Runs a history function, loading this read's copy of the history on first use.
  ///
  /// In input of several lines (a paste), the prefix searches first move between its lines,
  /// as PSReadLine's do, so that Up does not throw the input away.
  func recallHistory(_ function: EditFunction, _ line: LineBuffer) -> UInt8 {
    let isSearch = function == .historySearchBackward || function == .historySearchForward
    if isSearch, line.scalars.contains("\n"), !(isRecallLoaded && recall.isShowing(line)) {
      guard let target = line.verticalTarget(up: function == .historySearchBackward) else {
        return bell()
      }
      el_cursor(editor, Int32(target - line.cursor))
      return Self.code(CC_CURSOR)
    }
    if !isRecallLoaded {
      recall.start(entries: historyEntries())
      isRecallLoaded = true
    }
    let options = configuration.options
    let shown: LineBuffer?
    switch function {
    case .previousHistory: shown = recall.step(older: true, from: line, options: options)
    case .nextHistory: shown = recall.step(older: false, from: line, options: options)
    case .historySearchBackward: shown = recall.search(older: true, from: line, options: options)
    case .historySearchForward: shown = recall.search(older: false, from: line, options: options)
    case .beginningOfHistory: shown = recall.jump(toOldest: true, from: line)
    case .endOfHistory: shown = recall.jump(toOldest: false, from: line)
    default: shown = nil
    }
    guard let shown else { return bell() }
    setLine(shown, replacing: line)
    return Self.code(CC_REFRESH)
  }

  /// The history's entries, newest first.
  func historyEntries() -> [String] {
    let capacity = Int(Self.historySize)
    var pointers = [UnsafePointer<CChar>?](repeating: nil, count: capacity)
    let count = Int(adsh_history_copy(history, &pointers, Int32(capacity)))
    return pointers.prefix(count).compactMap { $0.map { String(cString: $0) } }
  }
}
