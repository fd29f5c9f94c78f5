/// Quoted strings, here-strings, backtick escapes and `$` expansion inside strings.
extension Lexer {
  /// Scans a `'...'` or `"..."` string token at the current position.
  mutating func scanQuotedString() -> Token {
    let start = position
    var error: ParseError?
    if singleQuoteLength(position) > 0 {
      let literal = scanSingleQuotedBody(error: &error)
      return Token(
        .string, .string(parts: [.literal(literal)], kind: .singleQuoted, isExpandable: false),
        start: start, end: position, error: error)
    }
    var builder = StringPartsBuilder()
    scanDoubleQuotedBody(into: &builder, error: &error)
    let expandable = builder.isExpandable
    return Token(
      .string, .string(parts: builder.finish(), kind: .doubleQuoted, isExpandable: expandable),
      start: start, end: position, error: error)
  }

  /// Scans `'...'` from its opening quote and returns the text (`''` is one quote).
  mutating func scanSingleQuotedBody(error: inout ParseError?) -> String {
    let start = position
    position += singleQuoteLength(position)
    var buffer: [UInt8] = []
    while position < end {
      let quote = singleQuoteLength(position)
      if quote > 0 {
        let following = singleQuoteLength(position + quote)
        if following > 0 {
          buffer.append(UInt8(ascii: "'"))
          position += quote + following
          continue
        }
        position += quote
        return String(decoding: buffer, as: UTF8.self)
      }
      buffer.append(bytes[position])
      position += 1
    }
    error = self.error(
      "TerminatorExpectedAtEndOfString", "The string is missing the terminator: '.", start, end,
      incomplete: true)
    return String(decoding: buffer, as: UTF8.self)
  }

  /// Scans `"..."` from its opening quote into `builder`.
  mutating func scanDoubleQuotedBody(
    into builder: inout StringPartsBuilder, error: inout ParseError?
  ) {
    let start = position
    position += doubleQuoteLength(position)
    while position < end {
      let quote = doubleQuoteLength(position)
      if quote > 0 {
        let following = doubleQuoteLength(position + quote)
        if following > 0 {
          builder.append(byte: UInt8(ascii: "\""))
          position += quote + following
          continue
        }
        position += quote
        return
      }
      let value = byte(position)
      if value == UInt8(ascii: "`") {
        position += 1
        if position < end { appendEscape(to: &builder) }
        continue
      }
      if value == UInt8(ascii: "$"), scanDollarPart(into: &builder, error: &error) { continue }
      builder.append(byte: value)
      position += 1
    }
    if error == nil {
      error = self.error(
        "TerminatorExpectedAtEndOfString", "The string is missing the terminator: \".", start,
        end, incomplete: true)
    }
  }

  /// Appends the character escaped by a backtick at the current position (`` `n `` is LF).
  mutating func appendEscape(to builder: inout StringPartsBuilder) {
    let value = byte(position)
    let mapped: UInt8?
    switch value {
    case UInt8(ascii: "0"): mapped = 0
    case UInt8(ascii: "a"): mapped = 7
    case UInt8(ascii: "b"): mapped = 8
    case UInt8(ascii: "e"): mapped = 27
    case UInt8(ascii: "f"): mapped = 12
    case UInt8(ascii: "n"): mapped = 10
    case UInt8(ascii: "r"): mapped = 13
    case UInt8(ascii: "t"): mapped = 9
    case UInt8(ascii: "v"): mapped = 11
    case UInt8(ascii: "u") where byte(position + 1) == UInt8(ascii: "{"):
      if appendUnicodeEscape(to: &builder) { return }
      mapped = value
    default: mapped = nil
    }
    if let mapped {
      builder.append(byte: mapped)
      position += 1
      return
    }
    let length = scalarLength(position)
    builder.append(bytes: bytes[position..<position + length])
    position += length
  }

