import Foundation
import Testing

@testable import ShellCmdlets
@testable import ShellCore

@Suite struct ObjectCmdletTests {
  /// Every example with `prints:` of the object cmdlets prints exactly that.
  @Test(arguments: ObjectCmdlets.all.map { $0.declaration.name })
  func examplesPrintWhatTheirHelpSays(_ name: String) throws {
    let type = try #require(ObjectCmdlets.all.first { $0.declaration.name == name })
    let examples = type.declaration.examples
    #expect(examples.contains { $0.prints != nil }, "\(name) has no example with prints:")
    for example in examples {
      let result = runShell(example.code)
      #expect(result.errors == "", "\(name): \(example.code)")
      if let prints = example.prints {
        #expect(result.output == prints, "\(name): \(example.code)")
      }
    }
  }

  @Test func everyParameterHasHelp() {
    for type in ObjectCmdlets.all {
      let declaration = type.declaration
      #expect(!declaration.synopsis.isEmpty && !declaration.description.isEmpty)
      for parameter in declaration.parameters {
        #expect(!parameter.help.isEmpty, "\(declaration.name) -\(parameter.name)")
      }
    }
  }

  @Test func aliasesNameRegisteredCmdlets() {
    let names = Set(ObjectCmdlets.all.map { $0.declaration.name })
    for (alias, target) in ObjectCmdlets.aliases {
      #expect(names.contains(target), "\(alias) -> \(target)")
    }
  }

  @Test func selectFirstStopsAnInfiniteUpstream() {
    let lines = outputLines(
      "$n = 0; $r = & { while ($true) { $script:n++; $n } } | select -First 2; $r -join ','; $n")
    #expect(lines == ["1,2", "2"])
  }

  @Test func selectFirstInsideNestedPipelineStopsOnlyItsOwn() {
    let lines = outputLines(
      "1..3 | % { (1..5 | select -First 1) * $_ }")
    #expect(lines == ["1", "2", "3"])
  }

  @Test func selectFirstAfterAFunctionEndsTheRestOfThePipeline() {
    let lines = outputLines(
      "function f { 1..5 }; f | select -First 2 | % { \"got $_\" }")
    #expect(lines == ["got 1", "got 2"])
  }

  @Test(arguments: [
    ("'a','B','c' | Sort-Object -Descending", ["c", "B", "a"]),
    (
      "$o = 1..3 | % { [pscustomobject]@{ v = $_ } }; ($o | Sort-Object v -Descending).v -join ','",
      ["3,2,1"]
    ),
    ("(1..5 | Sort-Object { -$_ }) -join ','", ["5,4,3,2,1"]),
    ("([datetime]'2024-02-01', [datetime]'2023-01-01' | Sort-Object)[0].Year", ["2023"]),
    ("('10', '9', '100' | Sort-Object) -join ','", ["10,100,9"]),
  ])
  func sortOrders(code: String, expected: [String]) {
    #expect(outputLines(code) == expected)
  }

  @Test func invalidCalculatedPropertyKeyIsAnError() {
    let result = runShell("[pscustomobject]@{a=1} | select @{ Foo = 'a' }; 'next'")
    #expect(result.errors.contains("The \"Foo\" key is not valid."))
    #expect(result.output == "next\n")
  }

  @Test func missingExpressionKeyIsAnError() {
    let result = runShell("1 | select @{ Name = 'x' }")
    #expect(result.errors.contains("The \"Expression\" key is missing."))
  }

  @Test func measurePropertyNotFoundIsReportedOnlyUnderStrictMode() {
    let lenient = runShell("$m = 1, 2 | Measure-Object -Property Nope -Sum; $m.Count")
    #expect(lenient.errors.isEmpty)
    #expect(lenient.output == "0\n")
    let strict = runShell("Set-StrictMode -Version 2.0; 1, 2 | Measure-Object -Property Nope -Sum")
    #expect(strict.errors.contains("The property \"Nope\" cannot be found in the input for any"))
  }

  @Test func getMemberWithoutInputIsAnError() {
    let result = runShell("Get-Member")
    #expect(result.errors.contains("You must specify an object for the Get-Member cmdlet."))
  }

  @Test func readOnlyVariableIsNotChangedWithoutForce() {
    let result = runShell(
      "Set-Variable k 1 -Option ReadOnly; Set-Variable k 2; Clear-Variable k; $k")
    #expect(result.output == "1\n")
    #expect(result.errors.contains("Cannot overwrite variable k because it is read-only"))
  }

  @Test func removeVariableRefusesReadOnly() {
    let result = runShell("Set-Variable k 1 -Option ReadOnly; Remove-Variable k; $k")
    #expect(result.output == "1\n")
    #expect(result.errors.contains("Cannot remove variable k because it is constant or read-only."))
  }

  @Test func variableScopeNumberBeyondGlobalIsAnError() {
    let result = runShell("Get-Variable -Scope 9")
    #expect(result.errors.contains("The scope number '9' exceeds the number of active scopes."))
  }

  @Test func psVariableValueIsLive() {
    #expect(outputLines("$v = 1; $pv = Get-Variable v; $v = 5; $pv.Value") == ["5"])
  }

  @Test func teeWritesTheConsoleTextToAFile() throws {
    let path = FileManager.default.temporaryDirectory
      .appendingPathComponent("adsh-tee-\(UUID().uuidString).txt").path
    defer { try? FileManager.default.removeItem(atPath: path) }
    let lines = outputLines(
      "'a', 'b' | Tee-Object -FilePath '\(path)' | % { $_.ToUpper() }; "
        + "3 | Tee-Object -FilePath '\(path)' -Append | Out-Null")
    #expect(lines == ["A", "B"])
    #expect(try String(contentsOfFile: path, encoding: .utf8) == "a\nb\n3\n")
  }

  @Test func getDateUnixTimeAndUFormat() {
    #expect(
      outputLines("Get-Date -UnixTimeSeconds 0 -AsUTC -UFormat '%Y-%m-%d %H:%M:%S %j'")
        == ["1970-01-01 00:00:00 001"])
  }

  @Test func getDateDisplayHintKeepsTheDate() {
    #expect(
      outputLines(
        "$d = Get-Date -Date '2024-05-06' -DisplayHint Date; \"$($d.Day) $($d -is [datetime])\"")
        == ["6 True"])
  }

  @Test func newObjectUnknownTypeChangesNothing() {
    let result = runShell("$x = 1; $x = New-Object No.Such.Type; $x")
    #expect(result.output == "1\n")
    #expect(result.errors.contains("Cannot find type [No.Such.Type]"))
  }

  @Test func groupObjectKeepsAppearanceOrderForMixedKeyTypes() {
    #expect(
      outputLines("('b', 1, 'a', 1 | group | % Name) -join ','") == ["b,1,a"])
  }

  @Test func getMemberListsHashtableMembers() {
    let lines = outputLines("(@{} | gm -MemberType Property).Name -join ','")
    #expect(lines == ["Count,IsFixedSize,IsReadOnly,IsSynchronized,Keys,SyncRoot,Values"])
  }
}
