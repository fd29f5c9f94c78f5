import Foundation
import GRDB

/// One connector-space object as the engine keeps it.
struct CSRecord {
  var id: Int64?
  var guid: String
  var connector: String
  var dn: String
  var anchor: String?
  var objectType: String
  var mvId: Int64?
  var attributes: [String: [String]]
  var lineage: [LineageEntry]
  /// Created by an outbound Provision rule (an export add), not by an import.
  var isProvisioned: Bool
  /// 0 nothing to do, 1 changed by an import, 2 deleted in the directory.
  var pendingSync: Int
  var exportAction: ExportChange.Action?
  var exportDN: String?
  var exportAttributes: [String: [String]]?

  /// Which rule linked this object, as Get-ADSyncCSObject's Lineage shows.
  struct LineageEntry: Codable, Equatable {
    var ruleId: String
    var ruleName: String
    var operation: String
  }

  /// The columns `fetch` selects, in the order `init(columns:)` reads them.
  static let columns =
    "id, guid, connector, dn, anchor, objectType, mvId, attributes, lineage, isProvisioned, "
    + "pendingSync, exportAction, exportDN, exportAttributes"

  /// Reads a row of `columns` by position: no column-name look-up per value.
  init(columns row: Row) throws {
    id = try row.decode(atIndex: 0)
    guid = try row.decode(atIndex: 1)
    connector = try row.decode(atIndex: 2)
    dn = try row.decode(atIndex: 3)
    anchor = try row.decode(atIndex: 4)
    objectType = try row.decode(atIndex: 5)
    mvId = try row.decode(atIndex: 6)
    let id: Int64 = try row.decode(atIndex: 0)
    attributes = try SyncJSON.required(
      SyncJSON.decode(try row.decode(String?.self, atIndex: 7)), "sync_cs", id, "attributes")
    lineage = try SyncJSON.required(
      SyncJSON.decode(try row.decode(String?.self, atIndex: 8)), "sync_cs", id, "lineage")
    isProvisioned = try row.decode(atIndex: 9)
    pendingSync = try row.decode(atIndex: 10)
    exportAction = (try row.decode(String?.self, atIndex: 11)).flatMap(
      ExportChange.Action.init(rawValue:))
    exportDN = try row.decode(atIndex: 12)
    if let text = try row.decode(String?.self, atIndex: 13) {
      exportAttributes = try SyncJSON.required(
        SyncJSON.decode(text), "sync_cs", id, "exportAttributes")
    }
  }

  init(
    guid: String, connector: String, dn: String, anchor: String?, objectType: String,
    attributes: [String: [String]], isProvisioned: Bool
  ) {
    self.guid = guid
    self.connector = connector
    self.dn = dn
    self.anchor = anchor
    self.objectType = objectType
    self.attributes = attributes
    self.lineage = []
    self.isProvisioned = isProvisioned
    self.pendingSync = 0
  }

  /// Inserts or updates the row.
  mutating func save(_ db: Database) throws {
    let arguments: [DatabaseValueConvertible?] = [
      guid, connector, dn, dn.lowercased(), anchor, objectType, mvId,
      SyncJSON.encode(attributes), SyncJSON.encode(lineage), isProvisioned, pendingSync,
      exportAction?.rawValue, exportDN, exportAttributes.map { SyncJSON.encode($0) },
    ]
    if let id {
      try db.cachedStatement(
        sql: """
          UPDATE sync_cs SET guid = ?, connector = ?, dn = ?, dnKey = ?, anchor = ?,
            objectType = ?, mvId = ?, attributes = ?, lineage = ?, isProvisioned = ?,
            pendingSync = ?, exportAction = ?, exportDN = ?, exportAttributes = ?
          WHERE id = ?
          """
      ).execute(arguments: StatementArguments(arguments + [id]))
    } else {
      try db.cachedStatement(
        sql: """
          INSERT INTO sync_cs(guid, connector, dn, dnKey, anchor, objectType, mvId, attributes,
            lineage, isProvisioned, pendingSync, exportAction, exportDN, exportAttributes)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          """
      ).execute(arguments: StatementArguments(arguments))
      id = db.lastInsertedRowID
    }
  }

  /// Updates only what a synchronization's inbound half changes (the link to the metaverse,
  /// its lineage and the pending mark), leaving the imported attributes as they are.
  func saveLink(_ db: Database) throws {
    guard let id else { return }
    try db.cachedStatement(
      sql: "UPDATE sync_cs SET mvId = ?, lineage = ?, pendingSync = ? WHERE id = ?"
    ).execute(arguments: [mvId, SyncJSON.encode(lineage), pendingSync, id])
  }

  static func fetch(_ db: Database, _ sql: String, _ arguments: StatementArguments) throws
    -> [CSRecord]
  {
    // A cursor reads each row in place instead of copying it first.
    try Array(
      Row.fetchCursor(
        db.cachedStatement(sql: "SELECT \(columns) FROM sync_cs WHERE " + sql),
        arguments: arguments
      ).map { try CSRecord(columns: $0) })
  }
}

