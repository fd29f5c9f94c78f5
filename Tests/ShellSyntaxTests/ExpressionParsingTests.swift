import Testing

@testable import ShellSyntax

/// Operator precedence, unary operators, casts, members and indexing in expression mode.
struct ExpressionParsingTests {
  @Test(arguments: [
    ("1,2 + 3", "(+ (, 1 2) 3)"),
    ("2 + 3 * 4", "(+ 2 (* 3 4))"),
    ("(2 + 3) * 4", "(* (paren (+ 2 3)) 4)"),
    ("$true -or $false -and $false", "(-and (-or $true $false) $false)"),
    ("2 -gt 4 -and 1", "(-and (-gt 2 4) 1)"),
    ("1 -shl 2 -bor 3", "(-bor (-shl 1 2) 3)"),
    ("$a ?? $b + 1", "(?? $a (+ $b 1))"),
    ("'{0}' -f 1, 2", "(-f '{0}' (, 1 2))"),
    ("1..3 + 4", "(+ (.. 1 3) 4)"),
    ("'a' -ceq 'A' -and 'b' -ILIKE 'B*'", "(-and (-ceq 'a' 'A') (-like 'b' 'B*'))"),
    ("$x -creplace 'a', 'b'", "(-creplace $x (, 'a' 'b'))"),
    ("$x -isplit ','", "(-split $x ',')"),
    ("$x -notin $y", "(-notin $x $y)"),
    ("$x -EQ 1", "(-eq $x 1)"),
    ("$x -is [int]", "(-is $x [int])"),
    ("$x -isnot [string]", "(-isnot $x [string])"),
    ("1,2 -join ','", "(-join (, 1 2) ',')"),
    ("5 -3", "(- 5 3)"),
    ("5 - -3", "(- 5 -3)"),
    ("1 +\n 2", "(+ 1 2)"),
  ])
  func binaryPrecedence(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    ("-5", "-5"),
    ("- 5", "(neg 5)"),
    ("-$x", "(neg $x)"),
    ("-not $true", "(not $true)"),
    ("!$x", "(not $x)"),
    ("-bnot 5", "(bnot 5)"),
    ("-split 'a b'", "(split 'a b')"),
    ("-join ('a','b')", "(join (paren (, 'a' 'b')))"),
    ("-join 'a','b'", "(, (join 'a') 'b')"),
    (",1", "(unary, 1)"),
    ("++$x", "(++pre $x)"),
    ("$x--", "(post-- $x)"),
    ("+$x", "(plus $x)"),
  ])
  func unaryOperators(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    ("[int]$x", "[int]$x"),
    ("[int] '5'", "[int]'5'"),
    ("[string]@('ab','cd')[0]", "[string]([] @((, 'ab' 'cd')) 0)"),
    ("[int]::MaxValue", "(:: [int] bare(MaxValue))"),
    ("[Math]::Round(2.5)", "(call:: [Math] bare(Round) dbl(2.5))"),
    ("[System.Collections.ArrayList]::new()", "(call:: [System.Collections.ArrayList] bare(new))"),
    ("[string[]]$a", "[string[]]$a"),
    ("[System.Collections.Generic.List[string]]", "[System.Collections.Generic.List[string]]"),
    ("[ordered]@{a=1}", "[ordered]@{bare(a)=1}"),
    ("[pscustomobject]@{ Name = 'x' }", "[pscustomobject]@{bare(Name)='x'}"),
    ("[int][string]$x", "[int][string]$x"),
    ("[void]$list.Add(1)", "[void](call. $list bare(Add) 1)"),
  ])
  func castsAndTypes(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    ("$x.Name", "(. $x bare(Name))"),
    ("$x.Name.Length", "(. (. $x bare(Name)) bare(Length))"),
    ("$s.Substring(1, 2)", "(call. $s bare(Substring) 1 2)"),
    ("$s.ToUpper()", "(call. $s bare(ToUpper))"),
    ("$h.'odd name'", "(. $h 'odd name')"),
    ("$h.\"odd\"", "(. $h \"odd\")"),
    ("$o.$name", "(. $o $name)"),
    ("${x}?.Prop", "(?. $x bare(Prop))"),
    ("${x}?[0]", "(?[] $x 0)"),
    ("$a[0]", "([] $a 0)"),
    ("$a[-1]", "([] $a -1)"),
    ("$a[1..3]", "([] $a (.. 1 3))"),
    ("$a[0,2]", "([] $a (, 0 2))"),
    ("(Get-Date).Year", "(. (paren cmd(bare(Get-Date))) bare(Year))"),
    ("@(1, 2).Count", "(. @((, 1 2)) bare(Count))"),
    ("$x.Method((1, 2))", "(call. $x bare(Method) (paren (, 1 2)))"),
    ("$x.M(\n1,\n2\n)", "(call. $x bare(M) 1 2)"),
    ("$x. Count", "(. $x bare(Count))"),
    ("$x.\n  Count", "(. $x bare(Count))"),
    ("$x.23", "(. $x bare(23))"),
  ])
  func membersAndIndexes(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    ("$x ? 1 : 2", "(? $x 1 2)"),
    ("$a ? $b ? 1 : 2 : 3", "(? $a (? $b 1 2) 3)"),
    ("@()", "@()"),
    ("@(1; 2)", "@(1; 2)"),
    ("$(1; 2)", "$(1; 2)"),
    ("(1, 2)", "(paren (, 1 2))"),
    ("($x = 5)", "(paren (= $x 5))"),
    ("@{ a = 1; 'b c' = 2; 3 = 'x' }", "@{bare(a)=1; 'b c'=2; 3='x'}"),
    ("@{\n a = 1\n b = 2\n}", "@{bare(a)=1; bare(b)=2}"),
    (
      "@{ a = Get-Thing | select -First 1 }",
      "@{bare(a)=cmd(bare(Get-Thing)) | cmd(bare(select) -First 1)}"
    ),
    ("@{ Content-Type = 'json' }", "@{bare(Content-Type)='json'}"),
    ("@{ (1 + 1) = 'two' }", "@{(paren (+ 1 1))='two'}"),
    ("{ $_ * 2 }", "{(* $_ 2)}"),
    ("{ param($x) $x }", "{param($x) $x}"),
    ("{ begin { 1 } process { $_ } end { 2 } }", "{begin{1} process{$_} end{2}}"),
  ])
  func primaries(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    ("$x = 5", "(= $x 5)"),
    ("[int]$x = 5", "(= [int]$x 5)"),
    ("$a, $b = 1, 2", "(= (, $a $b) (, 1 2))"),
    ("$a = $b = 5", "(= $a (= $b 5))"),
    ("$x += 1", "(+= $x 1)"),
    ("$x -= 1", "(-= $x 1)"),
    ("$x *= 2", "(*= $x 2)"),
    ("$x /= 2", "(/= $x 2)"),
    ("$x %= 2", "(%= $x 2)"),
    ("$x ??= 5", "(??= $x 5)"),
    ("$a.b.c = 5", "(= (. (. $a bare(b)) bare(c)) 5)"),
    ("$a[0] = 1", "(= ([] $a 0) 1)"),
    ("$x = if ($a) { 1 } else { 2 }", "(= $x if($a){1} else{2})"),
    ("$x = Get-Thing | Sort-Object", "(= $x cmd(bare(Get-Thing)) | cmd(bare(Sort-Object)))"),
    ("$env:PATH = 'x'", "(= $env:PATH 'x')"),
    ("$null = Get-Thing", "(= $null cmd(bare(Get-Thing)))"),
  ])
  func assignments(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test func parseExpressionAcceptsBareWordsForFilters() throws {
    let (expression, errors) = Parser.parseExpression(
      SourceText("Name -like 'a*' -and Enabled -eq $true"))
    #expect(errors.isEmpty)
    let parsed = try #require(expression)
    #expect(
      ASTDump.expression(parsed)
        == "(-and (-like bare(Name) 'a*') (-eq bare(Enabled) $true))")
  }

  @Test func parseFilterReadsTheFiltersOwnOperatorsAndGroups() throws {
    let (expression, errors) = Parser.parseFilter(
      SourceText("-not (Name -approx 'bob') -and (memberOf -RecursiveMatch 'CN=G')"),
      operators: ["approx", "recursivematch"])
    #expect(errors.isEmpty)
    let parsed = try #require(expression)
    #expect(
      ASTDump.expression(parsed)
        == "(-and (not (paren (-approx bare(Name) 'bob'))) "
        + "(paren (-recursivematch bare(memberOf) 'CN=G')))")
  }

  @Test func theFiltersOperatorsAreNoOperatorsElsewhere() {
    let (_, errors) = Parser.parseExpression(SourceText("Name -approx 'bob'"))
    #expect(!errors.isEmpty)
    let (_, filterErrors) = Parser.parseFilter(SourceText("Name -approx 'bob'"), operators: [])
    #expect(!filterErrors.isEmpty)
  }

  @Test func aScriptBlockAfterAMethodNameIsItsOneArgument() throws {
    #expect(dump("$a.ForEach{ $_ }") == "(call. $a bare(ForEach) {$_})")
    #expect(dump("1..3 -join ','") == "(-join (.. 1 3) ',')")
  }

  @Test func parseExpressionReportsTrailingTokens() {
    let (_, errors) = Parser.parseExpression(SourceText("1 2"))
    #expect(errors.map(\.id) == ["UnexpectedToken"])
  }
}
