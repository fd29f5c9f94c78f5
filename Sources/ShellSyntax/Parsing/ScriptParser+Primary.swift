/// Primary expressions and their postfix operators: member access, method calls, indexing.
extension ScriptParser {
  /// A literal, variable, string, `( )`, `$( )`, `@( )`, `@{ }` or `{ }`.
  mutating func parsePrimary() throws -> ExpressionAst {
    let token = peek(.expression)
    switch token.kind {
    case .number, .string, .variable:
      advance(.expression)
      return primaryFromToken(token)
    case .splattedVariable:
      advance(.expression)
      let name = source.slice(token.start + 1, token.end)
      report(
        "SplattingNotPermitted",
        "The splatting operator '@' cannot be used to reference variables in an expression. "
          + "'@\(name)' can be used only as an argument to a command. To reference variables "
          + "in an expression use '$\(name)'.", token.start, token.end)
      return primaryFromToken(token)
    case .identifier where allowsBareWords:
      advance(.expression)
      return primaryFromToken(token)
    case .lParen:
      return try parseParenExpression()
    case .dollarParen, .atParen:
      advance(.expression)
      let statements = parseStatementList(closers: [.rParen])
      let close = peek(.expression)
      if close.kind == .rParen {
        advance(.expression)
      } else {
        reportMissing(
          "MissingEndParenthesisInSubexpression", Self.missingEndParenSubexpression, before: close)
      }
      let kind: ExpressionKind =
        token.kind == .dollarParen ? .subExpression(statements) : .arraySubExpression(statements)
      return expression(kind, token.start, lastTokenEnd)
    case .atCurly:
      return try parseHashtable()
    case .lCurly:
      let block = try parseScriptBlockLiteral()
      return ExpressionAst(.scriptBlock(block), block.range)
    default:
      try failUnexpected(token)
    }
  }

  /// The expression for a single-token primary (number, string, variable, word).
  mutating func primaryFromToken(_ token: Token) -> ExpressionAst {
    switch token.value {
    case .number(let value):
      return expression(.constant(value), token.start, token.end)
    case .variable(let path):
      let splatted = token.kind == .splattedVariable
      return expression(.variable(path, isSplatted: splatted), token.start, token.end)
    case .string(let parts, let kind, let isExpandable):
      return stringExpression(parts, kind, isExpandable, token.start, token.end)
    default:
      let text = source.slice(token.start, token.end)
      return expression(.stringConstant(text, .bare), token.start, token.end)
    }
  }

  /// `( statement )`.
  mutating func parseParenExpression() throws -> ExpressionAst {
    let open = advance(.expression)
    let saved = isCommaDisabled
    isCommaDisabled = false
    defer { isCommaDisabled = saved }
    skipNewlines()
    let first = peek(.expression)
    if first.kind == .rParen {
      advance(.expression)
      report("ExpectedExpression", Self.expectedExpression, first.start, first.end)
      throw ParseFailure()
    }
    if first.kind == .endOfInput {
      try failMissing("MissingEndParenthesisInExpression", Self.missingEndParen, before: first)
    }
    let inner: StatementAst
    if filterOperators.isEmpty {
      inner = try parseStatement()
    } else {
      // In a filter, parentheses group an expression: `(Name -like 'a*')` is no command.
      let grouped = try parseExpression()
      inner = StatementAst(
        .pipeline(
          PipelineAst(elements: [.expression(grouped, redirections: [])], range: grouped.range)),
        grouped.range)
    }
    skipNewlines()
    let close = peek(.expression)
    if close.kind == .rParen {
      advance(.expression)
    } else {
      reportMissing("MissingEndParenthesisInExpression", Self.missingEndParen, before: close)
      throw ParseFailure()
    }
    return expression(.paren(inner), open.start, close.end)
  }

  /// Member access, method calls, indexing and postfix `++`/`--` after `target`.
  mutating func parsePostfix(_ target: ExpressionAst) throws -> ExpressionAst {
    var result = target
    var links = 0
    defer { chainLength -= links }
    while !isAborted {
      let token = peek(.expression)
      switch token.kind {
      case .dot, .questionDot, .doubleColon, .number, .lBracket, .questionBracket, .plusPlus,
        .minusMinus:
        if !token.hasSpaceBefore { try extendChain(&links, at: token) }
      default:
        break
      }
      switch token.kind {
      case .dot, .questionDot, .doubleColon:
        guard !token.hasSpaceBefore else { return result }
        advance(.expression)
        result = try parseMemberAccess(
          on: result, isStatic: token.kind == .doubleColon,
          isNullConditional: token.kind == .questionDot, operatorToken: token)
      case .number where !token.hasSpaceBefore && source.slice(token.start, token.start + 1) == ".":
        // `$x.23`: the lexer read `.23` as a number; it is the member named 23.
        advance(.expression)
        let name = source.slice(token.start + 1, token.end)
        let member = expression(.stringConstant(name, .bare), token.start + 1, token.end)
        result = expression(
          .member(target: result, member: member, isStatic: false, isNullConditional: false),
          result.range.startOffset, token.end)
      case .lBracket, .questionBracket:
        guard !token.hasSpaceBefore else { return result }
        advance(.expression)
        result = try parseIndex(on: result, isNullConditional: token.kind == .questionBracket)
      case .plusPlus, .minusMinus:
        guard isAssignable(result), !token.hasSpaceBefore else { return result }
        advance(.expression)
        let op: UnaryOperator = token.kind == .plusPlus ? .postIncrement : .postDecrement
        result = expression(.unary(op, result), result.range.startOffset, token.end)
      default:
        return result
      }
    }
    return result
  }

