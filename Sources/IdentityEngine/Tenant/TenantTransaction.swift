import Foundation
import GRDB

/// The tenant's operations inside one open store transaction.
///
/// `Tenant` wraps each call in its own transaction; the sync engine can instead open one
/// write (`store.write { db in ... }`) and run many operations through
/// `TenantTransaction(db, now:)`, so a whole export step is one transaction.
public struct TenantTransaction {
  public let db: Database
  /// The time stamped on created, changed and deleted objects.
  public let now: Date

  public init(_ db: Database, now: Date) {
    self.db = db
    self.now = now
  }

  /// The next value of the tenant's change counter; every change takes one.
  func nextUSN() throws -> Int64 { try LabStore.nextCounter(db, "tenant.usn") }

  /// The highest change number used so far (0 for a tenant never changed).
  public func currentUSN() throws -> Int64 {
    try LabStore.setting(db, "tenant.usn").flatMap { Int64($0) } ?? 0
  }

  /// A new objectId, reproducible for a lab seeded the same way (its own counter, so tenant
  /// activity never shifts the GUIDs of AD objects).
  func newObjectId() throws -> String {
    let seed = try LabStore.setting(db, "guid.seed").flatMap { UInt64($0) } ?? 0
    let counter = UInt64(try LabStore.nextCounter(db, "tenant.guid.counter"))
    return Self.objectId(seed: seed, counter: counter)
  }

  /// The objectId number `counter` of a lab seeded with `seed`.
  static func objectId(seed: UInt64, counter: UInt64) -> String {
    SeededGUID.make(startingAt: (seed ^ 0x5A17_E0A1_D5EE_D000) &+ counter &* 0xD1B5_4A32_D192_ED03)
  }

  /// The normalized id: a lowercase GUID; throws `invalidIdentifier` for anything else.
  static func normalizedId(_ id: String) throws -> String {
    guard let uuid = UUID(uuidString: id.trimmingCharacters(in: .whitespaces)) else {
      throw TenantError.invalidIdentifier(id)
    }
    return uuid.uuidString.lowercased()
  }

  /// The row id and kind of a live (or, with `includeDeleted`, soft-deleted) object.
  func locate(_ id: String, includeDeleted: Bool = false) throws -> (Int64, TenantObjectKind)? {
    let key = try Self.normalizedId(id)
    guard
      let row = try Row.fetchOne(
        db, sql: "SELECT rowId, kind, deletedDateTime FROM tenantObject WHERE id = ?",
        arguments: [key]),
      let kind = TenantObjectKind(rawValue: try row.decode(forColumn: "kind"))
    else { return nil }
    if !includeDeleted, (try row.decode(String?.self, forColumn: "deletedDateTime")) != nil {
      return nil
    }
    return (try row.decode(forColumn: "rowId"), kind)
  }

  /// Like `locate`, but throws `notFound`.
  func require(_ id: String, includeDeleted: Bool = false) throws -> (Int64, TenantObjectKind) {
    guard let found = try locate(id, includeDeleted: includeDeleted) else {
      throw TenantError.notFound(id)
    }
    return found
  }

  /// One object by id, live unless `includeDeleted`; nil when there is none.
  public func object(_ id: String, includeDeleted: Bool = false) throws -> TenantObject? {
    guard (try? Self.normalizedId(id)) != nil else { return nil }
    let objects = try loadObjects(
      where: "o.id = ?" + (includeDeleted ? "" : " AND o.deletedDateTime IS NULL"),
      arguments: [id.lowercased()])
    return objects.first
  }

  /// One group by id; throws `invalidIdentifier` or `notFound`.
  public func group(_ id: String, includeDeleted: Bool = false) throws -> TenantGroup {
    _ = try Self.normalizedId(id)
    guard case .group(let group)? = try object(id, includeDeleted: includeDeleted) else {
      throw TenantError.notFound(id)
    }
    return group
  }

