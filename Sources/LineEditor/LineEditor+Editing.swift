import CEditLine
import CEditLineShim
import KeyBindings

extension LineEditor {
  /// Runs one function on the line being edited; the result is a libedit `CC_*` code.
  func run(_ function: EditFunction) -> UInt8 {
    let line = currentLine()
    if lastEdit?.line != line { lastEdit = nil }
    let previous = lastEdit?.function
    let code = perform(function, on: line, after: previous)
    lastEdit = (function, currentLine())
    return code
  }

  private func perform(_ function: EditFunction, on line: LineBuffer, after previous: EditFunction?)
    -> UInt8
  {
    let delimiters = configuration.options.wordDelimiters
    switch function {
    case .acceptLine: return runLibedit(0x91)
    case .reverseSearchHistory: return runLibedit(0x92)
    case .forwardSearchHistory: return runLibedit(0x93)
    case .clearScreen: return runLibedit(0x94)
    case .viCommandMode: return runLibedit(0x95)
    case .complete: return complete(listOnly: false, isRepeated: previous == .complete)
    case .possibleCompletions: return complete(listOnly: true)
    case .backwardChar: return move(line, to: line.cursor - 1)
    case .forwardChar: return move(line, to: line.cursor + 1)
    case .backwardWord: return move(line, to: line.backwardWordStart(delimiters: delimiters))
    case .forwardWord: return move(line, to: line.forwardWordEnd(delimiters: delimiters))
    case .nextWord: return move(line, to: line.nextWordStart(delimiters: delimiters))
    case .beginningOfLine: return move(line, to: line.lineStart)
    case .endOfLine: return move(line, to: line.lineEnd)
    case .backwardDeleteChar: return remove(line, line.cursor - 1..<line.cursor)
    case .deleteChar: return remove(line, line.cursor..<line.cursor + 1)
    case .deleteCharOrExit:
      if line.isEmpty { return Self.code(CC_EOF) }
      return remove(line, line.cursor..<line.cursor + 1)
    case .backwardKillWord:
      return kill(line, line.backwardWordStart(delimiters: delimiters)..<line.cursor, previous)
    case .killWord:
      return kill(line, line.cursor..<line.forwardWordEnd(delimiters: delimiters), previous)
    case .unixWordRubout: return kill(line, line.whitespaceWordStart()..<line.cursor, previous)
    case .killLine: return kill(line, line.cursor..<line.scalars.count, previous)
    case .backwardKillInput: return kill(line, 0..<line.cursor, previous)
    case .backwardKillLine: return kill(line, line.lineStart..<line.cursor, previous)
    case .yank: return yank(line)
    case .yankPop: return yankPop(line, after: previous)
    case .revertLine: return replace(line, with: LineBuffer("", cursor: 0))
    case .swapCharacters: return swap(line)
    case .previousHistory, .nextHistory, .historySearchBackward, .historySearchForward,
      .beginningOfHistory, .endOfHistory:
      return recallHistory(function, line)
    }
  }

  /// The line being edited and the cursor, read from libedit's wide-character buffer.
  func currentLine() -> LineBuffer {
    guard let info = el_wline(editor)?.pointee, let start = info.buffer,
      let cursor = info.cursor, let end = info.lastchar
    else { return LineBuffer("", cursor: 0) }
    let characters = UnsafeBufferPointer(start: start, count: start.distance(to: end))
    var text = String.UnicodeScalarView()
    for character in characters {
      if let scalar = Unicode.Scalar(UInt32(bitPattern: character)) { text.append(scalar) }
    }
    return LineBuffer(String(text), cursor: start.distance(to: cursor))
  }

  /// Makes libedit's line `new`, given that it is `old` now.
  func setLine(_ new: LineBuffer, replacing old: LineBuffer) {
    el_cursor(editor, Int32(old.scalars.count - old.cursor))
    if !old.isEmpty { el_deletestr(editor, Int32(old.scalars.count)) }
    if !new.isEmpty { insert(new.text) }
    el_cursor(editor, Int32(new.cursor - new.scalars.count))
  }

  /// Inserts text at the cursor.
  func insert(_ text: String) {
    var wide = text.unicodeScalars.map { wchar_t(bitPattern: $0.value) } + [0]
    el_winsertstr(editor, &wide)
  }

  private func replace(_ line: LineBuffer, with new: LineBuffer) -> UInt8 {
    setLine(new, replacing: line)
    return Self.code(CC_REFRESH)
  }

  private func move(_ line: LineBuffer, to position: Int) -> UInt8 {
    guard (0...line.scalars.count).contains(position), position != line.cursor else {
      return bell()
    }
    el_cursor(editor, Int32(position - line.cursor))
    return Self.code(CC_CURSOR)
  }

  /// Deletes `range` (scalar offsets), leaving the cursor at its start.
  private func remove(_ line: LineBuffer, _ range: Range<Int>) -> UInt8 {
    guard range.lowerBound >= 0, range.upperBound <= line.scalars.count, !range.isEmpty else {
      return bell()
    }
    el_cursor(editor, Int32(range.upperBound - line.cursor))
    el_deletestr(editor, Int32(range.count))
    return Self.code(CC_REFRESH)
  }

  private func kill(_ line: LineBuffer, _ range: Range<Int>, _ previous: EditFunction?) -> UInt8 {
    guard !range.isEmpty else { return bell() }
    let joining = previous.map(Self.killFunctions.contains) ?? false
    killRing.kill(
      line.text(from: range.lowerBound, to: range.upperBound), joining: joining,
      backward: range.upperBound <= line.cursor)
    return remove(line, range)
  }

  private static let killFunctions: Set<EditFunction> = [
    .backwardKillWord, .killWord, .unixWordRubout, .killLine, .backwardKillInput,
    .backwardKillLine,
  ]

  private func yank(_ line: LineBuffer) -> UInt8 {
    killRing.resetPosition()
    guard let text = killRing.current else { return bell() }
    insert(text)
    lastYank = line.cursor..<line.cursor + text.unicodeScalars.count
    return Self.code(CC_REFRESH)
  }

  private func yankPop(_ line: LineBuffer, after previous: EditFunction?) -> UInt8 {
    guard previous == .yank || previous == .yankPop, let range = lastYank,
      range.upperBound <= line.scalars.count, let text = killRing.rotate()
    else { return bell() }
    _ = remove(line, range)
    insert(text)
    lastYank = range.lowerBound..<range.lowerBound + text.unicodeScalars.count
    return Self.code(CC_REFRESH)
  }

  /// SwapCharacters: the character before the cursor with the one under it (at the end, the
  /// two before it), moving the cursor forward as PSReadLine does.
  private func swap(_ line: LineBuffer) -> UInt8 {
    let count = line.scalars.count
    guard count >= 2, line.cursor > 0 else { return bell() }
    let second = min(line.cursor, count - 1)
    var swapped = line
    swapped.scalars.swapAt(second - 1, second)
    swapped.cursor = min(second + 1, count)
    return replace(line, with: swapped)
  }
}