  /// `.Name`, `.Method(args)`, `::Name`, `?.Name`; the operator is consumed.
  mutating func parseMemberAccess(
    on target: ExpressionAst, isStatic: Bool, isNullConditional: Bool, operatorToken: Token
  ) throws -> ExpressionAst {
    // pwsh lets white space and line breaks follow the dot: `$results. Count`.
    skipNewlines()
    let token = peek(.expression)
    let member: ExpressionAst
    switch token.kind {
    case .identifier, .string, .variable:
      advance(.expression)
      member = primaryFromToken(token)
    case .number:
      advance(.expression)
      let text = source.slice(token.start, token.end)
      member = expression(.stringConstant(text, .bare), token.start, token.end)
    case .lParen:
      member = try parseParenExpression()
    default:
      try failMissing("MissingPropertyName", Self.missingPropertyName, before: token)
    }
    let next = peek(.expression)
    if next.kind == .lCurly, !next.hasSpaceBefore {
      // `.ForEach{ ... }` and `.Where{ ... }`: a script block is the one argument.
      let block = try parseScriptBlockLiteral()
      return expression(
        .invokeMember(
          target: target, member: member,
          arguments: [ExpressionAst(.scriptBlock(block), block.range)], isStatic: isStatic,
          isNullConditional: isNullConditional), target.range.startOffset, lastTokenEnd)
    }
    if next.kind == .lParen, !next.hasSpaceBefore {
      advance(.expression)
      let arguments = try parseMethodArguments()
      return expression(
        .invokeMember(
          target: target, member: member, arguments: arguments, isStatic: isStatic,
          isNullConditional: isNullConditional), target.range.startOffset, lastTokenEnd)
    }
    return expression(
      .member(
        target: target, member: member, isStatic: isStatic, isNullConditional: isNullConditional),
      target.range.startOffset, member.range.endOffset)
  }

  /// Comma-separated method arguments up to `)`; the `(` is consumed.
  mutating func parseMethodArguments() throws -> [ExpressionAst] {
    let saved = isCommaDisabled
    isCommaDisabled = true
    defer { isCommaDisabled = saved }
    var arguments: [ExpressionAst] = []
    skipNewlines()
    if peek(.expression).kind == .rParen {
      advance(.expression)
      return arguments
    }
    while true {
      skipNewlines()
      let token = peek(.expression)
      guard canStartOperand(token) else {
        if token.kind == .endOfInput || token.kind == .comma || token.kind == .rParen {
          try failMissing(
            "MissingEndParenthesisInMethodCall", Self.missingEndParenMethod,
            before: token)
        }
        try failUnexpected(token)
      }
      arguments.append(try parseExpression())
      skipNewlines()
      let separator = peek(.expression)
      if separator.kind == .comma {
        advance(.expression)
        continue
      }
      if separator.kind == .rParen {
        advance(.expression)
        return arguments
      }
      try failMissing(
        "MissingEndParenthesisInMethodCall", Self.missingEndParenMethod, before: separator)
    }
  }

  /// `[index]` after a target; the `[` is consumed.
  mutating func parseIndex(on target: ExpressionAst, isNullConditional: Bool) throws
    -> ExpressionAst
  {
    let saved = isCommaDisabled
    isCommaDisabled = false
    defer { isCommaDisabled = saved }
    skipNewlines()
    let first = peek(.expression)
    guard canStartOperand(first) else {
      if first.kind == .endOfInput {
        try failMissing("MissingEndSquareBracket", Self.missingEndBracket, before: first)
      }
      report("MissingArrayIndexExpression", Self.missingArrayIndex, first.start, first.end)
      throw ParseFailure()
    }
    let index = try parseExpression()
    skipNewlines()
    let close = peek(.expression)
    guard close.kind == .rBracket else {
      try failMissing("MissingEndSquareBracket", Self.missingEndBracket, before: close)
    }
    advance(.expression)
    return expression(
      .index(target: target, index: index, isNullConditional: isNullConditional),
      target.range.startOffset, close.end)
  }
}
