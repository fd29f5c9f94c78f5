/// Argument-mode scanning: bare words, parameters, redirections, splatting.
extension Lexer {
  /// How a statement or pipeline element begins, decided from its first characters.
  enum ElementStart {
    case expression
    case command
    case label
    case ampersand
    case dot
  }

  /// Scans one argument-mode token.
  mutating func scanArgumentToken() -> Token {
    if let token = scanCommonPunctuation() { return token }
    if singleQuoteLength(position) > 0 || doubleQuoteLength(position) > 0 {
      return scanQuotedString()
    }
    let dash = dashLength(position)
    if dash > 0 { return scanDashInArguments(dash) }
    switch byte(position) {
    case UInt8(ascii: "$"):
      if byte(position + 1) == UInt8(ascii: "(") { return simple(.dollarParen, 2) }
      return scanVariableInArguments()
    case UInt8(ascii: "@"):
      return scanAtSign(mode: .argument)
    case UInt8(ascii: ">"), UInt8(ascii: "*"), UInt8(ascii: "1")...UInt8(ascii: "6"):
      if let redirection = scanRedirection() { return redirection }
      return scanWord()
    default:
      return scanWord()
    }
  }

  /// True when `index` ends a bare word: whitespace, newline, `; , ( ) { } | &`, or the end.
  func endsWord(_ index: Int) -> Bool {
    if index >= end || spaceLength(index) > 0 || newlineLength(index) > 0 { return true }
    switch byte(index) {
    case UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: "("), UInt8(ascii: ")"),
      UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "|"), UInt8(ascii: "&"):
      return true
    default:
      return false
    }
  }

  /// A dash at the start of an argument: `--`, `-Name`, `-Name:`, a negative number, or a word.
  mutating func scanDashInArguments(_ dash: Int) -> Token {
    let afterDash = position + dash
    let secondDash = dashLength(afterDash)
    if secondDash > 0, endsWord(afterDash + secondDash) {
      return simple(.endOfParameters, dash + secondDash)
    }
    let next = byte(afterDash)
    if Self.isLetter(next) || next == UInt8(ascii: "_") || next == UInt8(ascii: "?")
      || (next >= 0x80 && isIdentifierByte(afterDash))
    {
      return scanParameter(dash: dash)
    }
    return scanWord()
  }

  /// Where the text after `--%` ends: at a line break, at a `|` outside double quotes, or at
  /// the end of the input (about_Parsing: "effective only until the next newline or pipeline
  /// character"); `;` and a backtick are part of the text.
  func stopParsingTextEnd(from start: Int) -> Int {
    var cursor = start
    var isQuoted = false
    while cursor < end, newlineLength(cursor) == 0 {
      if doubleQuoteLength(cursor) > 0 { isQuoted.toggle() }
      if byte(cursor) == UInt8(ascii: "|"), !isQuoted { break }
      cursor += scalarLength(cursor)
    }
    return cursor
  }

  /// `-Name` or `-Name:`; the name runs to a word end or a colon.
  mutating func scanParameter(dash: Int) -> Token {
    let start = position
    var cursor = position + dash
    let nameStart = cursor
    while !endsWord(cursor), byte(cursor) != UInt8(ascii: ":"),
      singleQuoteLength(cursor) == 0, doubleQuoteLength(cursor) == 0
    {
      cursor += scalarLength(cursor)
    }
    let name = text(nameStart, cursor)
    var hasColon = false
    if byte(cursor) == UInt8(ascii: ":") {
      hasColon = true
      cursor += 1
    }
    position = cursor
    return Token(
      .parameter, .parameter(name: name, hasColon: hasColon), start: start, end: cursor)
  }

  /// `$name` in argument mode: a variable when followed by a word end, `.`, `[` or `:`,
  /// otherwise the whole word is an expandable bare word (`$a+2` passes "4+2").
  mutating func scanVariableInArguments() -> Token {
    let start = position
    let token = scanVariableToken(splat: false)
    guard token.kind == .variable else {
      position = start
      return scanWord()
    }
    let next = token.end
    if endsWord(next) || byte(next) == UInt8(ascii: ".") || byte(next) == UInt8(ascii: "[") {
      return token
    }
    position = start
    return scanWord()
  }

  /// Scans a redirection operator (`>`, `>>`, `2>`, `2>&1`, `*>`) or returns nil.
  mutating func scanRedirection() -> Token? {
    let start = position
    var cursor = position
    var stream = Redirection.Stream.output
    switch byte(cursor) {
    case UInt8(ascii: ">"):
      break
    case UInt8(ascii: "*"):
      stream = .all
      cursor += 1
    case UInt8(ascii: "1")...UInt8(ascii: "6"):
      stream = Self.stream(forDigit: byte(cursor))
      cursor += 1
    default:
      return nil
    }
    guard byte(cursor) == UInt8(ascii: ">") else { return nil }
    cursor += 1
    var kind = RedirectionKind.file(append: false)
    if byte(cursor) == UInt8(ascii: ">") {
      kind = .file(append: true)
      cursor += 1
    } else if byte(cursor) == UInt8(ascii: "&"), byte(cursor + 1) == UInt8(ascii: "1") {
      kind = .merge
      cursor += 2
    }
    position = cursor
    return Token(.redirection, .redirection(stream, kind), start: start, end: cursor)
  }

  /// The stream a numbered redirection names (about_Redirection: 1 output to 6 information).
  static func stream(forDigit digit: UInt8) -> Redirection.Stream {
    switch digit {
    case UInt8(ascii: "2"): return .error
    case UInt8(ascii: "3"): return .warning
    case UInt8(ascii: "4"): return .verbose
    case UInt8(ascii: "5"): return .debug
    case UInt8(ascii: "6"): return .information
    default: return .output
    }
  }

  /// Scans a bare word; a word that is entirely a number becomes a number token.
  mutating func scanWord() -> Token {
    let start = position
    var builder = StringPartsBuilder()
    var isPlain = true
    var error: ParseError?
    while !endsWord(position) {
      let value = byte(position)
      if value == UInt8(ascii: "`") {
        isPlain = false
        position += 1
        if position >= end { break }
        appendEscape(to: &builder)
        continue
      }
      if singleQuoteLength(position) > 0 {
        isPlain = false
        let literal = scanSingleQuotedBody(error: &error)
        builder.append(literal)
        continue
      }
      if doubleQuoteLength(position) > 0 {
        isPlain = false
        scanDoubleQuotedBody(into: &builder, error: &error)
        continue
      }
      if value == UInt8(ascii: "$"), scanDollarPart(into: &builder, error: &error) {
        isPlain = false
        continue
      }
      let length = scalarLength(position)
      builder.append(bytes: bytes[position..<position + length])
      position += length
    }
    if isPlain, let number = scanWholeNumber(start, position) {
      return Token(.number, .number(number), start: start, end: position)
    }
    let parts = builder.finish()
    return Token(
      .string, .string(parts: parts, kind: .bare, isExpandable: builder.isExpandable),
      start: start, end: position, error: error)
  }

  /// A number token when `start..<stop` is exactly one number literal (`10`, `-5`, `1kb`).
  func scanWholeNumber(_ start: Int, _ stop: Int) -> ConstantValue? {
    guard stop > start else { return nil }
    var cursor = start
    var negative = false
    let dash = dashLength(cursor)
    if dash > 0 {
      negative = true
      cursor += dash
    }
    guard let (value, numberEnd) = scanNumber(at: cursor, negative: negative, textStart: start),
      numberEnd == stop
    else { return nil }
    return value
  }

  /// Decides, without consuming anything, how the element at the current position starts.
  mutating func classifyElementStart() -> ElementStart {
    var ignored: ParseError?
    let saved = position
    _ = skipTrivia(error: &ignored)
    let start = position
    position = saved
    let value = byte(start)
    if singleQuoteLength(start) > 0 || doubleQuoteLength(start) > 0 { return .expression }
    switch value {
    case UInt8(ascii: "$"), UInt8(ascii: "("), UInt8(ascii: "@"), UInt8(ascii: "["),
      UInt8(ascii: "{"), UInt8(ascii: ","), UInt8(ascii: "!"), UInt8(ascii: "+"):
      return .expression
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      return numberStartsExpression(start) ? .expression : .command
    case UInt8(ascii: "."):
      let next = start + 1
      if Self.isDigit(byte(next)) { return .expression }
      if endsWord(next) || byte(next) == UInt8(ascii: "$") || singleQuoteLength(next) > 0
        || doubleQuoteLength(next) > 0
      {
        return .dot
      }
      return .command
    case UInt8(ascii: "&"):
      return .ampersand
    case UInt8(ascii: ":"):
      return isIdentifierByte(start + 1) ? .label : .command
    default:
      let dash = dashLength(start)
      if dash > 0 { return dashStartsExpression(start, dash) ? .expression : .command }
      return .command
    }
  }

  /// True when a digit at `start` begins a number that ends at an operator or word end.
  func numberStartsExpression(_ start: Int) -> Bool {
    guard let (_, numberEnd) = scanNumber(at: start, negative: false, textStart: start) else {
      return false
    }
    return !isIdentifierByte(numberEnd)
  }

  /// True for `-5`, `- $x`, `--$x`, `-not ...`, `-split ...` at the start of a statement.
  func dashStartsExpression(_ start: Int, _ dash: Int) -> Bool {
    let next = start + dash
    if Self.isDigit(byte(next)) { return numberStartsExpression(next) }
    if byte(next) == UInt8(ascii: "."), Self.isDigit(byte(next + 1)) { return true }
    if dashLength(next) > 0 { return byte(next + dashLength(next)) == UInt8(ascii: "$") }
    let first = byte(next)
    if !Self.isLetter(first), first != UInt8(ascii: "_"), first != UInt8(ascii: "?"),
      !isIdentifierByte(next)
    {
      return true  // `- 5`, `-$x`, `-(1)`: unary minus
    }
    var cursor = next
    while Self.isLetter(byte(cursor)) { cursor += 1 }
    let name = text(next, cursor).lowercased()
    return ["not", "bnot", "split", "join"].contains(name) && !isIdentifierByte(cursor)
  }
}
