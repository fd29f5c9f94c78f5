import Foundation
import IdentityCmdlets
import ShellCore
import ShellSyntax
import Testing

@testable import adsh

/// Tab completion, driven without a terminal.
@Suite struct CompletionEngineTests {
  let interpreter = Shell.makeInterpreter()

  private func complete(_ line: String, cursor: Int? = nil, in directory: String? = nil)
    -> Completion
  {
    var engine = CompletionEngine(interpreter: interpreter)
    engine.includesExternalCommands = false
    if let directory { engine.currentDirectory = { directory } }
    return engine.complete(line, cursor: cursor ?? line.utf8.count)
  }

  @Test func commandNameCompletesByPrefixWithDeclaredCasing() {
    #expect(complete("foreach-obj") == Completion(replaceFrom: 0, candidates: ["ForEach-Object"]))
  }

  @Test func identityCmdletNamesComplete() {
    IdentityCmdlets.register(in: interpreter, labPath: ":memory:")
    #expect(
      complete("Get-ADSyncSch").candidates == [
        "Get-ADSyncScheduler", "Get-ADSyncSchedulerConnectorOverride",
      ])
  }

  @Test func verbNounPrefixListsEveryMatchingCommand() {
    let completion = complete("Write-")
    #expect(completion.replaceFrom == 0)
    #expect(completion.candidates.contains("Write-Output"))
    #expect(completion.candidates.contains("Write-Host"))
    #expect(completion.candidates.allSatisfy { $0.hasPrefix("Write-") })
  }

  @Test func commandNameAcceptsAWildcard() {
    #expect(complete("*-Obj").candidates.contains("ForEach-Object"))
  }

  @Test func functionsAndAliasesAreCommandNames() {
    _ = interpreter.run(SourceText("function Get-Widget { param($Size, [switch]$Shiny) }"))
    #expect(complete("get-wid").candidates == ["Get-Widget"])
    #expect(complete("forea").candidates == ["foreach", "ForEach-Object"])
  }

  @Test func commandNameInsideAnUnclosedBlockCompletes() {
    let completion = complete("1..3 | % { ForEach-Ob")
    #expect(completion == Completion(replaceFrom: 11, candidates: ["ForEach-Object"]))
  }

  @Test func parameterNameCompletesFromTheDeclaration() {
    #expect(
      complete("Where-Object -Filt") == Completion(replaceFrom: 13, candidates: ["-FilterScript"]))
  }

  @Test func parameterNamesIncludeCommonParameters() {
    #expect(complete("Write-Output -ErrorA").candidates == ["-ErrorAction"])
  }

  @Test func aLoneDashListsEveryParameter() {
    let completion = complete("Where-Object -")
    #expect(completion.replaceFrom == 13)
    #expect(completion.candidates.contains("-FilterScript"))
    #expect(completion.candidates.contains("-Verbose"))
  }

  @Test func parameterNamesFollowAliases() {
    #expect(complete("? -Filt").candidates == ["-FilterScript"])
  }

  @Test func functionParametersComplete() {
    _ = interpreter.run(SourceText("function Get-Widget { param($Size, [switch]$Shiny) }"))
    #expect(complete("Get-Widget -S").candidates == ["-Size", "-Shiny"])
  }

  @Test func parameterAlreadyGivenIsNotOfferedAgain() {
    _ = interpreter.run(SourceText("function Get-Widget { param($Size, [switch]$Shiny) }"))
    #expect(complete("Get-Widget -Size 3 -S").candidates == ["-Shiny"])
  }

  @Test func enumLikeValueCompletesFromValidValues() {
    #expect(
      complete("Write-Output x -ErrorAction S")
        == Completion(replaceFrom: 28, candidates: ["SilentlyContinue", "Stop", "Suspend"]))
    #expect(complete("Write-Output x -ErrorAction sil").candidates == ["SilentlyContinue"])
  }

  @Test func enumLikeValuesAreListedAfterTheParameter() {
    let completion = complete("Write-Output x -ea ")
    #expect(completion.replaceFrom == 19)
    #expect(completion.candidates.first == "Continue")
  }

  @Test func validateSetOfAFunctionCompletes() {
    _ = interpreter.run(
      SourceText("function Set-Policy { param([ValidateSet('Delta','Initial')]$PolicyType) }"))
    #expect(complete("Set-Policy -PolicyType d").candidates == ["Delta"])
    #expect(complete("Set-Policy -Pol").candidates == ["-PolicyType"])
  }

  @Test func variableNameCompletes() {
    _ = interpreter.run(SourceText("$myWidget = 1"))
    #expect(complete("$mywid") == Completion(replaceFrom: 0, candidates: ["$myWidget"]))
    #expect(complete("Write-Output $mywid").candidates == ["$myWidget"])
  }

  @Test func aLoneDollarListsVariables() {
    let completion = complete("$")
    #expect(completion.replaceFrom == 0)
    #expect(completion.candidates.contains("$true"))
  }

  @Test func environmentVariablesComplete() {
    #expect(complete("$env:HOM").candidates.contains("$env:HOME"))
  }

  @Test func memberNamesOfAnObjectComplete() {
    _ = interpreter.run(SourceText("$user = [pscustomobject]@{ Name = 'x'; Nickname = 'y' }"))
    #expect(complete("$user.n") == Completion(replaceFrom: 6, candidates: ["Name", "Nickname"]))
    #expect(complete("$user.").candidates == ["Name", "Nickname"])
  }

  @Test func memberNamesOfAHashtableComplete() {
    _ = interpreter.run(SourceText("$config = @{ Server = 'dc1' }"))
    #expect(complete("$config.Se").candidates == ["Server"])
  }

  @Test func filePathsComplete() throws {
    let directory = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(atPath: directory) }
    try FileManager.default.createDirectory(
      atPath: directory + "/Scripts", withIntermediateDirectories: true)
    _ = FileManager.default.createFile(atPath: directory + "/setup.ps1", contents: Data())
    _ = FileManager.default.createFile(atPath: directory + "/my notes.txt", contents: Data())
    #expect(
      complete("Get-Content s", in: directory).candidates == ["Scripts/", "setup.ps1"])
    #expect(complete("Get-Content ./Scr", in: directory).candidates == ["./Scripts/"])
    #expect(complete("Get-Content my", in: directory).candidates == ["'my notes.txt'"])
    #expect(complete("Get-Content \(directory)/se").candidates == ["\(directory)/setup.ps1"])
    #expect(complete("./se", in: directory).candidates == ["./setup.ps1"])
  }

  @Test func nothingToCompleteGivesNoCandidates() {
    #expect(complete("Get-NoSuchThing -X").candidates.isEmpty)
    #expect(complete("").candidates.isEmpty)
  }

  @Test func cursorInTheMiddleCompletesTheWordBeforeIt() {
    let line = "ForEach-Obj | Out-Null"
    #expect(complete(line, cursor: 11).candidates == ["ForEach-Object"])
  }

  private func temporaryDirectory() throws -> String {
    let path = NSTemporaryDirectory() + "adsh-completion-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
  }
}
