/// A syntax error, with PowerShell's ErrorId and message and the place it points at.
public struct ParseError: Error, Sendable, CustomStringConvertible {
  /// PowerShell's ErrorId, for example `MissingEndCurlyBrace` or `ExpectedValueExpression`.
  public let id: String
  /// PowerShell's message, such as the one for `1 +` (`ExpectedValueExpression`).
  public let message: String
  public let range: SourceRange
  /// True when more input could complete the text (open brace, quote, here-string, trailing pipe or
  /// operator); the REPL then reads a continuation line instead of reporting it.
  public let isIncompleteInput: Bool

  public init(id: String, message: String, range: SourceRange, isIncompleteInput: Bool = false) {
    self.id = id
    self.message = message
    self.range = range
    self.isIncompleteInput = isIncompleteInput
  }

  public var description: String {
    let position = range.start
    return "\(range.fileName ?? "<input>"):\(position.line):\(position.column): \(message)"
  }
}
