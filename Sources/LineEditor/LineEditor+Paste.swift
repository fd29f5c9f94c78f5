import CEditLine

extension LineEditor {
  /// The end of a bracketed paste.
  private static let pasteEnd = Array("\u{1B}[201~".unicodeScalars)

  /// Inserts a bracketed paste as typed text: tabs stay tabs (no completion) and line breaks
  /// stay in the line, so a pasted block runs as one entry when Enter is pressed.
  ///
  /// Terminals send a pasted line break as a carriage return; it becomes a newline.
  func paste() -> UInt8 {
    var scalars: [Unicode.Scalar] = []
    while let scalar = readScalar() {
      scalars.append(scalar)
      if scalars.count >= Self.pasteEnd.count,
        scalars.suffix(Self.pasteEnd.count).elementsEqual(Self.pasteEnd)
      {
        scalars.removeLast(Self.pasteEnd.count)
        break
      }
    }
    // Ctrl-C during a paste cancels the line; the key command that started the paste does it.
    if wasInterrupted { return Self.code(CC_NORM) }
    var text = String.UnicodeScalarView()
    for (index, scalar) in scalars.enumerated() {
      if scalar == "\r" {
        if index + 1 < scalars.count, scalars[index + 1] == "\n" { continue }
        text.append("\n")
      } else {
        text.append(scalar)
      }
    }
    if !text.isEmpty { insert(String(text)) }
    lastEdit = nil
    return Self.code(CC_REFRESH)
  }
}
