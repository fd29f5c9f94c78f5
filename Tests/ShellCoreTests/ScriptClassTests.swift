import Testing

@testable import ShellCore

/// Script classes and enums at run time, and the `clean` block.
struct ScriptClassTests {
  @Test func classIsUsableBeforeItsDefinition() {
    #expect(outputLines("[A]::new().V\nclass A { [int]$V = 7 }") == ["7"])
  }

  @Test func overloadsAreChosenByArgumentCount() {
    let code = """
      class M {
        [string] F() { return 'none' }
        [string] F([int]$a) { return "one $a" }
        [string] F([int]$a, [int]$b) { return "two $($a + $b)" }
      }
      $m = [M]::new(); $m.F(); $m.F(1); $m.F(1, 2)
      """
    #expect(outputLines(code) == ["none", "one 1", "two 3"])
  }

  @Test func methodOutputIsOnlyItsReturnValue() {
    let code = "class M { [int] F() { 'noise'; return 5 } }\n[M]::new().F()"
    #expect(outputLines(code) == ["5"])
  }

  @Test func returnValueIsConvertedToTheReturnType() {
    let code = "class M { [string] F() { return 5 } }\n[M]::new().F().GetType().Name"
    #expect(outputLines(code) == ["String"])
  }

  @Test func wrongArgumentCountFails() {
    let result = runShell("class M { [int] F() { return 1 } }\n[M]::new().F(1, 2)")
    #expect(
      result.errors.contains("Cannot find an overload for \"F\" and the argument count: \"2\"."))
  }

  @Test func hashtableCastUsesAHashtableConstructor() {
    let code = """
      class S {
        [int]$a
        S([int]$x) { $this.a = $x }
        S([hashtable]$h) { $this.a = 100 }
      }
      ([S]@{ a = 10 }).a
      ([S]5).a
      """
    #expect(outputLines(code) == ["100", "5"])
  }

  @Test func unknownPropertyInHashtableCastFails() {
    let result = runShell("class P { [string]$Name }\n[P]@{ Nope = 1 }")
    #expect(
      result.errors.contains(
        "Cannot create object of type \"P\". The property 'Nope' was not found for the 'P' object."
      ))
  }

  @Test func unknownBaseTypeStopsTheScript() {
    let result = runShell("'before'\nclass A : NoSuchBase { }")
    #expect(result.output == "")
    #expect(result.errors.contains("Unable to find type [NoSuchBase]."))
  }

  @Test func baseWithoutDefaultConstructorIsReported() {
    let result = runShell("class A { A([int]$x) { } }\nclass B : A { }")
    #expect(result.errors.contains("Base class 'A' does not contain a parameterless constructor."))
  }

  @Test func staticPropertiesAreShared() {
    let code = "class C { static [int]$N = 1 }\n[C]::N = '4'\n[C]::N + 1"
    #expect(outputLines(code) == ["5"])
  }

  @Test func enumAsParameterTypeConverts() {
    let code = "enum Size { Small; Large }\nfunction f([Size]$s) { $s }\nf large\n(f 1).value__"
    #expect(outputLines(code) == ["Large", "1"])
  }

  @Test func enumPrefixMustBeUnique() {
    let result = runShell("enum E { Alpha; Alpine }\n[E]'Al'")
    #expect(result.errors.contains("cannot be processed because it is either too similar"))
    #expect(outputLines("enum E { Alpha; Beta }\n[E]'Be'") == ["Beta"])
  }

  @Test func cleanRunsOnceAfterTheOtherBlocks() {
    let code = """
      function f { begin { 'b' } process { "p$_" } end { 'e' } clean { Write-Host 'c'; 'x' } }
      1, 2 | f
      """
    #expect(outputLines(code) == ["b", "p1", "p2", "e", "c"])
  }

  @Test func cleanIsSkippedWhenNoOtherBlockRan() {
    let code = "function f { process { $_ } clean { Write-Host 'c' } }\n@() | f\n'done'"
    #expect(outputLines(code) == ["done"])
  }

  @Test func errorInCleanIsReportedAndTheScriptGoesOn() {
    let result = runShell("& { end { } clean { throw 'bad' } }\n'after'")
    #expect(result.output == "after\n")
    #expect(result.errors.contains("bad"))
  }
}
