/// `if`, `while`, `do`, `for`, `foreach` and `switch` statements.
extension ScriptParser {
  /// The messages a `( condition )` reports when a piece is missing.
  struct ConditionErrors {
    var missingOpen: (String, String)
    var missingCondition: (String, String)
    var missingClose: (String, String)

    /// The messages loops use (`while`, `do … while`, `do … until`).
    static func loop(_ keyword: String) -> ConditionErrors {
      ConditionErrors(
        missingOpen: (
          "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword '\(keyword)'."
        ),
        missingCondition: (
          "MissingExpressionAfterKeyword", "Missing expression after '\(keyword)' in loop."
        ),
        missingClose: (
          "MissingEndParenthesisAfterStatement",
          "Missing closing ')' after expression in '\(keyword)' statement."
        ))
    }
  }

  /// `( pipeline )` after a keyword.
  mutating func parseCondition(_ messages: ConditionErrors) throws -> StatementAst {
    skipNewlines()
    let open = peek(.expression)
    guard open.kind == .lParen else {
      try failMissing(messages.missingOpen.0, messages.missingOpen.1, before: open)
    }
    advance(.expression)
    skipNewlines()
    let first = peek(.expression)
    if first.kind == .rParen || first.kind == .endOfInput {
      try failMissing(messages.missingCondition.0, messages.missingCondition.1, before: first)
    }
    let condition = try parsePipelineChain()
    skipNewlines()
    let close = peek(.expression)
    guard close.kind == .rParen else {
      try failMissing(messages.missingClose.0, messages.missingClose.1, before: close)
    }
    advance(.expression)
    return condition
  }

  /// A `{ }` body that must follow; reports `id` with `message` when it is missing.
  mutating func parseRequiredBlock(_ id: String, _ message: String) throws -> StatementBlock {
    skipNewlines()
    let open = peek(.expression)
    guard open.kind == .lCurly else { try failMissing(id, message, before: open) }
    return parseStatementBlock()
  }

  /// `if (c) { } elseif (c) { } else { }`.
  mutating func parseIf() throws -> StatementAst {
    let keyword = advance(.argument)
    var clauses: [IfClause] = []
    var elseBody: StatementBlock?
    var keywordText = "if"
    while true {
      let condition = try parseCondition(
        ConditionErrors(
          missingOpen: (
            "MissingOpenParenthesisInIfStatement",
            "Missing '(' after '\(keywordText)' in if statement."
          ),
          missingCondition: (
            "IfStatementMissingCondition",
            "Missing condition in if statement after '\(keywordText) ('."
          ),
          missingClose: (
            "MissingEndParenthesisAfterStatement",
            "Missing closing ')' after expression in '\(keywordText)' statement."
          )))
      let body = try parseRequiredBlock(
        "MissingStatementBlock", "Missing statement block after \(keywordText) ( condition ).")
      clauses.append(IfClause(condition: condition, body: body))
      let saved = checkpoint()
      skipNewlines()
      if nextIsWord("elseif") {
        advance(.argument)
        keywordText = "elseif"
        continue
      }
      if nextIsWord("else") {
        advance(.argument)
        elseBody = try parseRequiredBlock(
          "MissingStatementBlockAfterElse", "Missing statement block after 'else' keyword.")
      } else {
        restore(saved)
      }
      break
    }
    return statement(
      .ifStatement(clauses: clauses, elseBody: elseBody), keyword.start, lastTokenEnd)
  }

  /// `while (c) { }`.
  mutating func parseWhile(label: String?) throws -> StatementAst {
    let keyword = advance(.argument)
    let condition = try parseCondition(.loop("while"))
    let body = try parseRequiredBlock(
      "MissingLoopStatement", "Missing statement body in while loop.")
    return statement(
      .whileStatement(label: label, condition: condition, body: body), keyword.start,
      body.range.endOffset)
  }

