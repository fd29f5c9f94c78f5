/// Statement dispatch: keywords, labels, and flow-control statements with a value.
extension ScriptParser {
  /// Parses one statement: a keyword statement, or a pipeline chain / assignment.
  mutating func parseStatement() throws -> StatementAst {
    try enterNesting()
    let savedCommaMode = isCommaDisabled
    isCommaDisabled = false
    defer {
      leaveNesting()
      isCommaDisabled = savedCommaMode
    }
    switch classifyNext() {
    case .label:
      return try parseLabeledStatement()
    case .command:
      if let keyword = plainWord(peek(.argument)), let statement = try parseKeyword(keyword) {
        return statement
      }
    case .expression:
      if let definition = try parseAttributedTypeDefinition() { return definition }
    default:
      break
    }
    return try parsePipelineChain()
  }

  /// Parses the statement a keyword starts; nil when `word` is not a statement keyword.
  mutating func parseKeyword(_ word: String, label: String? = nil) throws -> StatementAst? {
    switch word {
    case "if": return try parseIf()
    case "while": return try parseWhile(label: label)
    case "do": return try parseDo(label: label)
    case "for": return try parseFor(label: label)
    case "foreach": return try parseForeach(label: label)
    case "switch": return try parseSwitch(label: label)
    case "function": return try parseFunction(isFilter: false)
    case "filter": return try parseFunction(isFilter: true)
    case "try": return try parseTry()
    case "trap": return try parseTrap()
    case "class", "enum": return try parseTypeDefinition(word, attributes: [])
    case "break", "continue": return parseBreakOrContinue(word)
    case "return", "exit", "throw": return try parseFlowWithPipeline(word)
    default: return nil
    }
  }

  /// `:label` before a loop or switch.
  mutating func parseLabeledStatement() throws -> StatementAst {
    rewindLookahead()
    let token = lexer.scanLabel()
    lastTokenEnd = token.end
    guard case .label(let label) = token.value else { return try parsePipelineChain() }
    skipNewlines(.argument)
    if let word = plainWord(peek(.argument)),
      ["while", "do", "for", "foreach", "switch"].contains(word),
      let statement = try parseKeyword(word, label: label)
    {
      return statement
    }
    return try parseStatement()
  }

  /// `break [label]` or `continue [label]`.
  mutating func parseBreakOrContinue(_ word: String) -> StatementAst {
    let keyword = advance(.argument)
    var label: ExpressionAst?
    let next = peek(.argument)
    if !next.endsCommand {
      if next.kind == .string || next.kind == .variable || next.kind == .number {
        advance(.argument)
        label = primaryFromToken(next)
      }
    }
    let end = label?.range.endOffset ?? keyword.end
    let kind: StatementKind =
      word == "break" ? .breakStatement(label: label) : .continueStatement(label: label)
    return statement(kind, keyword.start, end)
  }

  /// `return [pipeline]`, `exit [pipeline]`, `throw [pipeline]`.
  mutating func parseFlowWithPipeline(_ word: String) throws -> StatementAst {
    let keyword = advance(.argument)
    var value: StatementAst?
    if !peek(.argument).endsCommand {
      value = try parsePipelineChain()
    }
    let end = value?.range.endOffset ?? keyword.end
    switch word {
    case "return": return statement(.returnStatement(value), keyword.start, end)
    case "exit": return statement(.exitStatement(value), keyword.start, end)
    default: return statement(.throwStatement(value), keyword.start, end)
    }
  }

