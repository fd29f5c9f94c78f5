import Foundation
import Testing

@testable import ShellCore

/// Add-Member, Compare-Object, Select-String, Join-String, Get-Unique and Invoke-Expression.
@Suite struct ObjectCmdletAdditionTests {
  /// Each entry of -NotePropertyMembers is added on its own, as pwsh adds them: the existing
  /// one is reported, the new one is added.
  @Test func addMemberWithoutForceKeepsAnExistingMember() {
    let result = runShell(
      "$o = [pscustomobject]@{ a = 1 }; $o | Add-Member a 2; $o.a; "
        + "$o | Add-Member -NotePropertyMembers @{ b = 1; a = 3 }; $o.a, $o.b -join ','")
    #expect(result.output == "1\n1,1\n")
    #expect(result.errors.contains("MemberAlreadyExists") || result.errors.contains("Force"))
  }

  @Test func addMemberSeesTheSameObjectThroughEveryVariable() {
    let lines = outputLines(
      "$a = [pscustomobject]@{}; $b = $a; $a | Add-Member -NotePropertyName n -NotePropertyValue 5; $b.n"
    )
    #expect(lines == ["5"])
  }

  @Test func scriptPropertyReadsTheCurrentValue() {
    let lines = outputLines(
      "$o = [pscustomobject]@{ v = 1 }; $o | Add-Member ScriptProperty w { $this.v + 1 }; "
        + "$o.w; $o.v = 10; $o.w")
    #expect(lines == ["2", "11"])
  }

  @Test(arguments: [
    ("Compare-Object 1, 2 1, 2", [String]()),
    ("(Compare-Object 1, 2 2, 1 -IncludeEqual).SideIndicator -join ','", ["==,=="]),
    ("(Compare-Object @() 1, 2).SideIndicator -join ','", ["=>,=>"]),
    ("(Compare-Object 1, 2 @()).SideIndicator -join ','", ["<=,<="]),
    ("(Compare-Object 'a' 'A' -IncludeEqual).SideIndicator", ["=="]),
  ])
  func compareObjectIndicators(_ code: String, _ expected: [String]) {
    #expect(outputLines(code) == expected)
  }

  @Test func selectStringFromAPipeCountsLinesPerObject() {
    let lines = outputLines(
      "('x', 'y', 'x' | Select-String x).LineNumber -join ','")
    #expect(lines == ["1,3"])
  }

  @Test func selectStringMatchInfoConvertsToItsLine() {
    #expect(outputLines("$m = 'abc' | Select-String b; \"[$m]\"") == ["[abc]"])
  }

  @Test func selectStringEmphasisFollowsOutputRendering() {
    let code =
      "$PSStyle.OutputRendering = '%@'; ('xaby' | Select-String 'a|y' -AllMatches | Out-String).Trim()"
    let ansi = outputLines(code.replacingOccurrences(of: "%@", with: "Ansi"))
    #expect(ansi == ["x\u{1B}[7ma\u{1B}[0mb\u{1B}[7my\u{1B}[0m"])
    #expect(outputLines(code.replacingOccurrences(of: "%@", with: "PlainText")) == ["xaby"])
    let noEmphasis = outputLines(
      "$PSStyle.OutputRendering = 'Ansi'; ('xaby' | Select-String a -NoEmphasis | Out-String).Trim()"
    )
    #expect(noEmphasis == ["xaby"])
  }

  @Test func joinStringWithoutInputWritesPrefixAndSuffix() {
    #expect(outputLines("@() | Join-String -OutputPrefix 'a' -OutputSuffix 'b'") == ["ab"])
  }

  @Test func getUniqueComparesOnlyNeighbours() {
    #expect(outputLines("(3, 1, 3, 3 | Get-Unique) -join ','") == ["3,1,3"])
  }

  @Test func invokeExpressionParseErrorRunsNothing() {
    let result = runShell("$x = 1; iex '$x = 2; 1 +'; $x")
    #expect(result.output == "1\n")
    #expect(result.errors.contains("You must provide a value expression"))
  }
}
