import Testing

@testable import ShellSyntax

/// Keyword statements: conditionals, loops, switch, functions, try/trap, flow control.
struct StatementParsingTests {
  @Test(arguments: [
    (
      "if ($x -gt 1) { 'big' } elseif ($x) { 'small' } else { 'none' }",
      "if((-gt $x 1)){'big'} if($x){'small'} else{'none'}"
    ),
    ("IF ($a) { 1 }\nelse { 2 }", "if($a){1} else{2}"),
    ("if ($a) { 1 }\n$b", "if($a){1}; $b"),
    ("if ($x = Get-It) { $x }", "if((= $x cmd(bare(Get-It)))){$x}"),
    ("foreach ($i in 1..5) { $i }", "foreach($i in (.. 1 5)){$i}"),
    ("ForEach ($u in Get-User) { $u }", "foreach($u in cmd(bare(Get-User))){$u}"),
    ("for ($i = 0; $i -lt 5; $i++) { $i }", "for((= $i 0); (-lt $i 5); (post++ $i)){$i}"),
    ("for (;;) { break }", "for(; ; ){break}"),
    ("while ($true) { continue }", "while($true){continue}"),
    ("do { $i++ } while ($i -lt 5)", "do{(post++ $i)}while((-lt $i 5))"),
    ("do { $i++ } until ($i -ge 5)", "do{(post++ $i)}until((-ge $i 5))"),
    (":outer foreach ($a in $b) { break outer }", ":outer foreach($a in $b){break bare(outer)}"),
    (":loop while (1) { continue loop }", ":loop while(1){continue bare(loop)}"),
    ("return", "return"),
    ("return 5", "return 5"),
    ("return $x | Sort-Object", "return $x | cmd(bare(Sort-Object))"),
    ("exit 1", "exit 1"),
    ("throw \"boom\"", "throw \"boom\""),
    ("throw", "throw"),
  ])
  func controlFlow(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    (
      "switch ($x) { 1 { 'one' } 'two' { 2 } default { 'other' } }",
      "switch ($x){1{'one'} 'two'{2} default{'other'}}"
    ),
    (
      "switch -Regex -CaseSensitive ($x) { 'a.*' { 1 } }",
      "switch -regex -casesensitive ($x){'a.*'{1}}"
    ),
    (
      "switch -Wildcard ($x) {\n  a* { 1 }\n  { $_ -gt 5 } { 2 }\n  $y { 3 }\n}",
      "switch -wildcard ($x){bare(a*){1} {(-gt $_ 5)}{2} $y{3}}"
    ),
    ("switch -File $path { x { 1 } }", "switch -file ($path){bare(x){1}}"),
    ("switch (1, 2) { (1 + 0) { 'one' } }", "switch ((, 1 2)){(paren (+ 1 0)){'one'}}"),
  ])
  func switchStatements(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    ("function F($a, [int]$b = 2) { $a + $b }", "function F($a, [int]$b=2){(+ $a $b)}"),
    ("function Get-Thing { 'x' }", "function Get-Thing{'x'}"),
    ("function global:Foo { }", "function global:Foo{}"),
    ("filter Double { $_ * 2 }", "filter Double{(* $_ 2)}"),
    ("function F\n{\n 1\n}", "function F{1}"),
    (
      """
      function Get-Thing {
          [CmdletBinding()]
          param(
              [Parameter(Mandatory, Position=0, ValueFromPipeline)] [string]$Name,
              [Parameter(Mandatory=$true)][ValidateSet('a','b')][string[]]$Kind,
              [int]$Count = 1,
              [switch]$Force
          )
          begin { }
          process { $Name }
          end { }
      }
      """,
      "function Get-Thing{[CmdletBinding()] param("
        + "[Parameter(Mandatory,Position=0,ValueFromPipeline)][string]$Name, "
        + "[Parameter(Mandatory=$true)][ValidateSet('a','b')][string[]]$Kind, "
        + "[int]$Count=1, [switch]$Force) begin{} process{$Name} end{}}"
    ),
  ])
  func functions(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    ("param($a)\n$a", "param($a) $a"),
    ("# header\n[CmdletBinding()]\n<# block #>\nparam()\n$a", "[CmdletBinding()] param() $a"),
    ("[int]$x = 5", "(= [int]$x 5)"),
    (
      "[CmdletBinding()]\nparam($a)\nbegin { 1 }\nprocess { $_ }\nend { 2 }",
      "[CmdletBinding()] param($a) begin{1} process{$_} end{2}"
    ),
  ])
  func scriptParamBlocks(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test(arguments: [
    (
      "try { 1 } catch [System.IO.IOException], [Exception] { 2 } finally { 3 }",
      "try{1} catch[System.IO.IOException],[Exception]{2} finally{3}"
    ),
    ("try { 1 }\ncatch { $_ }", "try{1} catch{$_}"),
    ("try { 1 } finally { 2 }", "try{1} finally{2}"),
    ("trap [Exception] { continue }", "trap[Exception]{continue}"),
    ("trap { break }", "trap{break}"),
  ])
  func errorHandling(input: String, expected: String) {
    #expect(dump(input) == expected)
  }

  @Test func filterBodyIsUnnamedEndBlock() throws {
    let result = Parser.parse(SourceText("filter Double { $_ * 2 }"))
    let statement = try #require(result.script.endBlock?.statements.first)
    guard case .functionDefinition(let function) = statement.kind else {
      Issue.record("expected a function definition")
      return
    }
    #expect(function.isFilter)
    #expect(function.body.isUnnamedBody)
    #expect(function.body.bodyText == " $_ * 2 ")
    #expect(function.range.text == "filter Double { $_ * 2 }")
  }

  @Test func scriptBlockRangeCoversBraces() throws {
    let result = Parser.parse(SourceText("$sb = { param($x) $x * 2 }"))
    let statement = try #require(result.script.endBlock?.statements.first)
    guard case .assignment(_, _, let value) = statement.kind,
      case .pipeline(let pipeline) = value.kind,
      case .expression(let expression, _) = pipeline.elements[0],
      case .scriptBlock(let block) = expression.kind
    else {
      Issue.record("expected a script block assignment")
      return
    }
    #expect(block.range.text == "{ param($x) $x * 2 }")
    #expect(block.paramBlock?.range.text == "param($x)")
    #expect(block.paramBlock?.parameters.first?.name.name == "x")
  }
}
