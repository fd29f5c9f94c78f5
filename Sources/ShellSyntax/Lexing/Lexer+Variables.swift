/// Variable names (`$name`, `$scope:name`, `${any name}`, `@splat`), labels and type names.
extension Lexer {
  /// Scans `$name` or `@name` at the current position; a lone `$` becomes a word or an error.
  mutating func scanVariableToken(splat: Bool) -> Token {
    let start = position
    guard let (path, variableEnd, error) = scanVariableName(at: position + 1) else {
      position += 1
      let error = self.error(
        "InvalidVariableReference",
        "Variable reference is not valid. '$' was not followed by a valid variable name "
          + "character. Consider using ${} to delimit the name.", start, position)
      return Token(
        .string, .string(parts: [.literal("$")], kind: .bare, isExpandable: false),
        start: start, end: position, error: error)
    }
    position = variableEnd
    return Token(
      splat ? .splattedVariable : .variable, .variable(path), start: start, end: variableEnd,
      error: error)
  }

  /// Reads the variable name that starts at `index`, just after `$` or `@`.
  ///
  /// Returns nil when no name follows, so the `$` is literal.
  func scanVariableName(at index: Int) -> (VariablePath, Int, ParseError?)? {
    let first = byte(index)
    if first == UInt8(ascii: "{") { return scanBracedVariable(at: index) }
    // `$$`, `$^` and `$?` are one character long: `$???$false` is `$?` `??` `$false`.
    if first == UInt8(ascii: "$") || first == UInt8(ascii: "^") || first == UInt8(ascii: "?") {
      return (VariablePath(scope: nil, name: text(index, index + 1)), index + 1, nil)
    }
    var cursor = index
    while isVariableNameByte(cursor) { cursor += scalarLength(cursor) }
    guard cursor > index else { return nil }
    if byte(cursor) == UInt8(ascii: ":"), byte(cursor + 1) != UInt8(ascii: ":"),
      isVariableNameByte(cursor + 1)
    {
      let scope = text(index, cursor)
      let nameStart = cursor + 1
      var nameEnd = nameStart
      while isVariableNameByte(nameEnd) { nameEnd += scalarLength(nameEnd) }
      return (VariablePath(scope: scope, name: text(nameStart, nameEnd)), nameEnd, nil)
    }
    return (VariablePath(scope: nil, name: text(index, cursor)), cursor, nil)
  }

  /// `${any text}`; a backtick escapes the next character.
  func scanBracedVariable(at index: Int) -> (VariablePath, Int, ParseError?) {
    var cursor = index + 1
    var buffer: [UInt8] = []
    while cursor < end, byte(cursor) != UInt8(ascii: "}") {
      if byte(cursor) == UInt8(ascii: "`"), cursor + 1 < end { cursor += 1 }
      buffer.append(byte(cursor))
      cursor += 1
    }
    let name = String(decoding: buffer, as: UTF8.self)
    guard cursor < end else {
      let error = self.error(
        "IncompleteDollarVariableReference",
        "${variable} reference starting is missing the closing '}'.", index - 1, end,
        incomplete: true)
      return (VariablePath(scope: nil, name: name), end, error)
    }
    var error: ParseError?
    if name.isEmpty {
      error = self.error(
        "EmptyVariableReference",
        "An empty ${} variable reference was found. A name is required inside the braces.",
        index - 1, cursor + 1)
    }
    return (Self.splitScope(name), cursor + 1, error)
  }

  /// Splits `env:PATH` into scope and name when the prefix is a simple identifier.
  static func splitScope(_ name: String) -> VariablePath {
    guard let colon = name.firstIndex(of: ":") else {
      return VariablePath(scope: nil, name: name)
    }
    let prefix = name[..<colon]
    let rest = name[name.index(after: colon)...]
    let simple = prefix.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" }
    guard simple, !prefix.isEmpty, prefix.count > 1, !rest.isEmpty else {
      return VariablePath(scope: nil, name: name)
    }
    return VariablePath(scope: String(prefix), name: String(rest))
  }

  /// Scans a `:label` at the current position (after trivia).
  mutating func scanLabel() -> Token {
    var ignored: ParseError?
    let hadSpace = skipTrivia(error: &ignored)
    let start = position
    var cursor = position + 1
    while isIdentifierByte(cursor) { cursor += scalarLength(cursor) }
    position = cursor
    return Token(
      .label, .label(text(start + 1, cursor)), start: start, end: cursor, hasSpaceBefore: hadSpace)
  }

  /// Consumes one byte of punctuation (the `.` or `&` of an invocation) after trivia.
  mutating func scanInvocationOperator(_ kind: TokenKind) -> Token {
    var ignored: ParseError?
    let hadSpace = skipTrivia(error: &ignored)
    let start = position
    position = min(end, position + 1)
    return Token(kind, start: start, end: position, hasSpaceBefore: hadSpace)
  }

  // MARK: Type names

  /// Reads a type name such as `int`, `string[]`, `System.Collections.Generic.List[string]`
  /// starting at `index`; returns the name and the offset just past it (before `]` or `(`).
  func scanTypeName(at index: Int) -> (String, Int)? {
    var cursor = index
    while spaceLength(cursor) > 0 { cursor += spaceLength(cursor) }
    let nameStart = cursor
    guard isIdentifierByte(cursor) else { return nil }
    while isIdentifierByte(cursor) || byte(cursor) == UInt8(ascii: ".")
      || byte(cursor) == UInt8(ascii: "`") || byte(cursor) == UInt8(ascii: "+")
    {
      cursor += scalarLength(cursor)
    }
    var name = text(nameStart, cursor)
    while byte(cursor) == UInt8(ascii: "[") {
      guard let (suffix, after) = scanTypeSuffix(at: cursor) else { break }
      name += suffix
      cursor = after
    }
    return (name, cursor)
  }

  /// `[]`, `[,]` or generic arguments `[string,int]` after a type name.
  func scanTypeSuffix(at index: Int) -> (String, Int)? {
    var cursor = index + 1
    while spaceLength(cursor) > 0 { cursor += spaceLength(cursor) }
    if byte(cursor) == UInt8(ascii: "]") { return ("[]", cursor + 1) }
    if byte(cursor) == UInt8(ascii: ",") {
      var commas = ""
      while byte(cursor) == UInt8(ascii: ",") {
        commas += ","
        cursor += 1
      }
      guard byte(cursor) == UInt8(ascii: "]") else { return nil }
      return ("[" + commas + "]", cursor + 1)
    }
    var arguments: [String] = []
    while true {
      while spaceLength(cursor) > 0 { cursor += spaceLength(cursor) }
      let bracketed = byte(cursor) == UInt8(ascii: "[")
      if bracketed { cursor += 1 }
      guard let (argument, after) = scanTypeName(at: cursor) else { return nil }
      arguments.append(argument)
      cursor = after
      while spaceLength(cursor) > 0 { cursor += spaceLength(cursor) }
      if bracketed {
        guard byte(cursor) == UInt8(ascii: "]") else { return nil }
        cursor += 1
        while spaceLength(cursor) > 0 { cursor += spaceLength(cursor) }
      }
      if byte(cursor) == UInt8(ascii: ",") {
        cursor += 1
        continue
      }
      guard byte(cursor) == UInt8(ascii: "]") else { return nil }
      return ("[" + arguments.joined(separator: ",") + "]", cursor + 1)
    }
  }
}
