import Testing

@testable import ShellSyntax

/// The tokenizer on its own, in both modes.
struct LexerTests {
  /// Scans `text` to the end in `mode`, rendering each token as `kind` or `kind:text`.
  func tokens(_ text: String, _ mode: LexMode) -> [String] {
    let source = SourceText(text)
    var lexer = Lexer(source: source)
    var result: [String] = []
    for _ in 0..<100 {
      let token = lexer.next(mode)
      if token.kind == .endOfInput { break }
      result.append("\(token.kind):\(source.slice(token.start, token.end))")
    }
    return result
  }

  @Test func expressionModeOperators() {
    #expect(
      tokens("$a -eq 1..2 ?? $b", .expression) == [
        "variable:$a", "op:-eq", "number:1", "op:..", "number:2", "op:??", "variable:$b",
      ])
    #expect(
      tokens("$x.Name(1)[0]", .expression) == [
        "variable:$x", "dot:.", "identifier:Name", "lParen:(", "number:1", "rParen:)",
        "lBracket:[", "number:0", "rBracket:]",
      ])
    #expect(
      tokens("++ -- += -= ??= ?. ?[ :: , ;", .expression) == [
        "plusPlus:++", "minusMinus:--", "assign:+=", "assign:-=", "assign:??=",
        "questionDot:?.", "questionBracket:?[", "doubleColon:::", "comma:,", "semicolon:;",
      ])
  }

  @Test func argumentModeWords() {
    #expect(
      tokens("-Name:x a,b -- 2>&1 > f @splat", .argument) == [
        "parameter:-Name:", "string:x", "string:a", "comma:,", "string:b",
        "endOfParameters:--", "redirection:2>&1", "redirection:>", "string:f",
        "splattedVariable:@splat",
      ])
    #expect(tokens("a#b #c", .argument) == ["string:a#b"])
    #expect(tokens("10 1kb 12abc", .argument) == ["number:10", "number:1kb", "string:12abc"])
  }

  @Test func commentsAndContinuations() {
    #expect(tokens("a <# x\ny #> b", .argument) == ["string:a", "string:b"])
    #expect(tokens("a `\nb", .argument) == ["string:a", "string:b"])
    #expect(tokens("a\r\nb", .argument) == ["string:a", "newline:\r\n", "string:b"])
  }

  @Test func spaceBeforeIsTracked() {
    let source = SourceText("$a [0]")
    var lexer = Lexer(source: source)
    _ = lexer.next(.expression)
    #expect(lexer.next(.expression).hasSpaceBefore)
  }

  @Test func statementStartClassification() {
    func classify(_ text: String) -> Lexer.ElementStart {
      var lexer = Lexer(source: SourceText(text))
      return lexer.classifyElementStart()
    }
    #expect(classify("  42") == .expression)
    #expect(classify("5-3") == .expression)
    #expect(classify("7z") == .command)
    #expect(classify("-5") == .expression)
    #expect(classify("-not $x") == .expression)
    #expect(classify("-Name") == .command)
    #expect(classify("& $x") == .ampersand)
    #expect(classify(". ./x.ps1") == .dot)
    #expect(classify("./x.ps1") == .command)
    #expect(classify(":outer while") == .label)
    #expect(classify("Get-Item") == .command)
  }
}
