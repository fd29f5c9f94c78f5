import Foundation
import GRDB
import IdentityEngine
import Testing

/// Stopping a sync cycle: the stopped step rolls back, run history records it as stopped by
/// the user, and the later steps do not run.
@Suite struct SyncStopTests {
  /// Rows in the connector spaces and the metaverse.
  private func counts(_ lab: Lab) throws -> [Int] {
    try lab.store.read { db in
      try ["sync_cs", "sync_mv"].map {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \($0)") ?? -1
      }
    }
  }

  @Test func aStepStoppedHalfwayIsRolledBackAndRecordedAsStoppedByTheUser() throws {
    let lab = try Lab(path: ":memory:")
    let before = try lab.sync.runResults().count
    var stopNow = false
    var atThirdStep: [Int] = []
    var answers = 0
    lab.store.stopRequested = {
      guard stopNow else { return false }
      answers += 1
      return answers > 2  // a few objects into the step
    }
    #expect(throws: LabError.stopped(path: ":memory:")) {
      try lab.sync.startSyncCycle(policy: "Initial") { step in
        guard step.number == 3, !step.isCompleted else { return }
        atThirdStep = (try? counts(lab)) ?? []  // nil: the #expect below fails on []
        stopNow = true
      }
    }
    lab.store.stopRequested = nil
    let results = try lab.sync.runResults()
    #expect(results.count == before + 3)
    #expect(results.first?.result == SyncService.stoppedByUserResult)
    #expect(results.first?.runProfileName == "Full Synchronization")
    #expect(results.dropFirst().prefix(2).allSatisfy { $0.result == "success" })
    #expect(try counts(lab) == atThirdStep)
    #expect(try lab.sync.scheduler().syncCycleInProgress == false)
  }

  @Test func aCycleRunsToItsEndAfterAStoppedOne() throws {
    let lab = try Lab(path: ":memory:")
    lab.store.stopRequested = { true }
    #expect(throws: LabError.stopped(path: ":memory:")) { try lab.sync.startSyncCycle() }
    lab.store.stopRequested = nil
    let outcome = try lab.sync.startSyncCycle()
    #expect(outcome.results.count == 6)
    #expect(outcome.results.allSatisfy { $0.result == "success" })
  }

  @Test func stopFromAnotherShellStopsTheRunningStepOnly() throws {
    let directory = NSTemporaryDirectory() + "adsh-stop-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }  // scratch space only
    let path = directory + "/lab.sqlite"
    let running = try Lab(path: path)
    let other = try Lab(path: path)
    #expect(other.sync.requestCycleStop() == false)
    var requested = false
    #expect(throws: LabError.stopped(path: path)) {
      try running.sync.startSyncCycle(policy: "Delta") { step in
        guard step.number == 2, !step.isCompleted else { return }
        requested = other.sync.requestCycleStop()
      }
    }
    #expect(requested)
    let results = try other.sync.runResults()
    #expect(results.first?.result == SyncService.stoppedByUserResult)
    #expect(results.count == 2)
    #expect(!FileManager.default.fileExists(atPath: path + "-cycle"))
    #expect(other.sync.requestCycleStop() == false)
  }
}
