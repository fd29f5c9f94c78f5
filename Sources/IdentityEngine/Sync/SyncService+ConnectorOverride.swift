import GRDB

/// A per-connector override of the scheduler, by its `sync_connector` column.
enum ConnectorOverride: String {
  case fullImportRequired
  case fullSyncRequired
}

/// The scheduler's per-connector overrides (Get- and Set-ADSyncSchedulerConnectorOverride).
///
/// An override makes the next cycle, scheduled or started, run a full step on one connector
/// where a Delta cycle would run the delta one: Full Import for fullImportRequired, Full
/// Synchronization for fullSyncRequired. Each override is cleared by the cycle step that ran
/// its full profile, so the one after that is a plain delta again (adsync-and-writeback.md
/// §1.2; the product's upgrade notes say an override is removed once it has run).
extension SyncService {
  /// Sets or clears a connector's overrides and returns the connector as it is now.
  ///
  /// A nil flag stays as it is. Throws `noSuchConnector`, changing nothing, when no connector
  /// has that name or identifier.
  @discardableResult
  public func setConnectorOverride(
    _ nameOrId: String, fullImportRequired: Bool? = nil, fullSyncRequired: Bool? = nil
  ) throws -> SyncConnector {
    try store.write { db in
      var connector = try Self.connector(db, nameOrId)
      let changes: [(ConnectorOverride, Bool?)] = [
        (.fullImportRequired, fullImportRequired), (.fullSyncRequired, fullSyncRequired),
      ]
      for case (let flag, let value?) in changes {
        try db.execute(
          sql: "UPDATE sync_connector SET \(flag.rawValue) = ? WHERE identifier = ?",
          arguments: [value, connector.identifier])
      }
      connector.fullImportRequired = fullImportRequired ?? connector.fullImportRequired
      connector.fullSyncRequired = fullSyncRequired ?? connector.fullSyncRequired
      return connector
    }
  }
}