  /// `` `u{263A} ``: appends the scalar and returns true; false leaves the text literal.
  mutating func appendUnicodeEscape(to builder: inout StringPartsBuilder) -> Bool {
    var cursor = position + 2
    let digitsStart = cursor
    while cursor < end, cursor - digitsStart < 6, byte(cursor) != UInt8(ascii: "}") {
      cursor += 1
    }
    guard byte(cursor) == UInt8(ascii: "}"), cursor > digitsStart,
      let code = UInt32(text(digitsStart, cursor), radix: 16),
      let scalar = Unicode.Scalar(code)
    else { return false }
    builder.append(String(Character(scalar)))
    position = cursor + 1
    return true
  }

  /// Handles `$name`, `${name}` or `$(...)` at the current position inside a string or
  /// word; returns false (consuming nothing) when the `$` is literal.
  mutating func scanDollarPart(into builder: inout StringPartsBuilder, error: inout ParseError?)
    -> Bool
  {
    let start = position
    if byte(position + 1) == UInt8(ascii: "(") {
      let innerStart = position + 2
      guard let close = findClosingParen(from: innerStart) else {
        position = end
        error = self.error(
          "TerminatorExpectedAtEndOfString", "The string is missing the terminator: \".",
          start, end, incomplete: true)
        return true
      }
      position = close + 1
      builder.add(.subExpression(start: innerStart, end: close, range: range(start, position)))
      return true
    }
    guard let (path, variableEnd, variableError) = scanVariableName(at: position + 1) else {
      return false
    }
    if let variableError { error = error ?? variableError }
    position = variableEnd
    builder.add(.variable(path, range(start, variableEnd)))
    return true
  }

  /// Finds the `)` closing a `$(` whose content starts at `from`, skipping nested strings,
  /// comments and parentheses; nil when the input ends first.
  func findClosingParen(from: Int) -> Int? {
    var cursor = from
    var depth = 1
    while cursor < end {
      let value = byte(cursor)
      if singleQuoteLength(cursor) > 0 {
        cursor += singleQuoteLength(cursor)
        while cursor < end, singleQuoteLength(cursor) == 0 { cursor += 1 }
        guard cursor < end else { return nil }
        cursor += singleQuoteLength(cursor)
        continue
      }
      if doubleQuoteLength(cursor) > 0 {
        guard let after = skipDoubleQuoted(from: cursor + doubleQuoteLength(cursor)) else {
          return nil
        }
        cursor = after
        continue
      }
      switch value {
      case UInt8(ascii: "("):
        depth += 1
      case UInt8(ascii: ")"):
        depth -= 1
        if depth == 0 { return cursor }
      case UInt8(ascii: "`"):
        cursor += 1
      case UInt8(ascii: "#"):
        if cursor == from || spaceLength(cursor - 1) > 0 || newlineLength(cursor - 1) > 0 {
          while cursor < end, newlineLength(cursor) == 0 { cursor += 1 }
          continue
        }
      case UInt8(ascii: "<") where byte(cursor + 1) == UInt8(ascii: "#"):
        cursor += 2
        while cursor < end,
          !(byte(cursor) == UInt8(ascii: "#") && byte(cursor + 1) == UInt8(ascii: ">"))
        {
          cursor += 1
        }
        cursor += 1
      default:
        break
      }
      cursor += 1
    }
    return nil
  }

  /// Skips the rest of a double-quoted string (after its opening quote); returns the
  /// offset after the closing quote.
  func skipDoubleQuoted(from: Int) -> Int? {
    var cursor = from
    while cursor < end {
      let quote = doubleQuoteLength(cursor)
      if quote > 0 {
        let following = doubleQuoteLength(cursor + quote)
        if following > 0 {
          cursor += quote + following
          continue
        }
        return cursor + quote
      }
      switch byte(cursor) {
      case UInt8(ascii: "`"):
        cursor += 2
      case UInt8(ascii: "$") where byte(cursor + 1) == UInt8(ascii: "("):
        guard let close = findClosingParen(from: cursor + 2) else { return nil }
        cursor = close + 1
      default:
        cursor += 1
      }
    }
    return nil
  }

  // MARK: Here-strings

