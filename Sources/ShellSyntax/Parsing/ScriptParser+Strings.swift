/// Turns string tokens into string expressions, parsing each `$( … )` part recursively.
extension ScriptParser {
  /// A string constant, or an expandable string whose `$( )` parts hold parsed statements.
  mutating func stringExpression(
    _ parts: [RawStringPart], _ kind: StringQuoteKind, _ isExpandable: Bool, _ start: Int,
    _ end: Int
  ) -> ExpressionAst {
    guard isExpandable else {
      let text = parts.map { part -> String in
        if case .literal(let text) = part { return text }
        return ""
      }.joined()
      return expression(.stringConstant(text, kind), start, end)
    }
    var converted: [StringPart] = []
    for part in parts {
      switch part {
      case .literal(let text):
        converted.append(.literal(text))
      case .variable(let path, let range):
        converted.append(.variable(path, range))
      case .subExpression(let innerStart, let innerEnd, let range):
        converted.append(.subExpression(parseSubExpressionPart(innerStart, innerEnd), range))
      }
    }
    return expression(.expandableString(converted, kind), start, end)
  }

  /// Parses the statements of a `$( … )` inside a string with a sub-parser over that span.
  mutating func parseSubExpressionPart(_ start: Int, _ end: Int) -> [StatementAst] {
    var sub = ScriptParser(
      source: source, start: start, end: end, depth: depth + 1, allowsBareWords: false)
    let statements = sub.parseStatementList(closers: [])
    for error in sub.errors { report(error) }
    if sub.isAborted { isAborted = true }
    return statements
  }
}
