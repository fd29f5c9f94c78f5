/// Help text broken into lines that fit the window, as pwsh's help views are written.
///
/// pwsh writes a help page through its custom view, whose writer breaks each paragraph at
/// spaces to the console's line width (the buffer width less one column,
/// `ConsoleLineOutput.ColumnNumber`) and indents the continuation lines as the first one.
enum HelpTextWrapping {
  /// The lines of `lines` no wider than `width - 1` characters; a longer line breaks at spaces,
  /// a word longer than the room left breaks where the room ends.
  static func wrap(_ lines: [String], width: Int) -> [String] {
    let room = max(width - 1, 20)
    return lines.flatMap { wrap(line: $0, room: room) }
  }

  private static func wrap(line: String, room: Int) -> [String] {
    guard line.count > room else { return [line] }
    let indent = String(line.prefix { $0 == " " })
    let limit = max(room - indent.count, 10)
    var result: [String] = []
    var current = ""
    for word in line.dropFirst(indent.count).split(separator: " ") {
      var piece = Substring(word)
      while piece.count > limit {
        if !current.isEmpty {
          result.append(indent + current)
          current = ""
        }
        result.append(indent + piece.prefix(limit))
        piece = piece.dropFirst(limit)
      }
      if current.isEmpty {
        current = String(piece)
      } else if current.count + 1 + piece.count <= limit {
        current += " " + piece
      } else {
        result.append(indent + current)
        current = String(piece)
      }
    }
    if !current.isEmpty { result.append(indent + current) }
    return result
  }
}
