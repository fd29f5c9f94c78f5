import Foundation
import GRDB

/// One export a sync cycle would make: the object, the operation and each attribute's value
/// before and after.
public struct PendingChange: Sendable, Equatable {
  /// What the export does to the object; a DN change is a rename within its parent or a move
  /// to another one (both are an ExportRename in run history).
  public enum Operation: String, Sendable, Equatable {
    case add = "Add"
    case update = "Update"
    case rename = "Rename"
    case move = "Move"
    case delete = "Delete"
  }

  /// One attribute the export sets: the connector space's value now, and the new one.
  public struct AttributeChange: Sendable, Equatable {
    public var name: String
    public var before: [String]
    public var after: [String]
  }

  public var connectorName: String
  public var connectorId: String
  public var operation: Operation
  public var objectType: String
  /// The DN now (for an add, the DN the object will get).
  public var distinguishedName: String
  /// The DN after a rename or move; nil otherwise.
  public var newDistinguishedName: String?
  /// The connector-space object's identifier.
  public var csObjectId: String
  /// The changed attributes, by name; empty for deletes.
  public var attributes: [AttributeChange]
}

/// What a cycle would do, computed without changing the lab.
public struct SyncPreview: Sendable, Equatable {
  /// The exports, in the order the cycle makes them (AAD export first, then AD).
  public var changes: [PendingChange]
  /// True when staging mode would keep the exports from running.
  public var isStagingModeEnabled: Bool
  /// Connectors whose pending deletes exceed the enabled export deletion threshold, with
  /// their count: the cycle would stop their export.
  public var thresholdExceeded: [(connectorName: String, deletes: Int, threshold: Int)]

  public static func == (lhs: SyncPreview, rhs: SyncPreview) -> Bool {
    lhs.changes == rhs.changes && lhs.isStagingModeEnabled == rhs.isStagingModeEnabled
      && lhs.thresholdExceeded.map(\.connectorName) == rhs.thresholdExceeded.map(\.connectorName)
  }
}

/// Previewing a cycle: the imports and synchronizations run inside one rehearsal
/// (`LabStore.rehearse`), the pending exports are read, and everything is rolled back.
///
/// Goes beyond the product, which shows pending exports only per object (Get-ADSyncCSObject)
/// or per connector in the Synchronization Service Manager. The rehearsal runs the same code
/// as the cycle, so the preview is exactly what the next cycle's exports would do.
extension SyncService {
  /// The exports a cycle with `policy` (`Delta`, `Initial`, nil for the scheduler's next)
  /// would make, without changing anything.
  public func previewSyncCycle(policy: String? = nil) throws -> SyncPreview {
    let (settings, connectors) = try store.read { db in
      (try Self.scheduler(db), try Self.connectors(db))
    }
    var chosen = policy ?? "Unspecified"
    if chosen.lowercased() == "unspecified" { chosen = settings.nextSyncCyclePolicyType }
    let isInitial = chosen.lowercased() == "initial"
    let directories = try connectors.map { try directory(for: $0) }
    return try store.rehearse { db in
      var counters: [String: Int] = [:]
      for (connector, directory) in zip(connectors, directories) {
        try Self.importStep(
          db, connector, directory, full: isInitial || connector.fullImportRequired, &counters)
      }
      for connector in connectors {
        var engine = try SyncPass(db, parameters: try Self.connectorParameters(db))
        _ = try engine.run(connector, full: isInitial || connector.fullSyncRequired, &counters)
      }
      let threshold = try Self.deletionThreshold(db)
      var preview = SyncPreview(
        changes: [], isStagingModeEnabled: settings.stagingModeEnabled, thresholdExceeded: [])
      for connector in connectors.reversed() {
        let changes = try Self.pendingChanges(db, connector)
        let deletes = changes.filter { $0.operation == .delete }.count
        if threshold.isEnabled, deletes > threshold.count {
          preview.thresholdExceeded.append((connector.name, deletes, threshold.count))
        }
        preview.changes += changes
      }
      return preview
    }
  }

  /// One connector's pending exports, in export order (users before groups).
  static func pendingChanges(_ db: Database, _ connector: SyncConnector) throws
    -> [PendingChange]
  {
    let pending = try CSRecord.fetch(
      db,
      "connector = ? AND exportAction IS NOT NULL "
        + "ORDER BY CASE objectType WHEN 'group' THEN 1 ELSE 0 END, id",
      [connector.identifier])
    return try pending.compactMap { cs in
      guard let action = cs.exportAction else { return nil }
      var change = PendingChange(
        connectorName: connector.name, connectorId: connector.identifier, operation: .update,
        objectType: cs.objectType, distinguishedName: cs.dn, newDistinguishedName: nil,
        csObjectId: cs.guid, attributes: [])
      switch action {
      case .delete:
        change.operation = .delete
        return change
      case .add:
        change.operation = .add
      case .update:
        if let target = cs.exportDN, target.lowercased() != cs.dn.lowercased() {
          change.newDistinguishedName = target
          let sameParent =
            DistinguishedName(target)?.parent?.key == DistinguishedName(cs.dn)?.parent?.key
          change.operation = sameParent ? .rename : .move
        }
      }
      let exported = cs.exportAttributes ?? [:]
      change.attributes = try exported.keys.sorted { $0.lowercased() < $1.lowercased() }.map {
        name in
        var after = exported[name] ?? []
        if SyncPass.references.contains(name.lowercased()) {
          after = try previewReferences(db, after, connector)
        }
        let before = action == .add ? [] : cs.attributes.values(name)
        return PendingChange.AttributeChange(name: name, before: before, after: after)
      }
      return change
    }
  }

  /// Shows `mv:<guid>` references (objects whose add is pending too) as the DN that add will
  /// create; the export resolves them to the new object's DN or anchor.
  static func previewReferences(
    _ db: Database, _ values: [String], _ connector: SyncConnector
  ) throws -> [String] {
    try values.compactMap { value in
      guard value.hasPrefix("mv:") else { return value }
      return try String.fetchOne(
        db,
        sql: "SELECT c.dn FROM sync_mv m JOIN sync_cs c ON c.mvId = m.id "
          + "WHERE m.guid = ? AND c.connector = ?",
        arguments: [String(value.dropFirst(3)), connector.identifier])
    }
  }
}
