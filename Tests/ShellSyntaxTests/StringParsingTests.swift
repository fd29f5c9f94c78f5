import Testing

@testable import ShellSyntax

/// Quoted strings, escapes, expansion parts and here-strings.
struct StringParsingTests {
  @Test(arguments: [
    ("'it''s'", "'it's'"),
    ("\"say \"\"hi\"\"\"", "\"say \"hi\"\""),
    ("\"a`tb`n`$x `\"q`\" ``\"", "\"a\tb\n$x \"q\" `\""),
    ("\"`u{263A}\"", "\"\u{263A}\""),
    ("\"`e[0m\"", "\"\u{1B}[0m\""),
    ("\"`q\"", "\"q\""),
    ("\"no vars\"", "\"no vars\""),
    ("\"cost: $ 5 and $\"", "\"cost: $ 5 and $\""),
    ("\"a $x b\"", "exp\"a {$x} b\""),
    ("\"$env:PATH;\"", "exp\"{$env:PATH};\""),
    ("\"${x y}z\"", "exp\"{$x y}z\""),
    ("\"$a.Length\"", "exp\"{$a}.Length\""),
    ("\"$($a.Length)\"", "exp\"{$((. $a bare(Length)))}\""),
    ("\"a $(\"b\" + 'c') d\"", "exp\"a {$((+ \"b\" 'c'))} d\""),
    ("\"$(\")\")\"", "exp\"{$(\")\")}\""),
    ("\"$($x | % { $_ })\"", "exp\"{$($x | cmd(bare(%) {$_}))}\""),
    ("\u{201C}curly $x\u{201D}", "exp\"curly {$x}\""),
    ("\u{2018}single\u{2019}", "'single'"),
    ("\"$_ and $PSItem and $?\"", "exp\"{$_} and {$PSItem} and {$?}\""),
  ])
  func quotedStrings(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    ("@'\nline1\nline2\n'@", "@'line1\nline2'@"),
    ("@'\n$x \"q\"\n'@", "@'$x \"q\"'@"),
    ("@\"\nhello $name\n\"@", "exp@\"hello {$name}\"@"),
    ("@\"\n\"@", "@\"\"@"),
    ("@\"  \r\nwindows\r\n\"@", "@\"windows\"@"),
    ("@\"\nsay \"hi\" $($x + 1)\n\"@", "exp@\"say \"hi\" {$((+ $x 1))}\"@"),
    ("$x = @'\na\n'@\n$y", "(= $x @'a'@); $y"),
  ])
  func hereStrings(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test func expandablePartsCarryRanges() throws {
    let source = SourceText("\"a $x $(1) b\"")
    let result = Parser.parse(source)
    let statement = try #require(result.script.endBlock?.statements.first)
    guard case .pipeline(let pipeline) = statement.kind,
      case .expression(let expression, _) = pipeline.elements[0],
      case .expandableString(let parts, .doubleQuoted) = expression.kind
    else {
      Issue.record("expected an expandable string")
      return
    }
    #expect(parts.count == 5)
    if case .variable(let path, let range) = parts[1] {
      #expect(path.name == "x")
      #expect(range.text == "$x")
    } else {
      Issue.record("expected a variable part")
    }
    if case .subExpression(let statements, let range) = parts[3] {
      #expect(range.text == "$(1)")
      #expect(statements.first?.range.text == "1")
    } else {
      Issue.record("expected a subexpression part")
    }
  }

  @Test(
    arguments: [
      ("$name", nil, "name"),
      ("$global:Count", "global", "Count"),
      ("$env:PATH", "env", "PATH"),
      ("${my var}", nil, "my var"),
      ("${env:HOME}", "env", "HOME"),
      ("$_", nil, "_"),
      ("$?", nil, "?"),
      ("$$", nil, "$"),
      ("$^", nil, "^"),
    ] as [(String, String?, String)])
  func variablePaths(input: String, scope: String?, name: String) throws {
    let (expression, errors) = Parser.parseExpression(SourceText(input))
    #expect(errors.isEmpty)
    guard case .variable(let path, false)? = expression?.kind else {
      Issue.record("expected a variable for \(input)")
      return
    }
    #expect(path.scope == scope)
    #expect(path.name == name)
  }
}
