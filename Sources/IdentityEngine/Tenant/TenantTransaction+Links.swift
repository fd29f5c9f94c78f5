import Foundation
import GRDB

/// Members and owners of groups. Each change stamps the group's change number and appends
/// one row to `tenantLinkLog`, so delta readers see exactly which links changed.
extension TenantTransaction {
  /// The two relations a group has to other objects.
  public enum Relation: String, Sendable {
    case members
    case owners
  }

  /// Adds `targetId` (a user or group) to a group's members or owners.
  public func addLink(_ relation: Relation, group groupId: String, target targetId: String)
    throws
  {
    let (groupRow, groupKind) = try require(groupId)
    guard groupKind == .group else { throw TenantError.notFound(groupId) }
    let (targetRow, targetKind) = try require(targetId)
    if relation == .owners, targetKind != .user { throw TenantError.notFound(targetId) }
    if groupRow == targetRow { throw TenantError.selfReference(groupId) }
    let exists = try Bool.fetchOne(
      db,
      sql: "SELECT 1 FROM tenantLink WHERE groupRowId = ? AND relation = ? AND targetRowId = ?",
      arguments: [groupRow, relation.rawValue, targetRow])
    if exists == true { throw TenantError.referenceExists(relation: relation.rawValue) }
    try db.execute(
      sql: "INSERT INTO tenantLink(groupRowId, relation, targetRowId) VALUES (?, ?, ?)",
      arguments: [groupRow, relation.rawValue, targetRow])
    try touch(groupRow)
    try logLink(
      groupId: try Self.normalizedId(groupId), relation: relation.rawValue,
      targetId: try Self.normalizedId(targetId), isAdded: true)
  }

  /// Removes `targetId` from a group's members or owners; `notFound` when it is not there.
  public func removeLink(_ relation: Relation, group groupId: String, target targetId: String)
    throws
  {
    let (groupRow, groupKind) = try require(groupId)
    guard groupKind == .group else { throw TenantError.notFound(groupId) }
    guard let (targetRow, _) = try locate(targetId, includeDeleted: true) else {
      throw TenantError.notFound(targetId)
    }
    try db.execute(
      sql: "DELETE FROM tenantLink WHERE groupRowId = ? AND relation = ? AND targetRowId = ?",
      arguments: [groupRow, relation.rawValue, targetRow])
    guard db.changesCount > 0 else { throw TenantError.notFound(targetId) }
    try touch(groupRow)
    try logLink(
      groupId: try Self.normalizedId(groupId), relation: relation.rawValue,
      targetId: try Self.normalizedId(targetId), isAdded: false)
  }

  /// The live members (or owners) of a group, in the order they were created.
  public func linked(_ relation: Relation, of groupId: String, limit: Int? = nil) throws
    -> [TenantObject]
  {
    let (groupRow, kind) = try require(groupId)
    guard kind == .group else { throw TenantError.notFound(groupId) }
    return try loadObjects(
      where: "o.deletedDateTime IS NULL AND o.rowId IN (SELECT targetRowId FROM tenantLink "
        + "WHERE groupRowId = ? AND relation = ?)",
      arguments: [groupRow, relation.rawValue], limit: limit)
  }

  /// The ids of a group's members (or owners), including soft-deleted ones, without loading
  /// the objects.
  public func linkedIds(_ relation: Relation, of groupId: String) throws -> [String] {
    let (groupRow, _) = try require(groupId, includeDeleted: true)
    return try String.fetchAll(
      db,
      sql: "SELECT t.id FROM tenantLink l JOIN tenantObject t ON t.rowId = l.targetRowId "
        + "WHERE l.groupRowId = ? AND l.relation = ? ORDER BY t.rowId",
      arguments: [groupRow, relation.rawValue])
  }

  /// The live groups an object is a direct member of.
  public func memberOf(_ id: String) throws -> [TenantGroup] {
    let (rowId, _) = try require(id)
    return try loadObjects(
      where: "o.deletedDateTime IS NULL AND o.rowId IN (SELECT groupRowId FROM tenantLink "
        + "WHERE targetRowId = ? AND relation = 'members')", arguments: [rowId]
    ).compactMap {
      if case .group(let group) = $0 { return group }
      return nil
    }
  }

  /// Stamps a new change number on an object.
  func touch(_ rowId: Int64) throws {
    try db.execute(
      sql: "UPDATE tenantObject SET usnChanged = ? WHERE rowId = ?",
      arguments: [try nextUSN(), rowId])
  }

  func logLink(groupId: String, relation: String, targetId: String, isAdded: Bool) throws {
    try db.execute(
      sql: "INSERT INTO tenantLinkLog(usn, groupId, relation, targetId, isAdded) "
        + "VALUES (?, ?, ?, ?, ?)",
      arguments: [try nextUSN(), groupId, relation, targetId, isAdded])
  }
}
