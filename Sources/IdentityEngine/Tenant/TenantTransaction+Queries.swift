import Foundation
import GRDB

/// Searches and the change feed.
extension TenantTransaction {
  /// Which objects a search sees with respect to soft delete.
  public enum DeletedState: Sendable {
    /// Live objects only (what Graph's /groups and /users return).
    case excluded
    /// Soft-deleted objects only (/directory/deletedItems).
    case only
    /// Both.
    case included

    var condition: String {
      switch self {
      case .excluded: return " AND o.deletedDateTime IS NULL"
      case .only: return " AND o.deletedDateTime IS NOT NULL"
      case .included: return ""
      }
    }
  }

  /// The objects of one kind that satisfy `predicate`, in creation order, at most `limit`.
  public func objects(
    _ kind: TenantObjectKind, matching predicate: Predicate = .any,
    deleted: DeletedState = .excluded, limit: Int? = nil
  ) throws -> [TenantObject] {
    let translated = try TenantPredicateSQL(predicate, kind: kind)
    return try loadObjects(
      where: "o.kind = ?" + deleted.condition + " AND " + translated.sql,
      arguments: [kind.rawValue] + translated.arguments, limit: limit)
  }

  /// The groups that satisfy `predicate`.
  public func groups(
    matching predicate: Predicate = .any, deleted: DeletedState = .excluded, limit: Int? = nil
  ) throws -> [TenantGroup] {
    try objects(.group, matching: predicate, deleted: deleted, limit: limit).compactMap {
      if case .group(let group) = $0 { return group }
      return nil
    }
  }

  /// The users that satisfy `predicate`.
  public func users(
    matching predicate: Predicate = .any, deleted: DeletedState = .excluded, limit: Int? = nil
  ) throws -> [TenantUser] {
    try objects(.user, matching: predicate, deleted: deleted, limit: limit).compactMap {
      if case .user(let user) = $0 { return user }
      return nil
    }
  }

  /// How many objects of one kind satisfy `predicate` (Graph's `$count`).
  public func count(
    _ kind: TenantObjectKind, matching predicate: Predicate = .any,
    deleted: DeletedState = .excluded
  ) throws -> Int {
    let translated = try TenantPredicateSQL(predicate, kind: kind)
    return try Int.fetchOne(
      db,
      sql: "SELECT COUNT(*) FROM tenantObject o WHERE o.kind = ?" + deleted.condition + " AND "
        + translated.sql,
      arguments: StatementArguments([kind.rawValue.databaseValue] + translated.arguments)) ?? 0
  }

  /// Everything that changed after `usn`: created, changed, soft-deleted and restored objects
  /// (each in its current state), permanent deletions and link changes, in change order.
  ///
  /// The cost is proportional to the number of changes, not to the size of the tenant: each
  /// part is a range scan on an index keyed by the change number. Pass the returned
  /// `watermark` next time.
  public func changes(since usn: Int64, limit: Int? = nil) throws -> TenantChanges {
    let objects = try loadObjects(
      where: "o.usnChanged > ?", arguments: [usn], limit: limit, orderBy: "o.usnChanged")
    let deletions = try Row.fetchAll(
      db, sql: "SELECT usn, id, kind FROM tenantDeletion WHERE usn > ? ORDER BY usn",
      arguments: [usn]
    ).compactMap { row -> TenantChanges.Deletion? in
      guard let kind = TenantObjectKind(rawValue: try row.decode(forColumn: "kind")) else {
        return nil
      }
      return TenantChanges.Deletion(
        usn: try row.decode(forColumn: "usn"), id: try row.decode(forColumn: "id"), kind: kind)
    }
    let links = try Row.fetchAll(
      db,
      sql: "SELECT usn, groupId, relation, targetId, isAdded FROM tenantLinkLog WHERE usn > ? "
        + "ORDER BY usn", arguments: [usn]
    ).compactMap { row -> TenantChanges.LinkChange? in
      guard let relation = Relation(rawValue: try row.decode(forColumn: "relation")) else {
        return nil
      }
      return TenantChanges.LinkChange(
        usn: try row.decode(forColumn: "usn"), groupId: try row.decode(forColumn: "groupId"),
        relation: relation, targetId: try row.decode(forColumn: "targetId"),
        isAdded: try row.decode(forColumn: "isAdded"))
    }
    return TenantChanges(
      objects: objects, deletions: deletions, links: links, watermark: try currentUSN())
  }
}

/// What changed in the tenant since a watermark (see `TenantTransaction.changes(since:)`).
public struct TenantChanges: Equatable, Sendable {
  /// A permanent deletion: the object no longer exists.
  public struct Deletion: Equatable, Sendable {
    public let usn: Int64
    public let id: String
    public let kind: TenantObjectKind
  }

  /// One member or owner added to or removed from a group.
  public struct LinkChange: Equatable, Sendable {
    public let usn: Int64
    public let groupId: String
    public let relation: TenantTransaction.Relation
    public let targetId: String
    public let isAdded: Bool
  }

  /// Objects created or changed since the watermark, in their current state.
  ///
  /// Soft-deleted ones have `deletedDateTime` set; oldest change first. A group whose links
  /// changed is here too.
  public let objects: [TenantObject]
  public let deletions: [Deletion]
  public let links: [LinkChange]
  /// The change number to pass to the next call.
  public let watermark: Int64

  /// True when nothing changed.
  public var isEmpty: Bool { objects.isEmpty && deletions.isEmpty && links.isEmpty }
}
