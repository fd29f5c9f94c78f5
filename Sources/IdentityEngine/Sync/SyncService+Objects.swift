import Foundation
import GRDB

/// A connector-space object as Get-ADSyncCSObject shows it.
public struct CSObjectInfo: Sendable, Equatable {
  public var objectId: String
  public var connector: SyncConnector
  public var distinguishedName: String
  /// The anchor (AD: objectGUID; tenant: object id); nil until a pending add is exported.
  public var anchor: String?
  public var objectType: String
  /// Linked to a metaverse object (a connector, not a disconnector).
  public var isConnector: Bool
  public var connectedMVObjectId: String?
  public var lineage: [SyncLineage]
  /// Attributes by name, sorted by name.
  public var attributes: [(name: String, values: [String])]
  /// `Add`, `Update` or `Delete` while an export is pending.
  public var pendingExport: String?
  /// The object's last export error, until an export succeeds.
  public var exportError: SyncObjectError?
  /// The object's last synchronization error, until a synchronization succeeds.
  public var synchronizationError: SyncObjectError?

  public static func == (lhs: CSObjectInfo, rhs: CSObjectInfo) -> Bool {
    lhs.objectId == rhs.objectId && lhs.distinguishedName == rhs.distinguishedName
      && lhs.connectedMVObjectId == rhs.connectedMVObjectId
      && lhs.pendingExport == rhs.pendingExport && lhs.exportError == rhs.exportError
      && lhs.synchronizationError == rhs.synchronizationError
  }
}

/// Which rule linked a connector-space object, and how (`Provision` or `Join`).
public struct SyncLineage: Sendable, Equatable {
  public var ruleId: String
  public var ruleName: String
  public var operation: String
}

/// A metaverse object as Get-ADSyncMVObject shows it: attributes with the rule that
/// contributed each, and the connector-space objects linked to it.
public struct MVObjectInfo: Sendable {
  /// One linked connector-space object.
  public struct Link: Sendable, Equatable {
    public var connectorId: String
    public var connectorName: String
    public var csObjectDN: String
    public var csObjectId: String
  }

  /// One attribute and where its value came from.
  public struct Attribute: Sendable, Equatable {
    public var name: String
    public var values: [String]
    public var ruleName: String
    public var ruleId: String
    public var connectorName: String
  }

  public var objectId: String
  public var objectType: String
  public var attributes: [Attribute]
  public var lineage: [Link]
}

/// Reading connector spaces and the metaverse (Get-ADSyncCSObject, Get-ADSyncMVObject).
extension SyncService {
  /// The connector-space object with that identifier.
  public func csObject(identifier: String) throws -> CSObjectInfo {
    try store.read { db in
      let found = try CSRecord.fetch(db, "guid = ? COLLATE NOCASE", [identifier]).first
      guard let found else { throw SyncError.noSuchCSObject(identifier) }
      return try Self.info(db, found)
    }
  }

  /// The object with that DN in one connector's space (connector by name or identifier).
  public func csObject(connector nameOrId: String, distinguishedName dn: String) throws
    -> CSObjectInfo
  {
    let connector = try self.connector(nameOrId)
    return try store.read { db in
      let found = try CSRecord.fetch(
        db, "connector = ? AND dnKey = ? ORDER BY id", [connector.identifier, dn.lowercased()]
      ).first
      guard let found else { throw SyncError.noSuchCSObject(dn) }
      return try Self.info(db, found)
    }
  }

  /// A page of one connector's space, in the order objects entered it.
  public func csObjects(connector nameOrId: String, startIndex: Int = 0, maxCount: Int? = nil)
    throws -> [CSObjectInfo]
  {
    let connector = try self.connector(nameOrId)
    return try store.read { db in
      let limit = maxCount.map { " LIMIT \(max($0, 0))" } ?? " LIMIT -1"
      let found = try CSRecord.fetch(
        db, "connector = ? ORDER BY id" + limit + " OFFSET \(max(startIndex, 0))",
        [connector.identifier])
      return try found.map { try Self.info(db, $0) }
    }
  }

  static func info(_ db: Database, _ record: CSRecord) throws -> CSObjectInfo {
    let connector =
      try connectors(db).first { $0.identifier == record.connector }
      ?? SyncConnector(
        identifier: record.connector, name: record.connector, kind: .activeDirectory,
        fullSyncRequired: false)
    let mvGuid = try record.mvId.flatMap {
      try String.fetchOne(db, sql: "SELECT guid FROM sync_mv WHERE id = ?", arguments: [$0])
    }
    let errors = try record.id.map { try storedErrors(db, csId: $0) } ?? [:]
    return CSObjectInfo(
      objectId: record.guid, connector: connector, distinguishedName: record.dn,
      anchor: record.anchor, objectType: record.objectType, isConnector: mvGuid != nil,
      connectedMVObjectId: mvGuid,
      lineage: record.lineage.map {
        SyncLineage(ruleId: $0.ruleId, ruleName: $0.ruleName, operation: $0.operation)
      },
      attributes: record.attributes.sorted { $0.key.lowercased() < $1.key.lowercased() }
        .map { (name: $0.key, values: $0.value) },
      pendingExport: record.exportAction?.rawValue, exportError: errors[.export],
      synchronizationError: errors[.synchronization])
  }

  /// The metaverse object with that identifier.
  public func mvObject(identifier: String) throws -> MVObjectInfo {
    try store.read { db in
      let row = try Row.fetchOne(
        db, sql: "SELECT * FROM sync_mv WHERE guid = ? COLLATE NOCASE", arguments: [identifier])
      guard let row else { throw SyncError.noSuchMVObject(identifier) }
      let record = try MVRecord(row: row)
      let connectors = try Self.connectors(db)
      let rules = Dictionary(
        try Self.rules(db).map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
      func connectorName(_ id: String) -> String {
        connectors.first { $0.identifier.lowercased() == id.lowercased() }?.name ?? id
      }
      let attributes = record.attributes.sorted { $0.key.lowercased() < $1.key.lowercased() }
        .map { name, values -> MVObjectInfo.Attribute in
          let ruleName = record.contributors[name] ?? ""
          let rule = rules[ruleName]
          return MVObjectInfo.Attribute(
            name: name, values: values, ruleName: ruleName, ruleId: rule?.internalId ?? "",
            connectorName: rule.map { connectorName($0.connector) } ?? "")
        }
      let links = try CSRecord.fetch(db, "mvId = ? ORDER BY id", [record.id]).map {
        MVObjectInfo.Link(
          connectorId: $0.connector, connectorName: connectorName($0.connector),
          csObjectDN: $0.dn, csObjectId: $0.guid)
      }
      return MVObjectInfo(
        objectId: record.guid, objectType: record.objectType, attributes: attributes,
        lineage: links)
    }
  }
}
