/// Statement lists, `{ }` blocks, script block bodies and named `begin`/`process`/`end` blocks.
extension ScriptParser {
  /// Parses statements until one of `closers` (not consumed) or the end of input, recovering from
  /// errors at the next statement.
  mutating func parseStatementList(closers: Set<TokenKind>) -> [StatementAst] {
    var statements: [StatementAst] = []
    while !isAborted {
      skipSeparators()
      let token = peek(.expression)
      if token.kind == .endOfInput || closers.contains(token.kind) { break }
      do {
        let statement = try parseStatement()
        statements.append(statement)
        let next = peek(.expression)
        // A statement that ends with its block (a trap, a function, if, a loop, switch, try)
        // needs no separator: the next statement may follow on the same line, as in pwsh
        // (`trap { continue } 1/0`, `function f { 1 }f`).
        if !next.isStatementTerminator, !closers.contains(next.kind), !statement.endsWithBlock {
          reportUnexpected(next)
          synchronize(closers: closers)
        }
      } catch {
        synchronize(closers: closers)
      }
    }
    return statements
  }

  /// Skips tokens to the next newline or `;` outside brackets, or to a closer of the enclosing list
  /// (PowerShell's and jlox's panic-mode recovery).
  mutating func synchronize(closers: Set<TokenKind>) {
    var nesting = 0
    while !isAborted {
      let token = peek(.argument)
      switch token.kind {
      case .endOfInput:
        return
      case .newline, .semicolon:
        if nesting == 0 { return }
      case .lCurly, .lParen, .atParen, .atCurly, .dollarParen:
        nesting += 1
      case .rCurly, .rParen:
        if nesting == 0, closers.contains(token.kind) { return }
        nesting = max(0, nesting - 1)
      default:
        break
      }
      advance(.argument)
    }
  }

  /// `{ statements }` as the body of a statement; the current token is `{`.
  mutating func parseStatementBlock() -> StatementBlock {
    let open = advance(.expression)
    let statements = parseStatementList(closers: [.rCurly])
    let end = expectCloseCurly()
    return StatementBlock(statements: statements, range: range(open.start, end))
  }

  /// Consumes `}` or reports MissingEndCurlyBrace; returns the offset after the block.
  mutating func expectCloseCurly() -> Int {
    let close = peek(.expression)
    if close.kind == .rCurly {
      advance(.expression)
      return close.end
    }
    reportMissing("MissingEndCurlyBrace", Self.missingEndCurly, before: close)
    return lastTokenEnd
  }

  /// `{ … }` as a script block literal; the current token is `{`.
  mutating func parseScriptBlockLiteral() throws -> ScriptBlockAst {
    try enterNesting()
    defer { leaveNesting() }
    let open = advance(.expression)
    let body = parseScriptBody(closer: .rCurly, start: open.start)
    let end = expectCloseCurly()
    return body.build(range: range(open.start, end))
  }

  /// The pieces of a script block body before its range is known.
  struct ScriptBody {
    var attributes: [AttributeAst] = []
    var paramBlock: ParamBlockAst?
    var beginBlock: StatementBlock?
    var processBlock: StatementBlock?
    var endBlock: StatementBlock?
    var cleanBlock: StatementBlock?
    var typeDefinitions: [TypeDefinitionAst] = []
    var isUnnamedBody = true

    func build(range: SourceRange) -> ScriptBlockAst {
      ScriptBlockAst(
        attributes: attributes, paramBlock: paramBlock, beginBlock: beginBlock,
        processBlock: processBlock, endBlock: endBlock, cleanBlock: cleanBlock,
        typeDefinitions: typeDefinitions, isUnnamedBody: isUnnamedBody, range: range)
    }
  }

  /// A script file or script block body: optional attributes and `param()`, then named blocks or
  /// plain statements, up to `closer` (not consumed) or the end of input.
  mutating func parseScriptBody(closer: TokenKind?, start: Int) -> ScriptBody {
    typeDefinitionStack.append([])
    var body = parseScriptBodyParts(closer: closer, start: start)
    body.typeDefinitions = typeDefinitionStack.popLast() ?? []
    return body
  }

  private mutating func parseScriptBodyParts(closer: TokenKind?, start: Int) -> ScriptBody {
    var body = ScriptBody()
    let closers: Set<TokenKind> = closer.map { [$0] } ?? []
    skipSeparators()
    body.attributes = parseAttributesBeforeParam()
    if nextIsWord("param") {
      do {
        body.paramBlock = try parseParamBlock(attributes: body.attributes)
      } catch {
        synchronize(closers: closers)
      }
    }
    skipSeparators()
    if nextStartsNamedBlock() {
      body.isUnnamedBody = false
      parseNamedBlocks(into: &body, closers: closers)
      return body
    }
    let bodyStart = peek(.expression).start
    let statements = parseStatementList(closers: closers)
    let bodyEnd = max(bodyStart, lastTokenEnd)
    body.endBlock = StatementBlock(statements: statements, range: range(bodyStart, bodyEnd))
    return body
  }

  static let namedBlockNames: Set<String> = ["begin", "process", "end", "dynamicparam", "clean"]

  /// True when the next tokens are a named block keyword followed by `{`.
  mutating func nextStartsNamedBlock() -> Bool {
    guard nextMayBeWord(), let word = plainWord(peek(.argument)),
      Self.namedBlockNames.contains(word)
    else {
      return false
    }
    let saved = checkpoint()
    advance(.argument)
    skipNewlines()
    let isBlock = peek(.expression).kind == .lCurly
    restore(saved)
    return isBlock
  }

  /// `begin { } process { } end { }` in any order.
  mutating func parseNamedBlocks(into body: inout ScriptBody, closers: Set<TokenKind>) {
    while !isAborted {
      skipSeparators()
      let token = peek(.argument)
      if token.kind == .endOfInput || closers.contains(token.kind) { return }
      guard let word = plainWord(token), Self.namedBlockNames.contains(word) else {
        let text = source.slice(token.start, token.end)
        report(
          "MissingNamedBlocks",
          "unexpected token '\(text)', expected 'begin', 'process', 'end', 'clean', or 'dynamicparam'.",
          token.start, token.end)
        advance(.argument)
        synchronize(closers: closers)
        continue
      }
      advance(.argument)
      skipNewlines()
      guard peek(.expression).kind == .lCurly else {
        reportMissing(
          "MissingNamedStatementBlock", "Missing statement block after '\(word)'.",
          before: peek(.expression))
        synchronize(closers: closers)
        continue
      }
      let block = parseStatementBlock()
      switch word {
      case "begin": body.beginBlock = block
      case "process": body.processBlock = block
      case "end": body.endBlock = block
      case "clean": body.cleanBlock = block
      default: break  // dynamicparam blocks are parsed but not run.
      }
    }
  }
}

extension StatementAst {
  /// True for the statements whose closing brace ends them.
  var endsWithBlock: Bool {
    switch kind {
    case .trapStatement, .functionDefinition, .typeDefinition, .ifStatement, .foreachStatement,
      .forStatement,
      .whileStatement, .switchStatement, .tryStatement:
      return true
    default:
      return false
    }
  }
}
