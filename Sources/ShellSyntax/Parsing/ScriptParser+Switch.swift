/// `switch [-Regex|-Wildcard|-Exact] [-CaseSensitive] [-File path] (value) { clauses }`.
extension ScriptParser {
  mutating func parseSwitch(label: String?) throws -> StatementAst {
    let keyword = advance(.argument)
    var mode = SwitchStatementAst.Mode.exact
    var isCaseSensitive = false
    var fileCondition: StatementAst?
    while case .parameter(let name, _) = peek(.argument).value,
      peek(.argument).kind == .parameter
    {
      let flag = advance(.argument)
      let lowered = name.lowercased()
      if !lowered.isEmpty, "regex".hasPrefix(lowered) {
        mode = .regex
      } else if !lowered.isEmpty, "wildcard".hasPrefix(lowered) {
        mode = .wildcard
      } else if !lowered.isEmpty, "exact".hasPrefix(lowered) {
        mode = .exact
      } else if !lowered.isEmpty, "casesensitive".hasPrefix(lowered) {
        isCaseSensitive = true
      } else if !lowered.isEmpty, "file".hasPrefix(lowered) {
        if peek(.argument).endsCommand {
          try failMissing(
            "MissingFilenameOption",
            "Cannot process the 'switch' statement because of a missing file name argument to "
              + "the -file option.", before: peek(.argument))
        }
        fileCondition = pipelineStatement(try parseCommandArgument())
      } else {
        report(
          "InvalidSwitchFlag",
          "The parameter \(source.slice(flag.start, flag.end)) is not valid for the switch "
            + "statement.", flag.start, flag.end)
      }
    }
    skipNewlines()
    let condition: StatementAst
    if let fileCondition {
      condition = fileCondition
    } else {
      condition = try parseSwitchValue()
    }
    skipNewlines()
    let open = peek(.expression)
    guard open.kind == .lCurly else {
      try failMissing(
        "MissingCurlyBraceInSwitchStatement", "Missing '{' in switch statement.", before: open)
    }
    advance(.expression)
    var clauses: [SwitchClause] = []
    var defaultBody: StatementBlock?
    while !isAborted {
      skipSeparators()
      let token = peek(.argument)
      if token.kind == .rCurly {
        advance(.argument)
        break
      }
      if token.kind == .endOfInput {
        reportMissing("MissingEndCurlyBrace", Self.missingEndCurly, before: token)
        break
      }
      let isDefault = plainWord(token) == "default"
      let test = try parseCommandArgument()
      let body = try parseRequiredBlock(
        "MissingSwitchStatementClause", "Missing statement block in switch statement clause.")
      if isDefault {
        if defaultBody != nil {
          report(
            "MultipleSwitchDefaultClauses", "A switch statement can have only one default clause.",
            token.start, token.end)
        }
        defaultBody = body
      } else {
        clauses.append(SwitchClause(test: test, body: body))
      }
    }
    let switchAst = SwitchStatementAst(
      label: label, mode: mode, isCaseSensitive: isCaseSensitive, isFile: fileCondition != nil,
      condition: condition, clauses: clauses, defaultBody: defaultBody)
    return statement(.switchStatement(switchAst), keyword.start, lastTokenEnd)
  }

  /// `( pipeline )` after `switch` and its flags.
  mutating func parseSwitchValue() throws -> StatementAst {
    let open = peek(.expression)
    guard open.kind == .lParen else {
      try failMissing(
        "PipelineValueRequired",
        "A switch statement must have one of the following:  '-file file_name' or "
          + "'( expression )'.", before: open)
    }
    advance(.expression)
    skipNewlines()
    let first = peek(.expression)
    if first.kind == .rParen || first.kind == .endOfInput {
      try failMissing(
        "MissingSwitchValueExpression", "Missing expression after '(' in switch statement.",
        before: first)
    }
    let value = try parsePipelineChain()
    skipNewlines()
    let close = peek(.expression)
    guard close.kind == .rParen else {
      try failMissing(
        "MissingEndParenthesisInSwitchStatement",
        "Missing ')' after expression in switch statement.", before: close)
    }
    advance(.expression)
    return value
  }
}