/// One metaverse object.
struct MVRecord {
  var id: Int64?
  var guid: String
  var objectType: String
  var attributes: [String: [String]]
  /// Destination attribute → the rule that contributed it.
  var contributors: [String: String]

  init(row: Row) throws {
    let id: Int64 = try row.decode(forColumn: "id")
    self.id = id
    guid = try row.decode(forColumn: "guid")
    objectType = try row.decode(forColumn: "objectType")
    attributes = try SyncJSON.required(
      SyncJSON.decode(try row.decode(forColumn: "attributes")), "sync_mv", id, "attributes")
    contributors = try SyncJSON.required(
      SyncJSON.decode(try row.decode(forColumn: "contributors")), "sync_mv", id, "contributors")
  }

  init(guid: String, objectType: String) {
    self.guid = guid
    self.objectType = objectType
    self.attributes = [:]
    self.contributors = [:]
  }

  /// The attributes join rules look up, kept in `sync_mv_key`.
  static let keyAttributes = ["sourceanchor", "cloudanchor"]

  mutating func save(_ db: Database) throws {
    if let id {
      try db.cachedStatement(
        sql: "UPDATE sync_mv SET attributes = ?, contributors = ? WHERE id = ?"
      )
      .execute(arguments: [SyncJSON.encode(attributes), SyncJSON.encode(contributors), id])
      try db.cachedStatement(sql: "DELETE FROM sync_mv_key WHERE mvId = ?")
        .execute(arguments: [id])
    } else {
      try db.cachedStatement(
        sql: "INSERT INTO sync_mv(guid, objectType, attributes, contributors) VALUES (?, ?, ?, ?)"
      ).execute(
        arguments: [guid, objectType, SyncJSON.encode(attributes), SyncJSON.encode(contributors)])
      id = db.lastInsertedRowID
    }
    let insertKey = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO sync_mv_key(name, valueKey, mvId) VALUES (?, ?, ?)")
    for (name, values) in attributes where Self.keyAttributes.contains(name.lowercased()) {
      for value in values {
        try insertKey.execute(arguments: [name.lowercased(), value.lowercased(), id])
      }
    }
  }

  static func fetch(_ db: Database, id: Int64) throws -> MVRecord? {
    try Row.fetchOne(
      db.cachedStatement(
        sql: "SELECT id, guid, objectType, attributes, contributors FROM sync_mv WHERE id = ?"),
      arguments: [id]
    ).map { row in
      var record = MVRecord(
        guid: try row.decode(atIndex: 1), objectType: try row.decode(atIndex: 2))
      record.id = try row.decode(atIndex: 0)
      record.attributes = try SyncJSON.required(
        SyncJSON.decode(try row.decode(String?.self, atIndex: 3)), "sync_mv", id, "attributes")
      record.contributors = try SyncJSON.required(
        SyncJSON.decode(try row.decode(String?.self, atIndex: 4)), "sync_mv", id, "contributors")
      return record
    }
  }
}

/// JSON columns: attribute maps and lineage lists.
enum SyncJSON {
  static func encode<T: Encodable>(_ value: T) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = .sortedKeys
    return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
  }

  /// The value a JSON text holds; nil for nil or text of another shape, which the caller
  /// reports through `required`.
  static func decode<T: Decodable>(_ text: String?) -> T? {
    guard let text else { return nil }
    return try? JSONDecoder().decode(T.self, from: Data(text.utf8))  // nil: does not decode
  }

  /// A stored JSON column's value, or the error naming the row whose column does not decode:
  /// a damaged body is never read as empty.
  static func required<T>(_ value: T?, _ table: String, _ row: Int64, _ column: String) throws
    -> T
  {
    guard let value else {
      throw SyncError.unreadableStoredValue(table: table, row: row, column: column)
    }
    return value
  }
}

/// Attribute maps compared and looked up case-insensitively.
extension Dictionary where Key == String, Value == [String] {
  func values(_ name: String) -> [String] {
    if let exact = self[name] { return exact }
    let lower = name.lowercased()
    return first { $0.key.lowercased() == lower }?.value ?? []
  }
}

/// Connector-space and metaverse object ids: GUID-shaped, from store counters, so that a lab
/// replays with the same ids.
enum SyncIDs {
  static func next(_ db: Database, _ kind: String) throws -> String {
    let counter = try LabStore.nextCounter(db, "sync.id.\(kind)")
    let prefix = kind == "cs" ? "3184d2b1-2922-ec11-8d0e" : "6f84d2b1-2922-ec11-8d0e"
    let hex = String(counter, radix: 16)
    return prefix + "-" + String(repeating: "0", count: max(12 - hex.count, 0)) + hex
  }
}
