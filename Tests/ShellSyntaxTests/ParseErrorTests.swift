import Testing

@testable import ShellSyntax

/// Parse errors: PowerShell's ErrorIds, their positions, and incomplete-input detection.
struct ParseErrorTests {
  /// The first error of `input` as `id@line:column`.
  func firstError(_ input: String) -> String {
    guard let error = Parser.parse(SourceText(input)).errors.first else { return "none" }
    return "\(error.id)@\(error.range.start.line):\(error.range.start.column)"
  }

  @Test(arguments: [
    ("1 +", "ExpectedValueExpression", 1, 4),
    ("1 + )", "ExpectedValueExpression", 1, 4),
    ("$x -eq", "ExpectedValueExpression", 1, 7),
    ("if (36 < 42) { 'true' }", "RedirectionNotSupported", 1, 8),
    ("Get-X < in.txt", "RedirectionNotSupported", 1, 7),
    ("{", "MissingEndCurlyBrace", 1, 2),
    ("if ($x) {\n  1\n", "MissingEndCurlyBrace", 3, 1),
    ("(1", "MissingEndParenthesisInExpression", 1, 3),
    ("(1 2)", "MissingEndParenthesisInExpression", 1, 3),
    ("$(1", "MissingEndParenthesisInSubexpression", 1, 4),
    ("\"abc", "TerminatorExpectedAtEndOfString", 1, 1),
    ("x 'abc", "TerminatorExpectedAtEndOfString", 1, 3),
    ("@\"\nabc", "TerminatorExpectedAtEndOfString", 1, 1),
    ("@\" x\nabc\n\"@", "UnexpectedCharactersAfterHereStringHeader", 1, 4),
    ("1 |", "EmptyPipeElement", 1, 4),
    ("1 | | 2", "EmptyPipeElement", 1, 4),
    ("Get-X | 5", "ExpressionsMustBeFirstInPipeline", 1, 9),
    ("a &&", "EmptyPipelineChainElement", 1, 5),
    ("-not", "MissingExpressionAfterOperator", 1, 5),
    ("1,", "MissingExpressionAfterToken", 1, 3),
    ("if", "MissingOpenParenthesisInIfStatement", 1, 3),
    ("if (", "IfStatementMissingCondition", 1, 5),
    ("if ($x", "MissingEndParenthesisAfterStatement", 1, 7),
    ("if ($x)", "MissingStatementBlock", 1, 8),
    ("if ($x) { } else", "MissingStatementBlockAfterElse", 1, 17),
    ("while", "MissingOpenParenthesisAfterKeyword", 1, 6),
    ("while ($x)", "MissingLoopStatement", 1, 11),
    ("do { }", "MissingWhileOrUntilInDoWhile", 1, 7),
    ("foreach ($x)", "MissingInInForeach", 1, 12),
    ("foreach (1 in $y) { }", "MissingVariableNameAfterForeach", 1, 10),
    ("function", "MissingNameAfterKeyword", 1, 9),
    ("function f", "MissingFunctionBody", 1, 11),
    ("function f {", "MissingEndCurlyBrace", 1, 13),
    ("function f($a { }", "MissingEndParenthesisInFunctionParameterList", 1, 14),
    ("function f(1) { }", "InvalidFunctionParameter", 1, 12),
    ("1 2", "UnexpectedToken", 1, 3),
    ("$x = )", "ExpectedValueExpression", 1, 5),
    ("$a[]", "MissingArrayIndexExpression", 1, 4),
    ("$a[", "MissingEndSquareBracket", 1, 4),
    ("$a[0", "MissingEndSquareBracket", 1, 5),
    ("$x.", "MissingPropertyName", 1, 4),
    ("$x.Foo(1", "MissingEndParenthesisInMethodCall", 1, 9),
    ("@{ a }", "MissingEqualsInHashLiteral", 1, 5),
    ("@{ a = 1", "IncompleteHashLiteral", 1, 9),
    ("[int", "EndSquareBracketExpectedAtEndOfType", 1, 5),
    ("[", "MissingTypename", 1, 2),
    ("try { }", "MissingCatchOrFinally", 1, 8),
    ("switch", "PipelineValueRequired", 1, 7),
    ("switch ($x)", "MissingCurlyBraceInSwitchStatement", 1, 12),
    ("switch ($x) { 1 }", "MissingSwitchStatementClause", 1, 16),
    ("$x ? 1", "MissingColonInTernaryExpression", 1, 7),
    ("Cmd >", "MissingFileSpecification", 1, 6),
    ("()", "ExpectedExpression", 1, 2),
    ("1 = 2", "InvalidLeftHandSide", 1, 1),
    ("<# never closed", "MissingTerminatorMultiLineComment", 1, 1),
    ("x @y 'a' +\n}", "UnexpectedToken", 2, 1),
  ])
  func errorIdAndPosition(input: String, id: String, line: Int, column: Int) {
    #expect(firstError(input) == "\(id)@\(line):\(column)")
  }

