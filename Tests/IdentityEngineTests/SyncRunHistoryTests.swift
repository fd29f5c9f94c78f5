import Foundation
import IdentityEngine
import Testing

/// The time a test's sync service reads, moved on by the test.
private final class Clock {
  var date = Date(timeIntervalSince1970: 1_717_200_000)
}

/// A fresh lab whose sync service reads the time from the returned clock.
private func labWithClock() throws -> (Lab, Clock) {
  let lab = try Lab(path: ":memory:")
  let clock = Clock()
  lab.sync.now = { clock.date }
  return (lab, clock)
}

@Test func purgeDeletesOnlyRunsOlderThanTheInterval() throws {
  let (lab, clock) = try labWithClock()
  try lab.sync.startSyncCycle()
  let old = try lab.sync.runResults().map(\.runHistoryId)
  clock.date += 3 * 86_400
  try lab.sync.startSyncCycle()
  let recent = try lab.sync.runResults().map(\.runHistoryId).filter { !old.contains($0) }
  #expect(old.count == 6 && recent.count == 6)
  clock.date += 5 * 86_400
  // The first cycle ended 8 days ago, the second 5: the scheduler's 7 days keep the second.
  #expect(try lab.sync.purgeRunHistory() == 6)
  #expect(try lab.sync.runResults().map(\.runHistoryId) == recent)
  #expect(try lab.sync.purgeRunHistory(keeping: 6 * 86_400) == 0)
  // A run that ended exactly at the cut-off goes.
  #expect(try lab.sync.purgeRunHistory(keeping: 5 * 86_400) == 6)
  #expect(try lab.sync.runResults().isEmpty)
}

@Test func purgeKeepsTheSchedulerPurgeInterval() throws {
  let (lab, clock) = try labWithClock()
  try lab.sync.startSyncCycle()
  clock.date += 2 * 86_400
  #expect(try lab.sync.purgeRunHistory() == 0)
  var change = SyncService.SchedulerChange()
  change.purgeRunHistoryInterval = "1.00:00:00"
  try lab.sync.setScheduler(change)
  #expect(try lab.sync.purgeRunHistory() == 6)
}

@Test func negativePurgeIntervalIsRefusedAndDeletesNothing() throws {
  let (lab, _) = try labWithClock()
  try lab.sync.startSyncCycle()
  #expect(throws: SyncError.invalidValue(name: "PurgeRunHistoryInterval", value: "-01:00:00")) {
    try lab.sync.purgeRunHistory(keeping: -3600)
  }
  #expect(try lab.sync.runResults().count == 6)
  #expect(try lab.sync.purgeAllRunHistory() == 6)
  #expect(try lab.sync.runResults().isEmpty)
}

@Test func runStatusNamesTheRunningStepsConnectorAndNoneBetweenCycles() throws {
  let lab = try Lab(path: ":memory:")
  #expect(try lab.sync.connectorRunStatus().isEmpty)
  var busy: [String] = []
  var inProgress: [Bool] = []
  var nested: (any Error)?
  try lab.sync.startSyncCycle(policy: "Delta") { step in
    guard !step.isCompleted else { return }
    let statuses = (try? lab.sync.connectorRunStatus()) ?? []
    busy += statuses.map { "\($0.runState) \($0.connectorName)" }
    inProgress.append((try? lab.sync.scheduler().syncCycleInProgress) ?? false)
    if step.number == 2 {
      do { try lab.sync.startSyncCycle() } catch { nested = error }
    }
  }
  let (ad, aad) = ("Busy contoso.com", "Busy contoso.onmicrosoft.com - AAD")
  #expect(busy == [ad, aad, ad, aad, aad, ad])
  #expect(inProgress == Array(repeating: true, count: 6))
  #expect(nested as? SyncError == .connectorBusy("contoso.onmicrosoft.com - AAD"))
  #expect(try lab.sync.connectorRunStatus().isEmpty)
  #expect(try !lab.sync.scheduler().syncCycleInProgress)
  #expect(try lab.sync.runResults().count == 6)
}
