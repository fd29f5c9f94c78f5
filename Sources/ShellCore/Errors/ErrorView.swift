import Foundation
import ShellSyntax

/// Renders error records as PowerShell 7's ConciseView (`$ErrorView = 'ConciseView'`).
///
/// `reason: message` on one line for errors on line 1 of interactive input; otherwise a
/// `Line |` block with the source line and tildes under the failing extent.
public struct ErrorView {
  public var width: Int
  public var useColor: Bool
  /// Adds the column to `path:line`, as PowerShell does when `TERM_PROGRAM` is `vscode`
  /// (editors turn `path:line:column` into a link).
  public var showsColumn: Bool

  public init(
    width: Int, useColor: Bool,
    showsColumn: Bool = ProcessInfo.processInfo.environment["TERM_PROGRAM"] == "vscode"
  ) {
    self.width = width
    self.useColor = useColor
    self.showsColumn = showsColumn
  }

  static let errorColor = "\u{1B}[31;1m"
  static let accentColor = "\u{1B}[36;1m"
  static let reset = "\u{1B}[0m"

  /// The text of the record, ending with a line break.
  public func render(_ record: ErrorRecord) -> String {
    let reason = Self.reason(of: record)
    guard let range = record.range, needsPositionBlock(record, range) else {
      let text = "\(reason): \(record.message)"
      return useColor ? Self.errorColor + text + Self.reset + "\n" : text + "\n"
    }
    let start = range.start
    var header = "\(reason):"
    if let file = range.fileName {
      header += " \(file):\(start.line)" + (showsColumn ? ":\(start.column)" : "")
    }
    let sourceLine = range.source.line(start.line)
    let lineNumber = String(start.line)
    let gutter = String(repeating: " ", count: max(0, 4 - lineNumber.count)) + lineNumber
    let prefixCharacters = Array(sourceLine).prefix(max(0, start.column - 1))
    let padding = String(prefixCharacters.map { $0 == "\t" ? "\t" : " " })
    let endColumn = range.end.line == start.line ? range.end.column : sourceLine.count + 1
    let tildes = String(repeating: "~", count: max(1, endColumn - start.column))
    let accent = useColor ? Self.accentColor : ""
    let error = useColor ? Self.errorColor : ""
    let reset = useColor ? Self.reset : ""
    var lines = [
      error + header,
      "\(accent)Line |\(error)",
      "\(accent)\(gutter) |\(reset)  \(sourceLine)",
      "\(accent)     |  \(padding)\(tildes)\(error)",
    ]
    let prefix = "     | "
    let isWrapped = range.fileName != nil || record.category == .parserError
    let message = prefix + (isWrapped ? flattened(record.message) : record.message)
    let messageLines = isWrapped ? Self.wrap(message, prefix: prefix, width: width) : [message]
    for line in messageLines {
      if useColor, line.hasPrefix(prefix) {
        lines.append("\(accent)     |\(error) " + line.dropFirst(prefix.count))
      } else {
        lines.append(error + line)
      }
    }
    return lines.joined(separator: "\n") + reset + "\n"
  }

  /// The part before the colon: `Exception` for `throw`, else the failing command, else the
  /// category.
  public static func reason(of record: ErrorRecord) -> String {
    if record.isThrown { return "Exception" }
    if let command = record.commandName, !command.isEmpty { return command }
    if let activity = record.activity, !activity.isEmpty { return activity }
    if record.category != .notSpecified { return record.category.rawValue }
    return record.exceptionShortName
  }

  private func needsPositionBlock(_ record: ErrorRecord, _ range: SourceRange) -> Bool {
    record.category == .parserError || range.fileName != nil || range.start.line > 1
  }

  /// Scripts show the message on one line: line breaks and tabs become spaces.
  private func flattened(_ message: String) -> String {
    message.replacingOccurrences(of: "\r\n", with: " ").replacingOccurrences(of: "\n", with: " ")
      .replacingOccurrences(of: "\t", with: " ")
  }

  /// Breaks `prefix + message` into lines no wider than the console, cutting each at its
  /// last whitespace and starting continuation lines with the prefix (ConciseView's rule).
  ///
  /// It walks one array of characters by index, so a message of 500,000 characters (a long
  /// filter quoted back) wraps in linear time.
  static func wrap(_ message: String, prefix: String, width: Int) -> [String] {
    let characters = Array(message)
    guard width > 0, characters.count > width else { return [message] }
    // Continuation lines are measured without the whitespace that ends the message.
    var end = characters.count
    while end > 0, characters[end - 1].isWhitespace { end -= 1 }
    let prefixLength = prefix.count
    let prefixHasSpace = prefix.contains(where: \.isWhitespace)
    var lines: [String] = []
    var start = 0
    var isFirst = true
    while isFirst ? characters.count > width : end - start + prefixLength > width {
      let room = isFirst ? width : width - prefixLength
      let limit = min(start + room, characters.count)
      var cut = limit
      if let space = (start..<limit).last(where: { characters[$0].isWhitespace }) {
        cut = space
      } else if !isFirst && prefixHasSpace {
        break  // the cut would fall inside the prefix: the rest goes on one line
      }
      if !isFirst && cut == start { break }
      lines.append((isFirst ? "" : prefix) + String(characters[start..<cut]))
      start = cut
      while start < end, characters[start].isWhitespace { start += 1 }
      isFirst = false
    }
    lines.append(prefix + String(characters[start..<max(start, end)]))
    return lines
  }
}
