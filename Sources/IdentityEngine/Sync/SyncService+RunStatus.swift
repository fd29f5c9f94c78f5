/// A connector that is running a run profile, as Get-ADSyncConnectorRunStatus shows it.
public struct ConnectorRunStatus: Sendable, Equatable {
  /// `Busy` while the connector runs a step.
  public var runState: String
  public var connectorName: String
}

/// Which connectors are busy.
///
/// The lab runs a cycle inside the command that starts it, one step at a time, so the only
/// busy connector there can be is the one whose step the running cycle reported last (in this
/// shell, or in another one through the cycle's marker file); when no cycle runs there is
/// none, which is what the product reports when it is idle.
extension SyncService {
  /// The busy connectors: the current step's while a cycle runs, else none.
  public func connectorRunStatus() throws -> [ConnectorRunStatus] {
    guard try scheduler().syncCycleInProgress,
      let name = currentStep?.connectorName ?? connectorRunningElsewhere
    else { return [] }
    return [ConnectorRunStatus(runState: "Busy", connectorName: name)]
  }
}
