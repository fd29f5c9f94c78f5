import Testing

@testable import ShellCore

@Suite struct InterpreterTests {
  @Test(arguments: [
    ("1..3 | ForEach-Object { $_ * 2 }", ["2", "4", "6"]),
    ("$x = 0; foreach ($i in 1..4) { $x += $i }; $x", ["10"]),
    ("function f($a, $b) { $a + $b }; f 1 2", ["3"]),
    ("function g { 'one'; return 'two'; 'three' }; g", ["one", "two"]),
    ("$a = @(); $a.Count", ["0"]),
    ("$h = @{ Name = 'x' }; $h.name", ["x"]),
    ("$o = [pscustomobject]@{ a = 1; b = 2 }; \"$($o.b)\"", ["2"]),
    ("'a','b','c' | Where-Object { $_ -ne 'b' }", ["a", "c"]),
    ("1..10 | ? { $_ -gt 8 }", ["9", "10"]),
    ("$nothing = $null; $nothing.Count; (1..3 | ? { $_ -gt 5 }).Count", ["0", "0"]),
    ("Set-Alias -Name MyEcho -Value Write-Output; (Get-Alias -Name myecho).Name", ["MyEcho"]),
    ("$i = 0; while ($true) { $i++; if ($i -ge 3) { break } }; $i", ["3"]),
  ])
  func evaluatesSnippet(code: String, expected: [String]) {
    #expect(outputLines(code) == expected)
  }

  @Test func objectsStreamOneAtATime() {
    let lines = outputLines(
      "1..2 | % { Write-Host \"gen $_\"; $_ } | % { Write-Host \"got $_\" }")
    #expect(lines == ["gen 1", "got 1", "gen 2", "got 2"])
  }

  @Test func scriptBlockSeesCallerVariablesDynamically() {
    #expect(outputLines("$v = 5; $sb = { $v * 2 }; & $sb") == ["10"])
  }

  @Test func childScopeDoesNotChangeParent() {
    #expect(outputLines("$v = 1; & { $v = 2 }; $v") == ["1"])
  }

  @Test func dotSourcingChangesCurrentScope() {
    #expect(outputLines("$v = 1; . { $v = 2 }; $v") == ["2"])
  }

  @Test func tryCatchCatchesThrow() {
    #expect(
      outputLines("try { throw 'bad' } catch { $_.Exception.Message } finally { 'f' }")
        == ["bad", "f"])
  }

  @Test func statementTerminatingErrorContinuesScript() {
    let result = runShell("'a'; [int]'x'; 'b'")
    #expect(result.output == "a\nb\n")
    #expect(result.errors.contains("Cannot convert value \"x\" to type \"System.Int32\""))
  }

  @Test func errorActionStopMakesWriteErrorCatchable() {
    #expect(
      outputLines("try { Write-Error 'no' -ErrorAction Stop } catch { 'caught ' + $_ }")
        == ["caught no"])
  }

  @Test func dollarQuestionReflectsErrors() {
    let lines = outputLines("Write-Error 'x' 2>$null; $?; 'ok' | Out-Null; $?")
    #expect(lines == ["False", "True"])
  }

  @Test func unknownParameterIsReported() {
    let result = runShell("Get-Date -Bogus 1")
    #expect(
      result.errors
        == "Get-Date: A parameter cannot be found that matches parameter name 'Bogus'.\n")
  }

  /// A command with a ValueFromRemainingArguments parameter takes an unknown `-Name` as a
  /// value, in its place among the others (pwsh's HandleRemainingArguments).
  @Test func remainingArgumentsTakeUnknownNames() {
    #expect(outputLines("Write-Output a -Bogus b") == ["a", "-Bogus", "b"])
    let function = """
      function f { param([Parameter(Position = 1)] $a,
        [Parameter(ValueFromRemainingArguments = $true)] $rest) $rest -join ',' }
      """
    #expect(outputLines(function + "; f a b -a c -q d") == ["a,b,-q,d"])
  }

  @Test func advancedFunctionBindsPipelineByValue() {
    let code = """
      function Double { param([Parameter(ValueFromPipeline)][int]$N) process { $N * 2 } }
      1..3 | Double
      """
    #expect(outputLines(code) == ["2", "4", "6"])
  }

  @Test func missingMandatoryParameterIsAnError() {
    let code = "function F { param([Parameter(Mandatory)]$Name) $Name }; F"
    #expect(
      runShell(code).errors.contains(
        "Cannot process command because of one or more missing mandatory parameters: Name."))
  }

  @Test func exitStopsTheRun() {
    let host = CapturingHost()
    let interpreter = makeInterpreter(host: host)
    let outcome = interpreter.run(.init("'a'; exit 3; 'b'"))
    #expect(outcome == .exited(3))
    #expect(host.output == "a\n")
  }
}
