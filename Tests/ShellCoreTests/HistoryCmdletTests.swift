import Foundation
import ShellSyntax
import Testing

@testable import ShellCmdlets
@testable import ShellCore

/// The session history and its cmdlets: lines filed as the REPL files them, the cap, and the
/// Duration column.
@Suite struct HistoryCmdletTests {
  /// A fresh session that captures what it prints.
  struct Session {
    let host = CapturingHost()
    let interpreter: Interpreter

    init() { interpreter = makeInterpreter(host: host) }

    /// Runs lines as the REPL does: each is filed in the history when it has run.
    func prompt(_ lines: String...) {
      for line in lines {
        interpreter.history.startCommand(line)
        let outcome = interpreter.run(SourceText(line))
        let failed = outcome == .failed || outcome == .parseFailed
        interpreter.history.finishCommand(status: failed ? .failed : .completed)
      }
    }

    var commandLines: [String] { interpreter.history.entries.map(\.commandLine) }
    var ids: [Int64] { interpreter.history.entries.map(\.id) }
  }

  @Test func newSessionHasNoHistory() {
    let session = Session()
    session.prompt("Get-History")
    #expect(session.host.output == "")
    #expect(session.host.errors == "")
  }

  @Test func lineDoesNotSeeItselfButTheNextLineDoes() {
    let session = Session()
    session.prompt("(Get-History).Count", "(Get-History).CommandLine")
    #expect(session.host.output == "0\n(Get-History).Count\n")
    #expect(session.ids == [1, 2])
  }