  @Test(arguments: [
    "{", "\"abc", "'abc", "@\"\nx", "@'\nx", "1 |", "if (", "if ($x)", "if", "function f {",
    "function f", "(1", "$(1", "@(", "@{", "@{ a = 1", "$a[", "1 +", "1 +\n", "1,", "-not",
    "$x =", "a &&", "foreach ($x in", "while ($x) {", "do { } while (", "try { 1 }",
    "switch ($x) {", "<# open", "\"$(1 + \"", "$x.Foo(", "Cmd a,", "${abc", "[int",
  ])
  func unfinishedInputIsIncomplete(input: String) {
    let result = Parser.parse(SourceText(input))
    #expect(!result.errors.isEmpty)
    #expect(result.isIncompleteInput, "\(input) should be incomplete: \(result.errors)")
  }

  @Test(arguments: [
    "1 + )", "if (36 < 42) { }", "1 2", "Get-X | 5", "()", "$a[]", "@{ a }", "}", ")",
    "foreach (1 in $y) { }",
  ])
  func brokenInputIsNotIncomplete(input: String) {
    let result = Parser.parse(SourceText(input))
    #expect(!result.errors.isEmpty)
    #expect(!result.isIncompleteInput, "\(input) should not be incomplete: \(result.errors)")
  }

  @Test func errorMessagesMatchPowerShell() {
    let messages = [
      ("1 +", "You must provide a value expression following the '+' operator."),
      ("{", "Missing closing '}' in statement block or type definition."),
      ("\"abc", "The string is missing the terminator: \"."),
      ("'abc", "The string is missing the terminator: '."),
      ("@\"\nabc", "The string is missing the terminator: \"@."),
      ("@'\nabc", "The string is missing the terminator: '@."),
      ("1 |", "An empty pipe element is not allowed."),
      ("if (1 < 2) { }", "The '<' operator is reserved for future use."),
      ("if", "Missing '(' after 'if' in if statement."),
      ("if ($x)", "Missing statement block after if ( condition )."),
      ("1 2", "Unexpected token '2' in expression or statement."),
      ("$a[]", "Array index expression is missing or not valid."),
      ("-not", "Missing expression after unary operator '-not'."),
      ("(1", "Missing closing ')' in expression."),
    ]
    for (input, message) in messages {
      #expect(Parser.parse(SourceText(input)).errors.first?.message == message, "\(input)")
    }
  }

  @Test func parsingResumesAtTheNextStatement() {
    let result = Parser.parse(SourceText("1 + ;$x = 2\n2 3\nGet-It"))
    #expect(result.errors.map(\.id) == ["ExpectedValueExpression", "UnexpectedToken"])
    #expect(ASTDump.script(result.script) == "(= $x 2); 2; cmd(bare(Get-It))")
  }

  @Test func errorsInsideBlocksRecoverInsideTheBlock() {
    let result = Parser.parse(SourceText("if ($a) { 1 + }\nGet-It"))
    #expect(result.errors.map(\.id) == ["ExpectedValueExpression"])
    #expect(ASTDump.script(result.script) == "if($a){}; cmd(bare(Get-It))")
  }
}