  /// `function Name [(params)] { body }` or `filter Name { body }`.
  mutating func parseFunction(isFilter: Bool) throws -> StatementAst {
    let keyword = advance(.argument)
    let keywordText = isFilter ? "filter" : "function"
    let nameToken = peek(.argument)
    guard nameToken.kind == .string || nameToken.kind == .number else {
      try failMissing(
        "MissingNameAfterKeyword", "Missing name after \(keywordText) keyword.",
        before: nameToken)
    }
    advance(.argument)
    let name = functionName(nameToken)
    skipNewlines()
    var parameters: [ParameterAst]?
    if peek(.expression).kind == .lParen {
      advance(.expression)
      parameters = try parseParameterList()
      skipNewlines()
    }
    let open = peek(.expression)
    guard open.kind == .lCurly else {
      try failMissing("MissingFunctionBody", Self.missingFunctionBody, before: open)
    }
    let body = try parseScriptBlockLiteral()
    let definition = FunctionDefinitionAst(
      name: name, isFilter: isFilter, parameters: parameters, body: body,
      range: range(keyword.start, body.range.endOffset))
    return statement(.functionDefinition(definition), keyword.start, body.range.endOffset)
  }

  /// The name of a function as written (quotes removed).
  func functionName(_ token: Token) -> String {
    if case .string(let parts, _, _) = token.value {
      return parts.map { part -> String in
        switch part {
        case .literal(let text): return text
        case .variable(_, let range), .subExpression(_, _, let range): return range.text
        }
      }.joined()
    }
    return source.slice(token.start, token.end)
  }

  /// `try { } catch [T1], [T2] { } finally { }`.
  mutating func parseTry() throws -> StatementAst {
    let keyword = advance(.argument)
    skipNewlines()
    guard peek(.expression).kind == .lCurly else {
      try failMissing(
        "MissingTryStatementBlock", "The Try statement is missing its statement block.",
        before: peek(.expression))
    }
    let body = parseStatementBlock()
    var catches: [CatchClause] = []
    var finallyBlock: StatementBlock?
    while true {
      let saved = checkpoint()
      skipNewlines()
      if nextIsWord("catch") {
        advance(.argument)
        catches.append(try parseCatchClause())
        continue
      }
      if nextIsWord("finally") {
        advance(.argument)
        skipNewlines()
        guard peek(.expression).kind == .lCurly else {
          try failMissing(
            "MissingFinallyStatementBlock", "The Finally block is missing its statement block.",
            before: peek(.expression))
        }
        finallyBlock = parseStatementBlock()
      } else {
        restore(saved)
      }
      break
    }
    if catches.isEmpty, finallyBlock == nil {
      reportMissing(
        "MissingCatchOrFinally", "The Try statement is missing its Catch or Finally block.",
        before: peek(.expression))
    }
    return statement(
      .tryStatement(body: body, catches: catches, finally: finallyBlock), keyword.start,
      lastTokenEnd)
  }

  /// `[Type1], [Type2] { body }` after `catch`.
  mutating func parseCatchClause() throws -> CatchClause {
    var types: [TypeName] = []
    skipNewlines()
    while peek(.expression).kind == .lBracket {
      if case .type(let type) = try parseAttributeOrType() { types.append(type) }
      skipNewlines()
      if peek(.expression).kind == .comma {
        advance(.expression)
        skipNewlines()
      }
    }
    guard peek(.expression).kind == .lCurly else {
      try failMissing(
        "MissingCatchHandlerBlock", "The Catch block is missing its statement block.",
        before: peek(.expression))
    }
    return CatchClause(types: types, body: parseStatementBlock())
  }

  /// `trap [Type] { body }`.
  mutating func parseTrap() throws -> StatementAst {
    let keyword = advance(.argument)
    skipNewlines()
    var type: TypeName?
    if peek(.expression).kind == .lBracket, case .type(let name) = try parseAttributeOrType() {
      type = name
      skipNewlines()
    }
    guard peek(.expression).kind == .lCurly else {
      try failMissing(
        "MissingTrapStatement",
        "The 'trap' statement was incomplete. A trap statement requires a body.",
        before: peek(.expression))
    }
    let body = parseStatementBlock()
    return statement(.trapStatement(type: type, body: body), keyword.start, body.range.endOffset)
  }
}
