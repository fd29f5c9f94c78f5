import Foundation

/// One run step a cycle is about to start, for progress reports.
public struct SyncCycleStep: Sendable, Equatable {
  public var connectorName: String
  /// The run profile, for example `Delta Import`.
  public var runProfileName: String
  /// From 1.
  public var number: Int
  public var total: Int
  /// True for the report after the last step.
  public var isCompleted: Bool

  /// How much of the cycle is done before this step, from 0 to 100.
  public var percentComplete: Int { total > 0 ? (number - 1) * 100 / total : 0 }
}

/// Counts a cycle's steps and hands each to the caller's progress closure.
struct SyncCycleReporter {
  let total: Int
  let progress: ((SyncCycleStep) -> Void)?
  var number = 0

  /// Reports that `profile` starts on `connector`.
  mutating func start(_ connector: SyncConnector, _ profile: RunProfile) {
    number += 1
    progress?(
      SyncCycleStep(
        connectorName: connector.name, runProfileName: profile.name, number: number, total: total,
        isCompleted: false))
  }

  /// Reports the end of the cycle.
  func finish() {
    progress?(
      SyncCycleStep(
        connectorName: "", runProfileName: "", number: total, total: total, isCompleted: true))
  }
}
