import CEditLine
import CEditLineShim
import KeyBindings

extension LineEditor {
  /// Runs the completer for the line being edited and applies its answer, or with
  /// `listOnly` lists the candidates; the result is a libedit `CC_*` code.
  ///
  /// As PSReadLine's Complete: one candidate is inserted, several extend the word to their
  /// common prefix, and when there is nothing to extend the bell rings; pressed again, the
  /// key lists them (`isRepeated`). More candidates than
  /// -CompletionQueryItems are listed only after the user answers `y` to
  /// `Display all N possibilities? (y or n)`.
  func complete(listOnly: Bool, isRepeated: Bool = false) -> UInt8 {
    guard let completer, let info = el_line(editor)?.pointee,
      let start = info.buffer, let cursorPointer = info.cursor, let end = info.lastchar
    else { return bell() }
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: start.distance(to: end)))
    let cursor = start.distance(to: cursorPointer)
    let line = String(decoding: bytes, as: UTF8.self)

    let answer = completer(line, cursor)
    guard (0...cursor).contains(answer.replaceFrom), !answer.candidates.isEmpty else {
      return bell()
    }
    let word = String(decoding: bytes[answer.replaceFrom..<cursor], as: UTF8.self)

    if !listOnly, !(isRepeated && answer.candidates.count > 1) {
      if answer.candidates.count == 1 {
        replace(word, with: answer.candidates[0])
        return Self.code(CC_REFRESH)
      }
      let prefix = CompletionListing.longestCommonPrefix(of: answer.candidates)
      guard prefix.count > word.count else { return bell() }
      replace(word, with: prefix)
      return Self.code(CC_REFRESH)
    }
    let count = answer.candidates.count
    if count > configuration.options.completionQueryItems {
      writeOutput("\nDisplay all \(count) possibilities? (y or n) ")
      let reply = readScalar()
      if wasInterrupted { return cancelLine() }
      guard let reply, reply == "y" || reply == "Y" || reply == " " else {
        writeOutput("\n")
        return Self.code(CC_REDISPLAY)
      }
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
}
