/// PowerShell's tokenizer: scans one token at a time in the mode the parser asks for.
///
/// The lexer keeps no state between tokens except its position, so the parser can rewind
/// and rescan a token in another mode (PowerShell's tokenizer does the same on mode changes).
struct Lexer {
  let source: SourceText
  let bytes: [UInt8]
  /// Offset just past the last byte this lexer may read (sub-lexers scan `$(...)` spans).
  let end: Int
  var position: Int
  /// Dash operators a filter language adds to PowerShell's (`approx`), lowercased.
  var extraDashOperators: Set<String> = []

  init(source: SourceText, start: Int = 0, end: Int? = nil) {
    self.source = source
    self.bytes = source.utf8
    self.end = min(end ?? source.utf8.count, source.utf8.count)
    self.position = max(0, min(start, self.end))
  }

  /// The byte at `index`, or 0 past the end.
  @inline(__always)
  func byte(_ index: Int) -> UInt8 {
    index >= 0 && index < end ? bytes[index] : 0
  }

  func isAtEnd(_ index: Int) -> Bool { index >= end }

  func range(_ start: Int, _ end: Int) -> SourceRange {
    SourceRange(source: source, startOffset: start, endOffset: end)
  }

  func text(_ start: Int, _ end: Int) -> String { source.slice(start, end) }

  /// Builds an error attached to a token.
  func error(
    _ id: String, _ message: String, _ start: Int, _ end: Int, incomplete: Bool = false
  ) -> ParseError {
    ParseError(id: id, message: message, range: range(start, end), isIncompleteInput: incomplete)
  }

  // MARK: Character classes

  /// Byte length of a dash (`-`, en dash, em dash, horizontal bar) at `index`, or 0.
  func dashLength(_ index: Int) -> Int {
    let first = byte(index)
    if first == UInt8(ascii: "-") { return 1 }
    if first == 0xE2, byte(index + 1) == 0x80, (0x93...0x95).contains(byte(index + 2)) {
      return 3
    }
    return 0
  }

  /// Byte length of a single quote (straight or curly) at `index`, or 0.
  func singleQuoteLength(_ index: Int) -> Int {
    let first = byte(index)
    if first == UInt8(ascii: "'") { return 1 }
    if first == 0xE2, byte(index + 1) == 0x80, (0x98...0x9B).contains(byte(index + 2)) {
      return 3
    }
    return 0
  }

  /// Byte length of a double quote (straight or curly) at `index`, or 0.
  func doubleQuoteLength(_ index: Int) -> Int {
    let first = byte(index)
    if first == UInt8(ascii: "\"") { return 1 }
    if first == 0xE2, byte(index + 1) == 0x80, (0x9C...0x9E).contains(byte(index + 2)) {
      return 3
    }
    return 0
  }

  /// Byte length of a newline (`\n`, `\r\n` or `\r`) at `index`, or 0.
  func newlineLength(_ index: Int) -> Int {
    let first = byte(index)
    if first == UInt8(ascii: "\n") { return 1 }
    if first == UInt8(ascii: "\r") { return byte(index + 1) == UInt8(ascii: "\n") ? 2 : 1 }
    return 0
  }

  /// Byte length of horizontal whitespace at `index`, or 0 (no-break space and U+0085, which
  /// .NET counts as white space, count).
  func spaceLength(_ index: Int) -> Int {
    switch byte(index) {
    case UInt8(ascii: " "), UInt8(ascii: "\t"), 0x0B, 0x0C: return 1
    case 0xC2 where byte(index + 1) == 0xA0 || byte(index + 1) == 0x85: return 2
    default: return 0
    }
  }

