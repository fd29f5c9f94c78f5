import Testing

@testable import ShellCmdlets
@testable import ShellCore

/// Import-Module, Get-Module and Remove-Module keep the imported list per interpreter.
@Test func importedModulesAreListedSortedByName() {
  let lines = outputLines(
    "Import-Module Microsoft.PowerShell.Utility, Microsoft.PowerShell.Management; "
      + "(Get-Module).Name")
  #expect(lines == ["Microsoft.PowerShell.Management", "Microsoft.PowerShell.Utility"])
}

@Test func importingTwiceListsTheModuleOnce() {
  #expect(
    outputLines(
      "ipmo Microsoft.PowerShell.Utility; ipmo Microsoft.PowerShell.Utility -Force; "
        + "@(gmo).Count") == ["1"])
}

@Test func aPathToAManifestImportsItsModule() {
  let lines = outputLines(
    "Import-Module 'C:\\Program Files\\PowerShell\\7\\Modules\\Microsoft.PowerShell.Host"
      + "\\Microsoft.PowerShell.Host.psd1' -PassThru | ForEach-Object Name")
  #expect(lines == ["Microsoft.PowerShell.Host"])
}

@Test func anUnknownModuleGivesPwshsError() {
  let result = runShell(
    "Import-Module Nope; $Error[0].FullyQualifiedErrorId; $Error[0].CategoryInfo.Category")
  #expect(
    result.output
      == "Modules_ModuleNotFound,Microsoft.PowerShell.Commands.ImportModuleCommand\n"
      + "ResourceUnavailable\n")
  #expect(
    result.errors.contains(
      "The specified module 'Nope' was not loaded because no valid module file was found in "
        + "any module directory."))
}

@Test func listAvailableIncludesModulesNotImported() {
  #expect(
    outputLines("(Get-Module -ListAvailable Microsoft.PowerShell.U*).Name")
      == ["Microsoft.PowerShell.Utility"])
  #expect(outputLines("@(Get-Module Microsoft.PowerShell.Utility).Count") == ["0"])
}

@Test func exportedCommandsAreTheShellsCmdletsOfThatModule() {
  #expect(
    outputLines(
      "(Get-Module -ListAvailable Microsoft.PowerShell.Utility).ExportedCommands.Keys "
        + "-contains 'Get-Random'") == ["True"])
}

@Test func removingAModuleThatIsNotImportedIsAnError() {
  let result = runShell("Remove-Module Microsoft.PowerShell.Utility; $?")
  #expect(result.output == "False\n")
  #expect(result.errors.contains("No modules were removed."))
}

/// Start-Sleep waits, and Ctrl-C stops it.
@Test func startSleepWaitsAboutTheGivenTime() {
  let start = ContinuousClock.now
  #expect(outputLines("Start-Sleep -Milliseconds 120; 'after'") == ["after"])
  #expect(ContinuousClock.now - start >= .milliseconds(120))
}

@Test func startSleepStopsPromptlyWhenCancelled() {
  let host = CapturingHost()
  let interpreter = makeInterpreter(host: host)
  interpreter.isCancelled = true
  let start = ContinuousClock.now
  #expect(throws: (any Error).self) { try StartSleep.sleep(30, interpreter) }
  #expect(ContinuousClock.now - start < .seconds(1))
}

@Test func startSleepRejectsANegativeTime() {
  let result = runShell("Start-Sleep -Seconds -1")
  #expect(result.errors.contains("Cannot validate argument on parameter 'Seconds'."))
}

/// New-Guid writes a System.Guid that prints in a one-column table.
@Test func newGuidPrintsAGuidTable() {
  let lines = outputLines("New-Guid")
  #expect(lines.count == 5)
  #expect(lines.dropFirst().first == "Guid")
  #expect(lines.dropFirst(2).first == "----")
  #expect(lines.dropFirst(3).first?.count == 36)
}

/// Get-Random follows pwsh's ranges and types; -SetSeed repeats a sequence.
@Test func getRandomStaysInItsRange() {
  #expect(
    outputLines(
      "$r = Get-Random -Minimum 3 -Maximum 5 -Count 200 -SetSeed 1; "
        + "($r | Where-Object { $_ -lt 3 -or $_ -ge 5 }).Count; ($r | Sort-Object -Unique) -join ','"
    ) == ["0", "3,4"])
}

@Test func getRandomTypesFollowTheBounds() {
  #expect(outputLines("(Get-Random).GetType().Name") == ["Int32"])
  #expect(outputLines("(Get-Random -Maximum 10000000000).GetType().Name") == ["Int64"])
  #expect(outputLines("(Get-Random -Minimum 0.5 -Maximum 1).GetType().Name") == ["Double"])
}

@Test func getRandomSeedRepeatsTheSequence() {
  #expect(
    outputLines(
      "$a = Get-Random -SetSeed 5 -Count 5; $b = Get-Random -SetSeed 5 -Count 5; "
        + "($a -join ',') -eq ($b -join ',')") == ["True"])
}

@Test func getRandomMinimumMustBeBelowMaximum() {
  let result = runShell("Get-Random -Minimum 10 -Maximum 5")
  #expect(
    result.errors.contains(
      "The Minimum value (10) cannot be greater than or equal to the Maximum value (5)."))
}

@Test func getRandomPicksDistinctItems() {
  #expect(
    outputLines("(Get-Random -InputObject (1..5) -Count 10 | Sort-Object) -join ','")
      == ["1,2,3,4,5"])
  #expect(outputLines("@('x' | Get-Random).Count") == ["1"])
}
