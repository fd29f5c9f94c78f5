/// PowerShell's parser ErrorIds and messages (ParserStrings.resx), built with their ranges.
extension ScriptParser {
  /// Records an error at `start..<end`; `incomplete` marks input that more text could finish.
  mutating func report(
    _ id: String, _ message: String, _ start: Int, _ end: Int, incomplete: Bool = false
  ) {
    let range = SourceRange(source: source, startOffset: start, endOffset: end)
    report(ParseError(id: id, message: message, range: range, isIncompleteInput: incomplete))
  }

  /// Reports `id` just after the last consumed token, marking it incomplete when `next`
  /// is the end of input (PowerShell's ReportIncompleteInput).
  mutating func reportMissing(_ id: String, _ message: String, before next: Token) {
    let atEnd = next.kind == .endOfInput
    let offset = atEnd ? next.start : lastTokenEnd
    report(id, message, offset, offset, incomplete: atEnd)
  }

  /// `reportMissing` followed by abandoning the current statement.
  mutating func failMissing(_ id: String, _ message: String, before next: Token) throws -> Never {
    reportMissing(id, message, before: next)
    throw ParseFailure()
  }

  /// Reports an unexpected token and abandons the current statement.
  mutating func failUnexpected(_ token: Token) throws -> Never {
    reportUnexpected(token)
    throw ParseFailure()
  }

  mutating func reportUnexpected(_ token: Token) {
    if token.kind == .endOfInput {
      report(
        "IncompleteInput", "Unexpected end of input.", token.start, token.start, incomplete: true)
      return
    }
    let text = source.slice(token.start, token.end)
    report(
      "UnexpectedToken", "Unexpected token '\(text)' in expression or statement.", token.start,
      token.end)
  }

  static func expectedValue(_ op: String) -> String {
    "You must provide a value expression following the '\(op)' operator."
  }

  static func missingAfterUnary(_ op: String) -> String {
    "Missing expression after unary operator '\(op)'."
  }

  static func missingAfterToken(_ token: String) -> String {
    "Missing expression after '\(token)'."
  }

  static let missingEndCurly = "Missing closing '}' in statement block or type definition."
  static let missingEndParen = "Missing closing ')' in expression."
  static let missingEndParenSubexpression = "Missing closing ')' in subexpression."
  static let missingEndParenMethod = "Missing ')' in method call."
  static let missingEndParenParameters = "Missing ')' in function parameter list."
  static let missingEndBracket = "Missing ']' after array index expression."
  static let missingTypeName = "Missing type name after '['."
  static let missingEndBracketType = "Missing ] at end of type token."
  static let missingEndBracketAttribute = "Missing ] at end of attribute or type literal."
  static let missingArrayIndex = "Array index expression is missing or not valid."
  static let missingPropertyName = "Missing property name after reference operator."
  static let emptyPipeElement = "An empty pipe element is not allowed."
  static let emptyChainElement = "A pipeline chain operator must be followed by a pipeline."
  static let expressionsMustBeFirst =
    "Expressions are only allowed as the first element of a pipeline."
  static let invalidLeftHandSide =
    "The assignment expression is not valid. The input to an assignment operator must be an "
    + "object that is able to accept assignments, such as a variable or a property."
  static let missingFileSpecification = "Missing file specification after redirection operator."
  static let missingEqualsInHash = "Missing '=' operator after key in hash literal."
  static let missingStatementInHash = "Missing statement after '=' in hash literal."
  static let incompleteHash = "The hash literal was incomplete."
  static let expectedExpression = "An expression was expected after '('."
  static let missingColonInTernary = "Missing ':' in the ternary expression."
  static let invalidParameter =
    "Parameter declarations are a comma-separated list of variable names with optional "
    + "initializer expressions."
  static let missingFunctionBody = "Missing function body in function declaration."
  static let tooComplex = "Processing was stopped because the script is too complex."
  static let foreachForm = "\nThe correct form is: foreach ($a in $b) {...}"

  static func redirectionNotSupported(_ op: String) -> String {
    "The '\(op)' operator is reserved for future use."
  }
}

/// Thrown to abandon the current statement after its error was recorded.
struct ParseFailure: Error {}
