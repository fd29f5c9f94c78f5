/// The text being edited and the cursor in it, with PSReadLine's word and line arithmetic.
///
/// Positions count Unicode scalars, as libedit's wide-character buffer does. The type knows
/// nothing of the terminal, so every motion and kill can be tested on plain strings.
struct LineBuffer: Equatable {
  var scalars: [Unicode.Scalar]
  var cursor: Int

  init(_ text: String, cursor: Int? = nil) {
    scalars = Array(text.unicodeScalars)
    self.cursor = min(max(cursor ?? scalars.count, 0), scalars.count)
  }

  var text: String { Self.string(scalars[...]) }
  var isEmpty: Bool { scalars.isEmpty }

  /// The text from `start` to `end` (scalar offsets).
  func text(from start: Int, to end: Int) -> String {
    Self.string(scalars[max(0, start)..<min(end, scalars.count)])
  }

  /// Whether the scalar at `index` belongs to a word: not white space, not a delimiter.
  func isInWord(_ index: Int, delimiters: String) -> Bool {
    guard index >= 0, index < scalars.count else { return false }
    let scalar = scalars[index]
    return !scalar.properties.isWhitespace && !delimiters.unicodeScalars.contains(scalar)
  }

  /// BackwardWord's target: the start of the current word, or of the previous one.
  func backwardWordStart(delimiters: String) -> Int {
    var index = cursor - 1
    while index >= 0, !isInWord(index, delimiters: delimiters) { index -= 1 }
    while index >= 0, isInWord(index, delimiters: delimiters) { index -= 1 }
    return index + 1
  }

  /// ForwardWord's target: the end of the current word, or of the next one.
  func forwardWordEnd(delimiters: String) -> Int {
    var index = cursor
    while index < scalars.count, !isInWord(index, delimiters: delimiters) { index += 1 }
    while index < scalars.count, isInWord(index, delimiters: delimiters) { index += 1 }
    return index
  }

  /// NextWord's target: the start of the next word, or the end of the input.
  func nextWordStart(delimiters: String) -> Int {
    var index = cursor
    while index < scalars.count, isInWord(index, delimiters: delimiters) { index += 1 }
    while index < scalars.count, !isInWord(index, delimiters: delimiters) { index += 1 }
    return index
  }

  /// UnixWordRubout's target: the start of the white-space-delimited word before the cursor.
  func whitespaceWordStart() -> Int {
    var index = cursor - 1
    while index >= 0, scalars[index].properties.isWhitespace { index -= 1 }
    while index >= 0, !scalars[index].properties.isWhitespace { index -= 1 }
    return index + 1
  }

  /// The start of the logical line (after the last newline before the cursor).
  var lineStart: Int {
    var index = cursor
    while index > 0, scalars[index - 1] != "\n" { index -= 1 }
    return index
  }

  /// The end of the logical line (the next newline at or after the cursor, or the end).
  var lineEnd: Int {
    var index = cursor
    while index < scalars.count, scalars[index] != "\n" { index += 1 }
    return index
  }

  /// The same column on the logical line above (or below), clamped to that line's end; nil
  /// on the first (or last) line.
  func verticalTarget(up: Bool) -> Int? {
    let column = cursor - lineStart
    if up {
      guard lineStart > 0 else { return nil }
      let above = LineBuffer(scalars: scalars, cursor: lineStart - 1)
      return min(above.lineStart + column, lineStart - 1)
    }
    guard lineEnd < scalars.count else { return nil }
    let below = LineBuffer(scalars: scalars, cursor: lineEnd + 1)
    return min(lineEnd + 1 + column, below.lineEnd)
  }

  private init(scalars: [Unicode.Scalar], cursor: Int) {
    self.scalars = scalars
    self.cursor = cursor
  }

  private static func string(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars)
    return String(text)
  }
}