  /// `do { } while (c)` or `do { } until (c)`.
  mutating func parseDo(label: String?) throws -> StatementAst {
    let keyword = advance(.argument)
    let body = try parseRequiredBlock("MissingLoopStatement", "Missing statement body in do loop.")
    skipNewlines()
    let isUntil: Bool
    if nextIsWord("while") {
      isUntil = false
    } else if nextIsWord("until") {
      isUntil = true
    } else {
      try failMissing(
        "MissingWhileOrUntilInDoWhile", "Missing while or until keyword in do loop.",
        before: peek(.argument))
    }
    advance(.argument)
    let condition = try parseCondition(.loop(isUntil ? "until" : "while"))
    return statement(
      .doLoop(label: label, body: body, condition: condition, isUntil: isUntil), keyword.start,
      lastTokenEnd)
  }

  /// `for (init; condition; iterator) { }`; each part may be empty.
  mutating func parseFor(label: String?) throws -> StatementAst {
    let keyword = advance(.argument)
    skipNewlines()
    let open = peek(.expression)
    guard open.kind == .lParen else {
      try failMissing(
        "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'for'.",
        before: open)
    }
    advance(.expression)
    let initializer = try parseForPart(separated: true)
    let condition = try parseForPart(separated: true)
    let iterator = try parseForPart(separated: false)
    skipNewlines()
    let close = peek(.expression)
    guard close.kind == .rParen else {
      try failMissing(
        "MissingEndParenthesisAfterStatement",
        "Missing closing ')' after expression in 'for' statement.", before: close)
    }
    advance(.expression)
    let body = try parseRequiredBlock("MissingLoopStatement", "Missing statement body in for loop.")
    return statement(
      .forStatement(
        label: label, initializer: initializer, condition: condition, iterator: iterator,
        body: body), keyword.start, body.range.endOffset)
  }

  /// One optional part of a `for` header, with its `;` or newline separator.
  mutating func parseForPart(separated: Bool) throws -> StatementAst? {
    skipNewlines()
    var part: StatementAst?
    let first = peek(.expression)
    if first.kind != .semicolon, first.kind != .rParen, first.kind != .endOfInput {
      part = try parsePipelineChain()
    }
    if separated {
      let separator = peek(.expression)
      if separator.kind == .semicolon || separator.kind == .newline { advance(.expression) }
    }
    return part
  }

  /// `foreach ($item in collection) { }`.
  mutating func parseForeach(label: String?) throws -> StatementAst {
    let keyword = advance(.argument)
    skipNewlines()
    let open = peek(.expression)
    guard open.kind == .lParen else {
      try failMissing(
        "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'foreach'.",
        before: open)
    }
    advance(.expression)
    skipNewlines()
    let variable = peek(.expression)
    guard variable.kind == .variable, case .variable(let path) = variable.value else {
      try failMissing(
        "MissingVariableNameAfterForeach",
        "Missing variable name after foreach." + Self.foreachForm, before: variable)
    }
    advance(.expression)
    skipNewlines()
    guard nextIsWord("in") else {
      try failMissing(
        "MissingInInForeach", "Missing 'in' after variable in foreach loop." + Self.foreachForm,
        before: peek(.argument))
    }
    advance(.argument)
    skipNewlines()
    let first = peek(.expression)
    if first.kind == .rParen || first.kind == .endOfInput {
      try failMissing(
        "MissingForeachExpression", "Missing expression in foreach loop." + Self.foreachForm,
        before: first)
    }
    let iterable = try parsePipelineChain()
    skipNewlines()
    let close = peek(.expression)
    guard close.kind == .rParen else {
      try failMissing(
        "MissingEndParenthesisAfterForeach",
        "Missing closing ')' after expression part of foreach loop." + Self.foreachForm,
        before: close)
    }
    advance(.expression)
    let body = try parseRequiredBlock(
      "MissingForeachStatement", "Missing statement body in foreach loop." + Self.foreachForm)
    return statement(
      .foreachStatement(label: label, variable: path, iterable: iterable, body: body),
      keyword.start, body.range.endOffset)
  }
}
