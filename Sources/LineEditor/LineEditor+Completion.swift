import CEditLine
import CEditLineShim

extension LineEditor {
  /// Runs the completer for the line being edited and applies its answer; the result is a
  /// libedit `CC_*` code telling it how to redraw.
  func complete() -> UInt8 {
    guard let completer, let info = el_line(editor)?.pointee,
      let start = info.buffer, let cursorPointer = info.cursor, let end = info.lastchar
    else { return Self.code(CC_REFRESH_BEEP) }
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: start.distance(to: end)))
    let cursor = start.distance(to: cursorPointer)
    let line = String(decoding: bytes, as: UTF8.self)

    let answer = completer(line, cursor)
    guard (0...cursor).contains(answer.replaceFrom), !answer.candidates.isEmpty else {
      return Self.code(CC_REFRESH_BEEP)
    }
    let word = String(decoding: bytes[answer.replaceFrom..<cursor], as: UTF8.self)

    if answer.candidates.count == 1 {
      replace(word, with: answer.candidates[0])
      return Self.code(CC_REFRESH)
    }
    let prefix = CompletionListing.longestCommonPrefix(of: answer.candidates)
    if prefix.count > word.count {
      replace(word, with: prefix)
    }
    let width = Int(adsh_el_columns(editor))
    writeOutput("\n" + CompletionListing.columns(answer.candidates, width: width))
    return Self.code(CC_REDISPLAY)
  }

  /// Deletes `word` just before the cursor and inserts `replacement` in its place.
  private func replace(_ word: String, with replacement: String) {
    // libedit counts the characters it deletes in wide characters, i.e. Unicode scalars.
    let scalars = word.unicodeScalars.count
    if scalars > 0 {
      el_deletestr(editor, Int32(scalars))
    }
    if !replacement.isEmpty {
      el_insertstr(editor, replacement)
    }
  }

  private static func code(_ value: Int32) -> UInt8 {
    UInt8(truncatingIfNeeded: value)
  }
}

/// The libedit command bound to Tab: forwards to the owning editor's completer.
func completeCommand(_ editor: OpaquePointer?, _ key: Int32) -> UInt8 {
  guard let owner = LineEditor.owner(of: editor) else {
    return UInt8(truncatingIfNeeded: CC_ERROR)
  }
  return owner.complete()
}
