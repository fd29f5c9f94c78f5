/// Commands in argument mode: the name, parameters, arguments and redirections.
extension ScriptParser {
  /// `name args…`, `& target args…` or `. target args…`.
  mutating func parseCommand(_ start: Lexer.ElementStart) throws -> CommandAst {
    var invocation = CommandAst.Invocation.normal
    var name: ExpressionAst
    let startOffset: Int
    if start == .ampersand || start == .dot {
      rewindLookahead()
      let op = lexer.scanInvocationOperator(start == .dot ? .dot : .ampersand)
      lastTokenEnd = op.end
      invocation = start == .dot ? .dot : .ampersand
      startOffset = op.start
      let next = peek(.argument)
      if next.endsCommand {
        let text = start == .dot ? "." : "&"
        try failMissing(
          "MissingExpression", "Missing expression after '\(text)' in pipeline element.",
          before: next)
      }
      name = try parseCommandArgument()
    } else {
      let token = peek(.argument)
      guard token.kind == .string || token.kind == .number else { try failUnexpected(token) }
      advance(.argument)
      startOffset = token.start
      name = commandNameExpression(token)
    }
    var elements: [CommandElement] = []
    var redirections: [Redirection] = []
    try parseCommandElements(into: &elements, redirections: &redirections)
    return CommandAst(
      invocation: invocation, name: name, elements: elements, redirections: redirections,
      range: range(startOffset, max(lastTokenEnd, name.range.endOffset)))
  }

  /// A command name word as an expression (`7z` stays a string, not a number).
  mutating func commandNameExpression(_ token: Token) -> ExpressionAst {
    if token.kind == .number {
      let text = source.slice(token.start, token.end)
      return expression(.stringConstant(text, .bare), token.start, token.end)
    }
    return primaryFromToken(token)
  }

  /// Parameters, arguments and redirections up to the end of the command.
  mutating func parseCommandElements(
    into elements: inout [CommandElement], redirections: inout [Redirection]
  ) throws {
    var isAfterEndOfParameters = false
    while !isAborted {
      let token = peek(.argument)
      if token.endsCommand { return }
      switch token.kind {
      case .redirection:
        redirections.append(try parseRedirection())
      case .redirectionInput:
        advance(.argument)
        report("RedirectionNotSupported", Self.redirectionNotSupported("<"), token.start, token.end)
      case .ampersand:
        advance(.argument)
        report(
          "UnexpectedToken", "Unexpected token '&' in expression or statement.", token.start,
          token.end)
      case .endOfParameters where !isAfterEndOfParameters:
        advance(.argument)
        isAfterEndOfParameters = true
        elements.append(.endOfParameters(range(token.start, token.end)))
      case .parameter where !isAfterEndOfParameters:
        elements.append(try parseParameterElement())
      case .string where source.slice(token.start, token.end) == "--%":
        advance(.argument)
        let end = lexer.stopParsingTextEnd(from: token.end)
        let text = source.slice(token.end, end).drop { $0.isWhitespace }
        jump(to: end)
        let trimmed = String(text.reversed().drop { $0.isWhitespace }.reversed())
        elements.append(.stopParsing(text: trimmed, range: range(token.start, end)))
      default:
        elements.append(.argument(try parseCommandArgumentList()))
      }
    }
  }

  /// `-Name` or `-Name:value`.
  mutating func parseParameterElement() throws -> CommandElement {
    let token = advance(.argument)
    guard case .parameter(let name, let hasColon) = token.value else { try failUnexpected(token) }
    var argument: ExpressionAst?
    if hasColon, !peek(.argument).endsCommand {
      argument = try parseCommandArgument()
    }
    let end = argument?.range.endOffset ?? token.end
    return .parameter(name: name, argument: argument, range: range(token.start, end))
  }

  /// An argument, or `a,b,c` as one array argument.
  mutating func parseCommandArgumentList() throws -> ExpressionAst {
    let first = try parseCommandArgument()
    guard peek(.argument).kind == .comma else { return first }
    var items = [first]
    while peek(.argument).kind == .comma {
      let comma = advance(.argument)
      skipNewlines(.argument)
      let next = peek(.argument)
      if next.endsCommand || next.kind == .comma {
        report(
          "MissingExpressionAfterToken", Self.missingAfterToken(","), comma.end, comma.end,
          incomplete: next.kind == .endOfInput)
        throw ParseFailure()
      }
      items.append(try parseCommandArgument())
    }
    let end = items.last?.range.endOffset ?? first.range.endOffset
    return expression(.arrayLiteral(items), first.range.startOffset, end)
  }

  /// One argument in argument mode: a word, number, string, variable (with member access),
  /// `@splat`, `( )`, `$( )`, `@( )`, `@{ }` or `{ }`.
  mutating func parseCommandArgument() throws -> ExpressionAst {
    try enterNesting()
    defer { leaveNesting() }
    let token = peek(.argument)
    switch token.kind {
    case .string, .number:
      advance(.argument)
      return primaryFromToken(token)
    case .variable:
      advance(.argument)
      return try parsePostfix(primaryFromToken(token))
    case .splattedVariable:
      advance(.argument)
      guard case .variable(let path) = token.value else { try failUnexpected(token) }
      return expression(.variable(path, isSplatted: true), token.start, token.end)
    case .parameter, .endOfParameters:
      advance(.argument)
      let text = source.slice(token.start, token.end)
      return expression(.stringConstant(text, .bare), token.start, token.end)
    case .lParen, .dollarParen, .atParen, .atCurly, .lCurly:
      let primary = try parsePrimary()
      return try parsePostfix(primary)
    default:
      try failUnexpected(token)
    }
  }
}
