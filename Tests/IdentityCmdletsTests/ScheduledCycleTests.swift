import Foundation
import IdentityCmdlets
import ShellCore
import ShellSyntax
import Testing

/// Runs `code` in `interpreter` and returns what it printed.
private func run(_ code: String, in interpreter: Interpreter, _ host: CapturingHost) -> String {
  let start = host.output.count
  _ = interpreter.run(SourceText(code))
  interpreter.flushOutput()
  return String(host.output.dropFirst(start))
}

@Test func scheduledCycleRunsOnceDueWhileTheLabIsOpen() {
  let host = CapturingHost(width: 120)
  let interpreter = makeInterpreter(host: host)
  IdentityCmdlets.register(in: interpreter, labPath: ":memory:")
  let count = "@(Get-ADSyncRunProfileResult).Count"
  let later = Date().addingTimeInterval(86_400)
  // Nothing has opened the lab yet, and asking does not open it: nothing ran, nothing is said.
  #expect(IdentityCmdlets.runScheduledSyncCycle(in: interpreter, at: later) == nil)
  #expect(run(count, in: interpreter, host) == "0\n")
  // The seeded lab's start time went by long before this shell opened it: not made up for.
  #expect(IdentityCmdlets.runScheduledSyncCycle(in: interpreter, at: later) == nil)
  #expect(run(count, in: interpreter, host) == "0\n")
  // A cycle sets the next start one interval (30 minutes) on; then the scheduler runs it.
  _ = run("$null = Start-ADSyncSyncCycle", in: interpreter, host)
  #expect(IdentityCmdlets.runScheduledSyncCycle(in: interpreter) == nil)
  #expect(run(count, in: interpreter, host) == "6\n")
  let report = IdentityCmdlets.runScheduledSyncCycle(
    in: interpreter, at: Date().addingTimeInterval(1_860))
  #expect(report == "The sync scheduler ran a Delta cycle: 6 run steps, all success.\n")
  #expect(run(count, in: interpreter, host) == "12\n")
  #expect(host.errors == "")
}

@Test func scheduledCycleThatMeetsExportErrorsNamesTheObjects() {
  let host = CapturingHost(width: 120)
  let interpreter = makeInterpreter(host: host)
  IdentityCmdlets.register(in: interpreter, labPath: ":memory:")
  // A cloud group whose written-back name is already taken in the writeback OU.
  let dn = run(
    """
    $g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
    Update-MgBetaGroup -GroupId $g.Id -WritebackConfiguration @{isEnabled=$true; onPremisesGroupType='universalSecurityGroup'}
    $name = 'AZ SG01_' + $g.Id.Substring(24)
    New-ADGroup -Name $name -GroupScope Global -Path 'OU=GroupWriteback,OU=Corp,DC=contoso,DC=com'
    $null = Start-ADSyncSyncCycle
    "CN=$name,OU=GroupWriteback,OU=Corp,DC=contoso,DC=com"
    """, in: interpreter, host
  ).trimmingCharacters(in: .newlines)
  let report = IdentityCmdlets.runScheduledSyncCycle(
    in: interpreter, at: Date().addingTimeInterval(1_860))
  #expect(
    report
      == "The sync scheduler ran a Delta cycle: 6 run steps; Export on contoso.com: "
      + "completed-export-errors (1 object error: object-already-exists on \(dn); "
      + "Get-ADSyncObjectError lists them).\n")
  #expect(host.errors == "")
}
