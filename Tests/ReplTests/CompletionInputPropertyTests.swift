import Foundation
import IdentityCmdlets
import ShellCore
import ShellSyntax
import Testing

@testable import adsh

/// Completion of the properties of the objects a pipeline carries, from the output types the
/// commands declare.
@Suite struct CompletionInputPropertyTests {
  let interpreter: Interpreter = {
    let interpreter = Shell.makeInterpreter()
    IdentityCmdlets.register(in: interpreter, labPath: ":memory:")
    return interpreter
  }()

  private func complete(_ line: String) -> Completion {
    var engine = CompletionEngine(interpreter: interpreter)
    engine.includesExternalCommands = false
    return engine.complete(line, cursor: line.utf8.count)
  }

  @Test func selectObjectOffersTheUserProperties() {
    #expect(
      complete("Get-ADUser x | Select-Object Sam")
        == Completion(replaceFrom: 29, candidates: ["SamAccountName"]))
  }

  @Test func extendedPropertiesAreOfferedToo() {
    #expect(complete("Get-ADUser x | Sort-Object Departm").candidates == ["Department"])
    #expect(
      complete("Get-ADUser x | Select-Object -Property LastLogon").candidates.contains(
        "LastLogonDate"))
  }

  @Test func theLastNameOfAListCompletes() {
    #expect(
      complete("Get-ADGroup x | Format-Table Name, GroupSc")
        == Completion(replaceFrom: 35, candidates: ["GroupScope"]))
  }

  @Test func everyPropertyIsOfferedAfterABlank() {
    let candidates = complete("Get-ADComputer x | Group-Object ").candidates
    #expect(candidates.contains("DNSHostName"))
    #expect(candidates.contains("SamAccountName"))
  }

  @Test func commandsThatPassInputThroughAreLookedThrough() {
    #expect(
      complete("Get-MgUser | Where-Object Id -ne 1 | Select-Object -ExpandProperty UserPr")
        .candidates == ["UserPrincipalName"])
  }

  @Test func aNamedArgumentDoesNotUseThePosition() {
    let candidates = complete("Get-ADUser x | Select-Object -First 3 Giv").candidates
    #expect(candidates == ["GivenName"])
    #expect(complete("Get-ADUser x | Select-Object Name Giv").candidates.isEmpty)
    #expect(
      complete("Get-ADUser x | Sort-Object -Property Name -Descending Giv").candidates.isEmpty)
  }

  @Test func pipelineVariableMembersComplete() {
    #expect(
      complete("Get-ADGroup x | Where-Object { $_.GroupCa")
        == Completion(replaceFrom: 34, candidates: ["GroupCategory"]))
    #expect(complete("Get-ADGroup x | ForEach-Object { $PSItem.").candidates.contains("SID"))
  }

  @Test func aFunctionsOutputTypeLeadsToTheCmdletsType() {
    _ = interpreter.run(
      SourceText(
        "function Get-Staff { [OutputType('Microsoft.ActiveDirectory.Management.ADUser')] "
          + "param() }"))
    #expect(complete("Get-Staff | Select-Object Surn").candidates == ["Surname"])
    _ = interpreter.run(
      SourceText(
        "function Get-Teams { [CmdletBinding()]"
          + "[OutputType([Microsoft.ActiveDirectory.Management.ADGroup])] param() }"))
    #expect(complete("Get-Teams | Sort-Object GroupSc").candidates == ["GroupScope"])
  }

  @Test func aVariableAtTheHeadOffersItsValuesProperties() {
    _ = interpreter.run(SourceText("$row = [pscustomobject]@{ Colour = 1; Size = 2 }"))
    #expect(complete("$row | Sort-Object Co").candidates == ["Colour"])
  }

  @Test func anUndeclaredSourceOffersNoProperties() {
    _ = interpreter.run(SourceText("function Get-Nothing { }"))
    #expect(complete("Get-Nothing | Select-Object Sam").candidates.isEmpty)
  }

  @Test func coreCmdletsOfferThePropertiesOfTheirObjects() {
    #expect(
      complete("Get-Date | Select-Object Day").candidates == ["Day", "DayOfWeek", "DayOfYear"])
    #expect(
      complete("Get-Location | Format-List Provider").candidates == ["Provider", "ProviderPath"])
    #expect(complete("1..3 | Group-Object { $_ } | Sort-Object Cou").candidates == ["Count"])
    #expect(complete("gv | Select-Object Opt").candidates == ["Options"])
    #expect(complete("1 | Get-Member | Where-Object MemberT").candidates == ["MemberType"])
  }

  @Test func aModulesOwnPropertyParameterIsNotAboutItsInput() {
    _ = interpreter.run(SourceText("$row = [pscustomobject]@{ Colour = 1 }"))
    #expect(complete("$row | Get-MgUser -Property Col").candidates.isEmpty)
  }
}
