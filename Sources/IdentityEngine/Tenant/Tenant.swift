import Foundation
import GRDB

/// The Entra ID (Azure AD) half of the lab: users, groups, members and owners, soft delete,
/// and a change feed for the sync engine.
///
/// Every method is one store transaction (see `TenantTransaction` to run many in one). The
/// rules Graph enforces (unique UPN and proxy addresses, verified UPN domains, valid
/// mailNickname, no Graph-created mail-enabled security groups or distribution lists,
/// writeback types) are checked inside it, so a refused change leaves nothing behind. Errors
/// are `TenantError`s.
///
/// ```swift
/// let group = try lab.tenant.createGroup(
///   NewTenantGroup(displayName: "AZ SG01", mailNickname: "AZSG01", securityEnabled: true))
/// try lab.tenant.addMember(group: group.id, member: userId)
/// let delta = try lab.tenant.changes(since: lastWatermark)
/// ```
public final class Tenant {
  public let store: LabStore
  /// The clock for createdDateTime and deletedDateTime; seeding pins it.
  public var now: () -> Date = { Date() }

  public init(store: LabStore) { self.store = store }

  /// Runs `body` in one write transaction.
  public func write<T>(_ body: (TenantTransaction) throws -> T) throws -> T {
    let date = now()
    return try store.write { db in try body(TenantTransaction(db, now: date)) }
  }

  /// Runs `body` with a consistent read-only view.
  public func read<T>(_ body: (TenantTransaction) throws -> T) throws -> T {
    let date = now()
    return try store.read { db in try body(TenantTransaction(db, now: date)) }
  }

  // MARK: Groups

  @discardableResult
  public func createGroup(_ new: NewTenantGroup) throws -> TenantGroup {
    try write { try $0.createGroup(new) }
  }

  /// One live group by id.
  public func group(_ id: String) throws -> TenantGroup { try read { try $0.group(id) } }

  public func groups(
    matching predicate: Predicate = .any, deleted: TenantTransaction.DeletedState = .excluded,
    limit: Int? = nil
  ) throws -> [TenantGroup] {
    try read { try $0.groups(matching: predicate, deleted: deleted, limit: limit) }
  }

  @discardableResult
  public func updateGroup(_ id: String, _ change: (inout TenantGroup) throws -> Void) throws
    -> TenantGroup
  {
    try write { try $0.updateGroup(id, change) }
  }

  // MARK: Users

  @discardableResult
  public func createUser(_ new: NewTenantUser) throws -> TenantUser {
    try write { try $0.createUser(new) }
  }

  /// One live user by id or userPrincipalName.
  public func user(_ idOrUPN: String) throws -> TenantUser { try read { try $0.user(idOrUPN) } }

  public func users(
    matching predicate: Predicate = .any, deleted: TenantTransaction.DeletedState = .excluded,
    limit: Int? = nil
  ) throws -> [TenantUser] {
    try read { try $0.users(matching: predicate, deleted: deleted, limit: limit) }
  }

  @discardableResult
  public func updateUser(_ idOrUPN: String, _ change: (inout TenantUser) throws -> Void) throws
    -> TenantUser
  {
    try write { try $0.updateUser(idOrUPN, change) }
  }

  // MARK: Deletion

  /// Deletes a user or group (soft for users and Microsoft 365 groups).
  @discardableResult
  public func delete(_ id: String) throws -> TenantDeletion { try write { try $0.delete(id) } }

  /// Restores a soft-deleted user or group.
  @discardableResult
  public func restore(_ id: String) throws -> TenantObject { try write { try $0.restore(id) } }

  /// Deletes a user or group for good (also from the deleted items).
  public func permanentlyDelete(_ id: String) throws {
    try write { try $0.permanentlyDelete(id) }
  }

  // MARK: Members and owners

  public func addMember(group: String, member: String) throws {
    try write { try $0.addLink(.members, group: group, target: member) }
  }

  public func removeMember(group: String, member: String) throws {
    try write { try $0.removeLink(.members, group: group, target: member) }
  }

  public func addOwner(group: String, owner: String) throws {
    try write { try $0.addLink(.owners, group: group, target: owner) }
  }

  public func removeOwner(group: String, owner: String) throws {
    try write { try $0.removeLink(.owners, group: group, target: owner) }
  }

  /// The live direct members of a group.
  public func members(of group: String, limit: Int? = nil) throws -> [TenantObject] {
    try read { try $0.linked(.members, of: group, limit: limit) }
  }

  /// The live owners of a group.
  public func owners(of group: String) throws -> [TenantObject] {
    try read { try $0.linked(.owners, of: group) }
  }

  // MARK: Change tracking

  /// The tenant's current change number: a watermark for `changes(since:)`.
  public func currentUSN() throws -> Int64 { try read { try $0.currentUSN() } }

  /// Everything that changed after `usn` (see `TenantTransaction.changes(since:limit:)`).
  public func changes(since usn: Int64, limit: Int? = nil) throws -> TenantChanges {
    try read { try $0.changes(since: usn, limit: limit) }
  }

  /// The tenant's domains.
  public func domains() throws -> TenantDomains { try read { try $0.tenantDomains() } }

  /// The tenant's id (a GUID).
  public func id() throws -> String { try read { try $0.tenantId() } }
}
