/// The parser's public entry points.
///
/// Parsing never throws and never stops at the first error: it returns the AST it could
/// build with every error found, each flagged when more input could complete it.
public enum Parser {
  /// Parses a script file, script block text or REPL entry.
  public static func parse(_ source: SourceText) -> ParseResult {
    var parser = ScriptParser(source: source)
    let body = parser.parseScriptBody(closer: nil, start: 0)
    var trailing = parser.peek(.expression)
    while trailing.kind != .endOfInput, !parser.isAborted {
      // A stray closer at the top level: report it and parse what follows.
      parser.reportUnexpected(trailing)
      parser.advance(.expression)
      _ = parser.parseStatementList(closers: [])
      trailing = parser.peek(.expression)
    }
    parser.advance(.expression)  // reports an error carried by the end token (open comment)
    let script = body.build(
      range: SourceRange(source: source, startOffset: 0, endOffset: source.utf8.count))
    return ParseResult(script: script, errors: parser.errors)
  }

  /// Parses one expression, where bare words are strings.
  public static func parseExpression(_ source: SourceText) -> (ExpressionAst?, [ParseError]) {
    parseOne(ScriptParser(source: source, allowsBareWords: true))
  }

  /// Parses a filter written in PowerShell's expression syntax (the AD `-Filter`): bare words
  /// are strings, parentheses group expressions, and `operators` (without dashes, such as
  /// `approx`) are binary operators of comparison precedence (`BinaryOperator.filterOperator`).
  public static func parseFilter(_ source: SourceText, operators: Set<String>)
    -> (ExpressionAst?, [ParseError])
  {
    parseOne(
      ScriptParser(source: source, filterOperators: Set(operators.map { $0.lowercased() })))
  }

  private static func parseOne(_ start: ScriptParser) -> (ExpressionAst?, [ParseError]) {
    var parser = start
    parser.skipNewlines()
    let first = parser.peek(.expression)
    guard first.kind != .endOfInput else {
      parser.report("ExpectedExpression", "An expression was expected.", first.start, first.end)
      return (nil, parser.errors)
    }
    let result = try? parser.parseExpression()
    parser.skipNewlines()
    let trailing = parser.peek(.expression)
    if result != nil, trailing.kind != .endOfInput {
      parser.reportUnexpected(trailing)
    } else {
      parser.advance(.expression)
    }
    return (result, parser.errors)
  }
}
