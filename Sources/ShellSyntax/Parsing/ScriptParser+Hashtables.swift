/// Hashtable literals `@{ key = value; … }`.
extension ScriptParser {
  /// `@{ … }`; the current token is `@{`.
  mutating func parseHashtable() throws -> ExpressionAst {
    try enterNesting()
    defer { leaveNesting() }
    let open = advance(.expression)
    let saved = isCommaDisabled
    isCommaDisabled = false
    defer { isCommaDisabled = saved }
    var entries: [HashtableEntry] = []
    while !isAborted {
      skipSeparators()
      let token = peek(.expression)
      if token.kind == .rCurly {
        advance(.expression)
        return expression(.hashtable(entries), open.start, token.end)
      }
      if token.kind == .endOfInput {
        reportMissing("IncompleteHashLiteral", Self.incompleteHash, before: token)
        throw ParseFailure()
      }
      let key = try parseHashKey()
      let equals = peek(.expression)
      guard equals.kind == .assign, case .assign(.assign) = equals.value else {
        try failMissing("MissingEqualsInHashLiteral", Self.missingEqualsInHash, before: equals)
      }
      advance(.expression)
      skipNewlines()
      let next = peek(.argument)
      if next.endsCommand {
        try failMissing("MissingStatementInHashLiteral", Self.missingStatementInHash, before: next)
      }
      let value = try parseStatement()
      entries.append(HashtableEntry(key: key, value: value))
      let after = peek(.expression)
      if !after.isStatementTerminator, after.kind != .rCurly {
        try failMissing("MissingEndCurlyBrace", Self.missingEndCurly, before: after)
      }
    }
    throw ParseFailure()
  }

  /// A key: a bare word (letters, digits, `_`, `-`, `.`), a string, a number or `( )`.
  mutating func parseHashKey() throws -> ExpressionAst {
    let token = peek(.expression)
    guard token.kind == .identifier else {
      guard canStartOperand(token) else { try failUnexpected(token) }
      return try parseUnary()
    }
    var end = token.end
    while lexer.isIdentifierByte(end) || lexer.byte(end) == UInt8(ascii: "-")
      || lexer.byte(end) == UInt8(ascii: ".")
    {
      end += lexer.scalarLength(end)
    }
    jump(to: end)
    let text = source.slice(token.start, end)
    return expression(.stringConstant(text, .bare), token.start, end)
  }
}
