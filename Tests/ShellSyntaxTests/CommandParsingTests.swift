import Testing

@testable import ShellSyntax

/// Command mode versus expression mode, arguments, parameters, redirections and pipelines.
struct CommandParsingTests {
  @Test(arguments: [
    ("Get-Thing -Name foo pos1", "cmd(bare(Get-Thing) -Name bare(foo) bare(pos1))"),
    ("Get-Thing -Name:foo", "cmd(bare(Get-Thing) -Name:bare(foo))"),
    ("Set-Thing -Force:$false", "cmd(bare(Set-Thing) -Force:$false)"),
    ("Cmd a,b", "cmd(bare(Cmd) (, bare(a) bare(b)))"),
    ("Cmd a, b,\n c", "cmd(bare(Cmd) (, bare(a) bare(b) bare(c)))"),
    ("Cmd -- -x", "cmd(bare(Cmd) -- bare(-x))"),
    ("Cmd 10 0x10 1kb 1e3 -5 12abc", "cmd(bare(Cmd) 10 16 1024 dbl(1000.0) -5 bare(12abc))"),
    ("Cmd a$HOME", "cmd(bare(Cmd) expbare(a{$HOME}))"),
    ("Cmd $a+2", "cmd(bare(Cmd) expbare({$a}+2))"),
    ("Cmd $x.Length-more", "cmd(bare(Cmd) (. $x bare(Length)) -more)"),
    ("Cmd $x[0] $y.M()", "cmd(bare(Cmd) ([] $x 0) (call. $y bare(M)))"),
    (
      "Cmd (1 + 2) $(3) @(4) @{a=1} { 5 }",
      "cmd(bare(Cmd) (paren (+ 1 2)) $(3) @(4) @{bare(a)=1} {5})"
    ),
    ("Cmd 'single' \"double $x\"", "cmd(bare(Cmd) 'single' exp\"double {$x}\")"),
    ("Cmd @params -Verbose", "cmd(bare(Cmd) @params -Verbose)"),
    ("Write-Output a#b # comment", "cmd(bare(Write-Output) bare(a#b))"),
    ("Get-X `\n  -Name a", "cmd(bare(Get-X) -Name bare(a))"),
    ("Get-ChildItem \u{2013}Recurse", "cmd(bare(Get-ChildItem) -Recurse)"),
    ("Get-Item C:\\foo\\bar.txt", "cmd(bare(Get-Item) bare(C:\\foo\\bar.txt))"),
    ("ls *.txt", "cmd(bare(ls) bare(*.txt))"),
    ("Where-Object Name -eq 'x'", "cmd(bare(Where-Object) bare(Name) -eq 'x')"),
    ("a -and b", "cmd(bare(a) -and bare(b))"),
    ("Cmd a`tb", "cmd(bare(Cmd) bare(a\tb))"),
  ])
  func commandArguments(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    ("& $sb 1 2", "cmd(& $sb 1 2)"),
    ("& { $x }", "cmd(& {$x})"),
    ("& 'C:\\my tool.exe' -v", "cmd(& 'C:\\my tool.exe' -v)"),
    (". ./file.ps1", "cmd(. bare(./file.ps1))"),
    (". { $x = 1 }", "cmd(. {(= $x 1)})"),
    ("./script.ps1 -Name a", "cmd(bare(./script.ps1) -Name bare(a))"),
    (".\\script.ps1", "cmd(bare(.\\script.ps1))"),
  ])
  func invocationOperators(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    ("1..5 | % { $_ }", "(.. 1 5) | cmd(bare(%) {$_})"),
    ("1..10 | foreach { $_ * 2 }", "(.. 1 10) | cmd(bare(foreach) {(* $_ 2)})"),
    ("Get-X |\n  Select-Object Name", "cmd(bare(Get-X)) | cmd(bare(Select-Object) bare(Name))"),
    ("{ 1 } | Invoke-It", "{1} | cmd(bare(Invoke-It))"),
    ("$list.Add($item) | Out-Null", "(call. $list bare(Add) $item) | cmd(bare(Out-Null))"),
    ("a && b || c", "(|| (&& cmd(bare(a)) cmd(bare(b))) cmd(bare(c)))"),
    ("a &&\n b", "(&& cmd(bare(a)) cmd(bare(b)))"),
    ("a; b\nc", "cmd(bare(a)); cmd(bare(b)); cmd(bare(c))"),
  ])
  func pipelines(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    ("Cmd > out.txt", "cmd(bare(Cmd) 1>bare(out.txt))"),
    ("Cmd >> out.txt", "cmd(bare(Cmd) 1>>bare(out.txt))"),
    ("Cmd 2> err.txt", "cmd(bare(Cmd) 2>bare(err.txt))"),
    ("Cmd 2>> err.txt", "cmd(bare(Cmd) 2>>bare(err.txt))"),
    ("Cmd 2>&1", "cmd(bare(Cmd) 2>&1)"),
    ("Cmd *> $null", "cmd(bare(Cmd) *>$null)"),
    ("Cmd *>&1", "cmd(bare(Cmd) *>&1)"),
    ("Cmd 3> w.txt", "cmd(bare(Cmd) 3>bare(w.txt))"),
    ("Cmd 4>&1", "cmd(bare(Cmd) 4>&1)"),
    ("Cmd 5>> d.txt", "cmd(bare(Cmd) 5>>bare(d.txt))"),
    ("Cmd 6>$null", "cmd(bare(Cmd) 6>$null)"),
    ("$x > file.txt", "$x 1>bare(file.txt)"),
    ("$x 2>$null", "$x 2>$null"),
  ])
  func redirections(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    ("42", "42"),
    ("'text'", "'text'"),
    ("$x", "$x"),
    ("(1)", "(paren 1)"),
    ("@(1)", "@(1)"),
    ("[int]'1'", "[int]'1'"),
    ("{ }", "{}"),
    ("-1", "-1"),
    ("!$x", "(not $x)"),
    ("5-3", "(- 5 3)"),
    (".5", "dbl(0.5)"),
    ("7z a x.zip", "cmd(bare(7z) bare(a) bare(x.zip))"),
    ("Get-Date", "cmd(bare(Get-Date))"),
  ])
  func statementStartPicksMode(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    ("cmd --% a \"b c\" $x", "cmd(bare(cmd) --%[a \"b c\" $x])"),
    ("cmd x --% a ; b `c", "cmd(bare(cmd) bare(x) --%[a ; b `c])"),
    ("cmd --% a | Out-Null", "cmd(bare(cmd) --%[a]) | cmd(bare(Out-Null))"),
    ("cmd --% \"a | b\" | Out-Null", "cmd(bare(cmd) --%[\"a | b\"]) | cmd(bare(Out-Null))"),
    ("cmd --% a\nb", "cmd(bare(cmd) --%[a]); cmd(bare(b))"),
    ("cmd --%", "cmd(bare(cmd) --%[])"),
    ("cmd --%x", "cmd(bare(cmd) bare(--%x))"),
  ])
  func stopParsingTakesTheRestOfTheLine(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test func commandNameAndElementRanges() throws {
    let source = SourceText("Get-Thing -Name foo | Out-Null")
    let result = Parser.parse(source)
    let statement = try #require(result.script.endBlock?.statements.first)
    guard case .pipeline(let pipeline) = statement.kind,
      case .command(let first) = pipeline.elements[0]
    else {
      Issue.record("expected a pipeline of commands")
      return
    }
    #expect(statement.range.text == "Get-Thing -Name foo | Out-Null")
    #expect(first.range.text == "Get-Thing -Name foo")
    #expect(first.name.range.text == "Get-Thing")
    #expect(first.elements.map(\.range.text) == ["-Name", "foo"])
    #expect(pipeline.elements[1].range.text == "Out-Null")
  }
}