  /// One user by id or userPrincipalName; throws `notFound`.
  public func user(_ idOrUPN: String, includeDeleted: Bool = false) throws -> TenantUser {
    let deleted = includeDeleted ? "" : " AND o.deletedDateTime IS NULL"
    let found: [TenantObject]
    if (try? Self.normalizedId(idOrUPN)) != nil {
      found = try loadObjects(where: "o.id = ?" + deleted, arguments: [idOrUPN.lowercased()])
    } else {
      found = try loadObjects(
        where: "o.kind = 'user' AND o.userPrincipalName = ?" + deleted, arguments: [idOrUPN])
    }
    guard case .user(let user)? = found.first else { throw TenantError.notFound(idOrUPN) }
    return user
  }

  /// Loads the objects a condition on `tenantObject o` selects, in creation order.
  func loadObjects(
    where condition: String, arguments: [DatabaseValueConvertible?], limit: Int? = nil,
    orderBy: String = "o.rowId"
  ) throws -> [TenantObject] {
    var sql = "SELECT o.* FROM tenantObject o WHERE \(condition) ORDER BY \(orderBy)"
    if let limit { sql += " LIMIT \(max(limit, 0))" }
    let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
    return try objects(from: rows)
  }

  /// Builds objects from `tenantObject` rows, loading their multi-valued properties in chunks.
  func objects(from rows: [Row]) throws -> [TenantObject] {
    var values: [Int64: [String: [String]]] = [:]
    let rowIds: [Int64] = try rows.map { try $0.decode(forColumn: "rowId") }
    for start in stride(from: 0, to: rowIds.count, by: 500) {
      let chunk = Array(rowIds[start..<min(start + 500, rowIds.count)])
      let marks = chunk.map { _ in "?" }.joined(separator: ",")
      let valueRows = try Row.fetchAll(
        db,
        sql: "SELECT objectRowId, name, value FROM tenantValue WHERE objectRowId IN (\(marks)) "
          + "ORDER BY objectRowId, name, position", arguments: StatementArguments(chunk))
      for row in valueRows {
        let owner: Int64 = try row.decode(forColumn: "objectRowId")
        let name: String = try row.decode(forColumn: "name")
        let value: String = try row.decode(forColumn: "value")
        values[owner, default: [:]][name, default: []].append(value)
      }
    }
    guard let first = rows.first else { return [] }
    let positions = ColumnPositions(first)
    return try rows.compactMap { row in
      let positioned = PositionedRow(row: row, positions: positions)
      let rowId: Int64 = try positioned.decode(forColumn: "rowId")
      return try TenantRecord.object(from: positioned, values: values[rowId] ?? [:])
    }
  }

  /// Replaces the values of one multi-valued property.
  func setValues(_ rowId: Int64, _ name: String, _ values: [String]) throws {
    try db.execute(
      sql: "DELETE FROM tenantValue WHERE objectRowId = ? AND name = ?", arguments: [rowId, name])
    for (position, value) in values.enumerated() {
      try db.execute(
        sql: "INSERT INTO tenantValue(objectRowId, name, position, value) VALUES (?, ?, ?, ?)",
        arguments: [rowId, name, position, value])
    }
  }

  /// Fails when an object other than `rowId` already has one of these SMTP addresses (the
  /// value column compares without case, so `smtp:` finds `SMTP:` too).
  func checkProxyAddressesFree(_ addresses: [String], except rowId: Int64?) throws {
    for address in addresses {
      let owner = try Int64.fetchOne(
        db,
        sql: "SELECT objectRowId FROM tenantValue WHERE name = 'proxyAddresses' AND value = ? "
          + "LIMIT 1", arguments: ["smtp:" + Self.address(of: address)])
      if let owner, owner != rowId { throw TenantError.alreadyExists(property: "proxyAddresses") }
    }
  }

  /// `user@contoso.com` for `SMTP:user@contoso.com`.
  static func address(of proxy: String) -> String {
    guard let colon = proxy.firstIndex(of: ":") else { return proxy }
    return String(proxy[proxy.index(after: colon)...])
  }
}