  static func isLetter(_ byte: UInt8) -> Bool {
    (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  /// True for bytes that may appear in an identifier: letters, digits, `_`, non-ASCII.
  func isIdentifierByte(_ index: Int) -> Bool {
    let value = byte(index)
    if Self.isLetter(value) || Self.isDigit(value) || value == UInt8(ascii: "_") { return true }
    return value >= 0x80 && !isSpecialUnicode(index) && spaceLength(index) == 0
  }

  /// True for bytes that may appear in a `$name`: identifier bytes and `?`.
  func isVariableNameByte(_ index: Int) -> Bool {
    byte(index) == UInt8(ascii: "?") || isIdentifierByte(index)
  }

  /// True at a Unicode dash or curly quote, which the lexer treats as ASCII punctuation.
  func isSpecialUnicode(_ index: Int) -> Bool {
    byte(index) == 0xE2
      && (dashLength(index) == 3 || singleQuoteLength(index) == 3
        || doubleQuoteLength(index) == 3)
  }

  /// Byte length of the UTF-8 scalar starting at `index` (at least 1).
  func scalarLength(_ index: Int) -> Int {
    let value = byte(index)
    let length: Int
    switch value {
    case 0xF0...0xFF: length = 4
    case 0xE0...0xEF: length = 3
    case 0xC0...0xDF: length = 2
    default: length = 1
    }
    return max(1, min(length, end - index))
  }

  // MARK: Trivia

  /// Skips spaces, line continuations and comments; returns true if anything was skipped.
  mutating func skipTrivia(error: inout ParseError?) -> Bool {
    let startPosition = position
    while position < end {
      let space = spaceLength(position)
      if space > 0 {
        position += space
        continue
      }
      let value = byte(position)
      if value == UInt8(ascii: "`") {
        // A backtick ends the line, possibly with white space and a comment after it.
        var cursor = position + 1
        while spaceLength(cursor) > 0 { cursor += spaceLength(cursor) }
        if cursor > position + 1, byte(cursor) == UInt8(ascii: "#") {
          while cursor < end, newlineLength(cursor) == 0 { cursor += 1 }
        }
        let newline = newlineLength(cursor)
        if newline > 0 {
          position = cursor + newline
          continue
        }
        break
      }
      if value == UInt8(ascii: "#") {
        while position < end, newlineLength(position) == 0 { position += 1 }
        continue
      }
      if value == UInt8(ascii: "<"), byte(position + 1) == UInt8(ascii: "#") {
        skipBlockComment(error: &error)
        continue
      }
      break
    }
    return position != startPosition
  }

  /// Skips a `<# … #>` comment (comments do not nest).
  mutating func skipBlockComment(error: inout ParseError?) {
    let start = position
    position += 2
    while position < end {
      if byte(position) == UInt8(ascii: "#"), byte(position + 1) == UInt8(ascii: ">") {
        position += 2
        return
      }
      position += 1
    }
    error = self.error(
      "MissingTerminatorMultiLineComment",
      "The terminator '#>' is missing from the multiline comment.", start, end,
      incomplete: true)
  }

  // MARK: Tokens

  /// Scans the next token in `mode`.
  mutating func next(_ mode: LexMode) -> Token {
    var triviaError: ParseError?
    let hadSpace = skipTrivia(error: &triviaError)
    var token = scanToken(mode)
    token.hasSpaceBefore = hadSpace
    if token.error == nil { token.error = triviaError }
    return token
  }

  /// Scans one token at the current position (trivia already skipped).
  mutating func scanToken(_ mode: LexMode) -> Token {
    let start = position
    guard position < end else { return Token(.endOfInput, start: end, end: end) }
    let newline = newlineLength(position)
    if newline > 0 {
      position += newline
      return Token(.newline, start: start, end: position)
    }
    switch mode {
    case .expression: return scanExpressionToken()
    case .argument: return scanArgumentToken()
    }
  }

  /// Makes a token of `length` bytes at the current position and advances past it.
  mutating func simple(_ kind: TokenKind, _ length: Int, _ value: TokenValue = .none) -> Token {
    let start = position
    position = min(end, position + length)
    return Token(kind, value, start: start, end: position)
  }

  /// Scans punctuation shared by both modes; nil when the byte is not one of them.
  mutating func scanCommonPunctuation() -> Token? {
    switch byte(position) {
    case UInt8(ascii: ";"): return simple(.semicolon, 1)
    case UInt8(ascii: ","): return simple(.comma, 1)
    case UInt8(ascii: "("): return simple(.lParen, 1)
    case UInt8(ascii: ")"): return simple(.rParen, 1)
    case UInt8(ascii: "{"): return simple(.lCurly, 1)
    case UInt8(ascii: "}"): return simple(.rCurly, 1)
    case UInt8(ascii: "|"):
      return byte(position + 1) == UInt8(ascii: "|") ? simple(.orOr, 2) : simple(.pipe, 1)
    case UInt8(ascii: "&"):
      return byte(position + 1) == UInt8(ascii: "&")
        ? simple(.andAnd, 2) : simple(.ampersand, 1)
    case UInt8(ascii: "<"): return simple(.redirectionInput, 1)
    default: return nil
    }
  }

  /// Scans the characters of an unrecognised scalar as an `.unknown` token.
  mutating func scanUnknown() -> Token {
    simple(.unknown, scalarLength(position))
  }
}
