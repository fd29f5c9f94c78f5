import GRDB

/// What a run step records before it commits halfway, so that the next cycle finishes its work.
///
/// A long step lets writers of other shells in between two batches (LabStore+Waiting), each
/// batch its own transaction. Before the first such commit, the step asks for a full step next
/// time: an import sets its connector's fullImportRequired, a synchronization its
/// fullSyncRequired, and an export every connector's fullSyncRequired (a half-exported group
/// is then compared with the metaverse again). The delta watermarks only move with the step's
/// last batch. When the step ends, it clears the overrides it set itself; when it is killed or
/// stopped halfway, they stay, and the next cycle's full steps converge on the state an
/// uninterrupted step would have left.
struct StepRestart {
  let connector: SyncConnector
  let profile: RunProfile
  /// The connectors whose override this step set, by identifier.
  private(set) var marked: [String] = []
  private var isMarked = false

  init(_ connector: SyncConnector, _ profile: RunProfile) {
    self.connector = connector
    self.profile = profile
  }

  /// The override that asks for this step in full.
  var flag: ConnectorOverride {
    switch profile {
    case .fullImport, .deltaImport: return .fullImportRequired
    case .fullSynchronization, .deltaSynchronization, .export: return .fullSyncRequired
    }
  }

  /// Sets the override on the connectors that lack it, once per step.
  mutating func mark(_ db: Database) throws {
    if isMarked { return }
    isMarked = true
    let scope = profile == .export ? "" : " AND identifier = ?"
    let arguments: StatementArguments = profile == .export ? [] : [connector.identifier]
    marked = try String.fetchAll(
      db, sql: "SELECT identifier FROM sync_connector WHERE \(flag.rawValue) = 0" + scope,
      arguments: arguments)
    for identifier in marked {
      try db.execute(
        sql: "UPDATE sync_connector SET \(flag.rawValue) = 1 WHERE identifier = ?",
        arguments: [identifier])
    }
  }

  /// Clears the overrides this step set: it ran to its end.
  func clear(_ db: Database) throws {
    for identifier in marked {
      try db.execute(
        sql: "UPDATE sync_connector SET \(flag.rawValue) = 0 WHERE identifier = ?",
        arguments: [identifier])
    }
  }
}
