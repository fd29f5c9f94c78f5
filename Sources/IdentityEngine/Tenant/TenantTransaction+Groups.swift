import Foundation
import GRDB

/// Creating, changing, deleting and restoring groups and users.
extension TenantTransaction {
  /// Creates a group, filling in what Graph and Exchange Online would: the objectId, a
  /// Microsoft 365 group's mail and proxyAddresses, and the tenant's writeback default.
  @discardableResult
  public func createGroup(_ new: NewTenantGroup) throws -> TenantGroup {
    let isSynced = new.onPremises.syncEnabled == true
    guard !new.displayName.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw TenantError.invalidValue(property: "displayName", resource: .group)
    }
    guard Self.isValidMailNickname(new.mailNickname) else {
      throw TenantError.invalidValue(property: "mailNickname", resource: .group)
    }
    var group = TenantGroup(
      id: try new.id.map(Self.normalizedId) ?? newObjectId(), displayName: new.displayName,
      description: new.description, mailNickname: new.mailNickname, mail: new.mail,
      mailEnabled: new.mailEnabled, securityEnabled: new.securityEnabled,
      groupTypes: new.groupTypes, visibility: new.visibility,
      proxyAddresses: new.proxyAddresses ?? [], onPremises: new.onPremises,
      createdDateTime: now)
    if group.isUnified {
      let domains = try tenantDomains()
      group.mail = group.mail ?? "\(new.mailNickname)@\(domains.defaultDomain)"
      if new.proxyAddresses == nil {
        group.proxyAddresses = [
          "SMTP:\(new.mailNickname)@\(domains.defaultDomain)",
          "smtp:\(new.mailNickname)@\(domains.initialDomain)",
        ]
      }
      group.visibility = group.visibility ?? "Public"
    } else if group.mailEnabled, !isSynced {
      throw TenantError.mailEnabledGroupNotSupported
    }
    if let configuration = new.writebackConfiguration {
      group.writebackConfiguration = configuration
    } else if group.isUnified, try !newUnifiedGroupWritebackDefault() {
      group.writebackConfiguration.isEnabled = false
    }
    try Self.validateWriteback(group)
    if try locate(group.id, includeDeleted: true) != nil {
      throw TenantError.alreadyExists(property: "id")
    }
    try checkProxyAddressesFree(group.proxyAddresses, except: nil)
    let usn = try nextUSN()
    let rowId = try TenantRecord.insert(db, id: group.id, TenantRecord.columns(group), usn: usn)
    try setValues(rowId, "groupTypes", group.groupTypes)
    try setValues(rowId, "proxyAddresses", group.proxyAddresses)
    group.usnCreated = usn
    group.usnChanged = usn
    return group
  }

  /// Changes a live group through `change`, which edits a copy.
  ///
  /// The copy is checked and stored with a new change number; the id cannot change.
  @discardableResult
  public func updateGroup(_ id: String, _ change: (inout TenantGroup) throws -> Void) throws
    -> TenantGroup
  {
    let (rowId, kind) = try require(id)
    guard kind == .group else { throw TenantError.notFound(id) }
    let old = try group(id)
    var group = old
    try change(&group)
    guard !group.displayName.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw TenantError.invalidValue(property: "displayName", resource: .group)
    }
    if group.mailNickname != old.mailNickname, !Self.isValidMailNickname(group.mailNickname ?? "") {
      throw TenantError.invalidValue(property: "mailNickname", resource: .group)
    }
    try Self.validateWriteback(group)
    if group.proxyAddresses != old.proxyAddresses {
      try checkProxyAddressesFree(group.proxyAddresses, except: rowId)
    }
    let usn = try nextUSN()
    try TenantRecord.update(db, rowId: rowId, TenantRecord.columns(group), usn: usn)
    if group.groupTypes != old.groupTypes { try setValues(rowId, "groupTypes", group.groupTypes) }
    if group.proxyAddresses != old.proxyAddresses {
      try setValues(rowId, "proxyAddresses", group.proxyAddresses)
    }
    group.usnChanged = usn
    return group
  }

  /// Changes a live user the same way as `updateGroup`.
  @discardableResult
  public func updateUser(_ idOrUPN: String, _ change: (inout TenantUser) throws -> Void) throws
    -> TenantUser
  {
    let old = try user(idOrUPN)
    let (rowId, _) = try require(old.id)
    var user = old
    try change(&user)
    guard !user.displayName.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw TenantError.invalidValue(property: "displayName", resource: .user)
    }
    if user.userPrincipalName.caseInsensitiveCompare(old.userPrincipalName) != .orderedSame {
      try checkUserPrincipalName(user.userPrincipalName, except: rowId)
    }
    if user.proxyAddresses != old.proxyAddresses {
      try checkProxyAddressesFree(user.proxyAddresses, except: rowId)
    }
    let usn = try nextUSN()
    try TenantRecord.update(db, rowId: rowId, TenantRecord.columns(user), usn: usn)
    if user.proxyAddresses != old.proxyAddresses {
      try setValues(rowId, "proxyAddresses", user.proxyAddresses)
    }
    user.usnChanged = usn
    return user
  }

  /// Deletes a live object as Entra does: users and Microsoft 365 groups go to the deleted
  /// items container (soft delete, restorable); other groups are deleted permanently.
  @discardableResult
  public func delete(_ id: String) throws -> TenantDeletion {
    let (rowId, kind) = try require(id)
    if kind == .group, case .group(let group)? = try object(id), !group.isUnified {
      try permanentlyDelete(group.id)
      return .permanent
    }
    try db.execute(
      sql: "UPDATE tenantObject SET deletedDateTime = ?, usnChanged = ? WHERE rowId = ?",
      arguments: [TenantRecord.format(now), try nextUSN(), rowId])
    return .soft
  }

  /// Brings a soft-deleted object back, with its memberships.
  @discardableResult
  public func restore(_ id: String) throws -> TenantObject {
    guard let (rowId, _) = try locate(id, includeDeleted: true),
      case let found? = try object(id, includeDeleted: true), found.deletedDateTime != nil
    else { throw TenantError.notDeleted(id) }
    try db.execute(
      sql: "UPDATE tenantObject SET deletedDateTime = NULL, usnChanged = ? WHERE rowId = ?",
      arguments: [try nextUSN(), rowId])
    return try object(found.id) ?? found
  }

  /// Removes an object for good (hard delete, or the end of the 30 days), logging the
  /// deletion and the removal of its links for delta readers.
  public func permanentlyDelete(_ id: String) throws {
    let (rowId, kind) = try require(id, includeDeleted: true)
    let key = try Self.normalizedId(id)
    let links = try Row.fetchAll(
      db,
      sql: "SELECT g.id AS groupId, l.relation, t.id AS targetId FROM tenantLink l "
        + "JOIN tenantObject g ON g.rowId = l.groupRowId "
        + "JOIN tenantObject t ON t.rowId = l.targetRowId "
        + "WHERE l.groupRowId = ? OR l.targetRowId = ?", arguments: [rowId, rowId])
    for link in links {
      try logLink(
        groupId: link["groupId"], relation: link["relation"], targetId: link["targetId"],
        isAdded: false)
    }
    try db.execute(sql: "DELETE FROM tenantObject WHERE rowId = ?", arguments: [rowId])
    try db.execute(
      sql: "INSERT INTO tenantDeletion(usn, id, kind) VALUES (?, ?, ?)",
      arguments: [try nextUSN(), key, kind.rawValue])
  }

  /// Graph's rule for mailNickname: 1 to 64 ASCII characters, none of `@()\[]";:<>,` or
  /// space.
  static func isValidMailNickname(_ nickname: String) -> Bool {
    let forbidden = Set("@()\\[]\";:<>, ")
    return !nickname.isEmpty && nickname.count <= 64
      && nickname.unicodeScalars.allSatisfy { $0.isASCII && $0.value >= 0x21 }
      && !nickname.contains { forbidden.contains($0) }
  }

  /// Security groups may only be written back as universal security groups.
  static func validateWriteback(_ group: TenantGroup) throws {
    if !group.isUnified, let type = group.writebackConfiguration.onPremisesGroupType,
      type != .universalSecurityGroup
    {
      throw TenantError.unsupportedWritebackType(type)
    }
  }
}

/// What `delete` did.
public enum TenantDeletion: Equatable, Sendable {
  /// Moved to the deleted items container; `restore` brings it back.
  case soft
  /// Gone for good.
  case permanent
}