  @Test func statusIsFailedAfterATerminatingErrorAndCompletedAfterANonTerminatingOne() {
    let session = Session()
    session.prompt("throw 'boom'", "Write-Error 'soft'", "1 +* 2")
    #expect(
      session.interpreter.history.entries.map(\.status) == [.failed, .completed, .failed])
  }

  @Test func historyInfoHasPwshPropertiesAndPrintsAsItsCommandLine() {
    let session = Session()
    session.prompt(
      "1 + 1",
      "$h = Get-History -Id 1; $h.psobject.Properties.Name -join ','; \"$h\"; "
        + "$h.ExecutionStatus; $h.Id.GetType().Name; $h.Duration.GetType().Name")
    #expect(
      session.host.output
        == "2\nId,CommandLine,ExecutionStatus,StartExecutionTime,EndExecutionTime,Duration\n"
        + "1 + 1\nCompleted\nInt64\nTimeSpan\n")
  }

  /// Every begin block runs before the first process block, so Get-History already sees the
  /// line that Add-History filed (still Running) and copies it too.
  @Test func addHistoryFilesTheRunningLineBeforeItsOwnEntries() {
    let session = Session()
    session.prompt("'first'", "Get-History | Add-History", "(Get-History).Id -join ','")
    #expect(
      session.commandLines == [
        "'first'", "Get-History | Add-History", "'first'", "Get-History | Add-History",
        "(Get-History).Id -join ','",
      ])
    #expect(
      session.interpreter.history.entries.map(\.status) == [
        .completed, .completed, .completed, .running, .completed,
      ])
    #expect(session.host.output == "first\n1,2,3,4\n")
  }

  @Test func maximumHistoryCountKeepsOnlyTheNewestIds() {
    let session = Session()
    session.prompt("$MaximumHistoryCount = 3", "'a'", "'b'", "'c'", "'d'")
    #expect(session.ids == [3, 4, 5])
    session.prompt("$MaximumHistoryCount = 4096", "'e'")
    #expect(session.ids == [3, 4, 5, 6, 7])
  }

  @Test func invokeHistoryEchoesRunsAndIsRememberedAsTheLineItRan() {
    let session = Session()
    session.prompt("Write-Output (6 * 7)", "r 1", "Invoke-History Write")
    #expect(session.host.output == "42\nWrite-Output (6 * 7)\n42\nWrite-Output (6 * 7)\n42\n")
    #expect(session.commandLines == Array(repeating: "Write-Output (6 * 7)", count: 3))
  }

  @Test func invokeHistoryWithoutAnIdRunsTheNewestEntry() {
    let session = Session()
    session.prompt("'one'", "'two'", "r")
    #expect(session.host.output == "one\ntwo\n'two'\ntwo\n")
  }

  @Test func anEntryThatInvokesItselfIsALoop() {
    let session = Session()
    session.prompt(
      "Add-History ([pscustomobject]@{CommandLine = 'Invoke-History 2'; "
        + "ExecutionStatus = 'Completed'; StartExecutionTime = (Get-Date); "
        + "EndExecutionTime = (Get-Date)})",
      "Invoke-History 2")
    #expect(session.host.output == "Invoke-History 2\n")
    #expect(
      session.host.errors.contains("The Invoke-History cmdlet is called repeatedly, in a loop."))
  }

  @Test(arguments: [
    ("Get-History -Id 99", "Cannot locate the history for Id 99."),
    ("Get-History -Id 1, 2 -Count 1", "The count cannot be combined with multiple Ids."),
    (
      "Get-History -Count 40000",
      "Cannot validate argument on parameter 'Count'. The 40000 argument is greater than the "
        + "maximum allowed range of 32767. Supply an argument that is less than or equal to "
        + "32767 and then try the command again."
    ),
    (
      "Get-History -Id 0",
      "Cannot validate argument on parameter 'Id'. The 0 argument is less than the minimum "
        + "allowed range of 1. Supply an argument that is greater than or equal to 1 and then "
        + "try the command again."
    ),
    ("Invoke-History", "Cannot locate most recent history."),
    ("Invoke-History 5", "Cannot locate the history for Id 5."),
    ("Invoke-History nothing", "Cannot locate the history for command line nothing."),
    (
      "Invoke-History '0'",
      "The identifier 0 is not a valid value for a History identifier. Specify a positive "
        + "number, and then try again. (Parameter 'Id')"
    ),
    (
      "Add-History ([pscustomobject]@{CommandLine = 'x'})",
      "Cannot add history because the input object has a format that is not valid."
    ),
    ("Clear-History -Id 3", "Cannot locate the history for Id 3."),
    (
      "Clear-History -CommandLine a, b -Count 1",
      "The count cannot be combined with multiple CommandLine parameters."
    ),
  ])
  func errorsUsePwshMessages(_ code: String, _ message: String) {
    let result = runShell(code)
    let flattened = result.errors.replacingOccurrences(
      of: "\n *\\| ", with: " ", options: .regularExpression)
    #expect(flattened.contains(message), "errors were:\n\(result.errors)")
  }

  @Test func clearHistoryByCommandLineTakesTheOldestMatchOrEveryWildcardMatch() {
    let session = Session()
    session.prompt("'x'", "'z'", "'x'", "'z'", "Clear-History -CommandLine \"'x'\"")
    #expect(session.ids == [2, 3, 4, 5])
    session.prompt("Clear-History -CommandLine '*z*'")
    #expect(session.ids == [3, 5, 6])
    session.prompt("Clear-History -CommandLine *clear* -Count 1 -Newest")
    #expect(session.ids == [3, 5, 7])
  }

  @Test func clearHistoryWithIdAndCountTakesTheEntriesEndingOrStartingThere() {
    let session = Session()
    session.prompt("1", "2", "3", "4", "5", "6")
    session.prompt("Clear-History -Id 4 -Count 2")
    #expect(session.ids == [1, 2, 5, 6, 7])
    session.prompt("Clear-History -Id 2 -Count 2 -Newest")
    #expect(session.ids == [1, 6, 7, 8])
  }

  @Test func clearHistoryWhatIfClearsNothing() {
    let session = Session()
    session.prompt("'a'", "Clear-History -WhatIf")
    #expect(
      session.host.output
        == "a\nWhat if: Performing the operation \"Clear-History\" on target \"This command "
        + "will clear all the entries from the session history.\".\n")
    #expect(session.ids == [1, 2])
  }

  @Test(arguments: [
    (0.011, "0.011"), (59.9996, "59.999"), (65.25, "1:05.250"), (7200.0, "2:00:00.000"),
    (37_800.0, "10:30:00.000"), (41_400.0, "12:30:00.000"), (-2.5, "2.500"),
  ])
  func durationCellGrowsWithTheDuration(_ seconds: Double, _ text: String) {
    let start = Date(timeIntervalSinceReferenceDate: 0)
    let entry = SessionHistory.Entry(
      id: 1, commandLine: "x", status: .completed, startTime: start,
      endTime: start.addingTimeInterval(seconds))
    #expect(HistoryObjects.durationCell(HistoryObjects.historyInfo(entry)).toText() == text)
  }
}