  /// Scans `@'...'@` or `@"..."@` starting at the `@`.
  mutating func scanHereString() -> Token {
    let start = position
    let isDouble = doubleQuoteLength(position + 1) > 0
    let quoteLength = isDouble ? doubleQuoteLength(position + 1) : singleQuoteLength(position + 1)
    var cursor = position + 1 + quoteLength
    while spaceLength(cursor) > 0 { cursor += spaceLength(cursor) }
    let kind: StringQuoteKind = isDouble ? .doubleHereString : .singleHereString
    let terminator = isDouble ? "\"@" : "'@"
    if cursor >= end {
      position = end
      return hereStringToken(start, [.literal("")], kind, missing: terminator)
    }
    guard newlineLength(cursor) > 0 else {
      position = cursor
      let error = self.error(
        "UnexpectedCharactersAfterHereStringHeader",
        "No characters are allowed after a here-string header but before the end of the line.",
        cursor, cursor + scalarLength(cursor))
      while position < end, newlineLength(position) == 0 { position += 1 }
      return Token(
        .string, .string(parts: [.literal("")], kind: kind, isExpandable: false), start: start,
        end: position, error: error)
    }
    let contentStart = cursor + newlineLength(cursor)
    guard let (contentEnd, closerStart) = findHereStringEnd(from: contentStart, isDouble) else {
      position = end
      return hereStringToken(start, [.literal("")], kind, missing: terminator)
    }
    let closeQuote = isDouble ? doubleQuoteLength(closerStart) : singleQuoteLength(closerStart)
    position = closerStart + closeQuote + 1
    if !isDouble {
      let literal = text(contentStart, contentEnd)
      return Token(
        .string, .string(parts: [.literal(literal)], kind: kind, isExpandable: false),
        start: start, end: position)
    }
    var sub = Lexer(source: source, start: contentStart, end: contentEnd)
    var builder = StringPartsBuilder()
    var error: ParseError?
    while sub.position < sub.end {
      let value = sub.byte(sub.position)
      if value == UInt8(ascii: "`") {
        sub.position += 1
        if sub.position < sub.end { sub.appendEscape(to: &builder) }
        continue
      }
      if value == UInt8(ascii: "$"), sub.scanDollarPart(into: &builder, error: &error) {
        continue
      }
      builder.append(byte: value)
      sub.position += 1
    }
    let expandable = builder.isExpandable
    return Token(
      .string, .string(parts: builder.finish(), kind: kind, isExpandable: expandable),
      start: start, end: position, error: error)
  }

  /// A here-string token for input that ended before its terminator.
  func hereStringToken(
    _ start: Int, _ parts: [RawStringPart], _ kind: StringQuoteKind, missing terminator: String
  ) -> Token {
    let error = self.error(
      "TerminatorExpectedAtEndOfString", "The string is missing the terminator: \(terminator).",
      start, end, incomplete: true)
    return Token(
      .string, .string(parts: parts, kind: kind, isExpandable: false), start: start, end: end,
      error: error)
  }

  /// Finds the line that starts with the closing quote and `@`; returns the end of the
  /// content (before the final line break) and the offset of the closing quote.
  func findHereStringEnd(from contentStart: Int, _ isDouble: Bool) -> (Int, Int)? {
    var lineStart = contentStart
    while lineStart <= end {
      let quote = isDouble ? doubleQuoteLength(lineStart) : singleQuoteLength(lineStart)
      if quote > 0, byte(lineStart + quote) == UInt8(ascii: "@") {
        var contentEnd = lineStart
        if contentEnd > contentStart, byte(contentEnd - 1) == UInt8(ascii: "\n") {
          contentEnd -= 1
        }
        if contentEnd > contentStart, byte(contentEnd - 1) == UInt8(ascii: "\r") {
          contentEnd -= 1
        }
        return (max(contentStart, contentEnd), lineStart)
      }
      var cursor = lineStart
      while cursor < end, byte(cursor) != UInt8(ascii: "\n") { cursor += 1 }
      guard cursor < end else { return nil }
      lineStart = cursor + 1
    }
    return nil
  }
}
