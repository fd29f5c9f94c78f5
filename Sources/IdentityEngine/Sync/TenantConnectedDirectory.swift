import Foundation
import GRDB

/// The Entra tenant as the AAD connector sees it: users and groups anchored on their object
/// id, with the attributes the SOAInAAD and join rules read.
///
/// Delta import reads the tenant's change feed from the connector's watermark; soft-deleted
/// groups stay in the connector space with `isSoftDeleted` so that writeback keeps their AD
/// group (the documented default), and hard deletions remove them.
struct TenantConnectedDirectory: ConnectedDirectory {
  let date: Date
  /// Member changes the tenant refused during the export being applied.
  let refusedMembers = RefusedReferences()

  func takeRefusedReferences() -> [(member: String, reason: String)] {
    defer { refusedMembers.refused = [] }
    return refusedMembers.refused
  }

  func fullImport(_ db: Database) throws -> [ConnectedObject] {
    let tenant = TenantTransaction(db, now: date)
    try LabStore.setSetting(db, "sync.aad.usn", String(try tenant.currentUSN()))
    let objects =
      try tenant.objects(.user, deleted: .included) + tenant.objects(.group, deleted: .included)
    let members = try Self.allMembers(db)
    return try objects.map { try connected($0, tenant, members: members) }
  }

  /// Every group's member ids (soft-deleted members included), in one ordered scan, so that
  /// a full import does not look each group's members up on its own.
  static func allMembers(_ db: Database) throws -> [String: [String]] {
    var members: [String: [String]] = [:]
    let rows = try Row.fetchCursor(
      db,
      sql: "SELECT g.id, t.id FROM tenantLink l JOIN tenantObject g ON g.rowId = l.groupRowId "
        + "JOIN tenantObject t ON t.rowId = l.targetRowId WHERE l.relation = 'members' "
        + "ORDER BY l.groupRowId, l.targetRowId")
    while let row = try rows.next() {
      members[try row.decode(atIndex: 0), default: []].append(try row.decode(atIndex: 1))
    }
    return members
  }

  func deltaImport(_ db: Database) throws -> (changed: [ConnectedObject], deleted: [String]) {
    let tenant = TenantTransaction(db, now: date)
    let watermark = Int64(try LabStore.setting(db, "sync.aad.usn") ?? "0") ?? 0
    let changes = try tenant.changes(since: watermark)
    try LabStore.setSetting(db, "sync.aad.usn", String(changes.watermark))
    var changed = try changes.objects.map { try connected($0, tenant) }
    let seen = Set(changed.map(\.anchor))
    for groupId in Set(changes.links.map(\.groupId)) where !seen.contains(groupId) {
      if let object = try tenant.object(groupId, includeDeleted: true) {
        changed.append(try connected(object, tenant))
      }
    }
    return (changed, changes.deletions.map(\.id))
  }

  /// The connector-space view of one tenant object.
  ///
  /// `members` holds every group's members when the caller loaded them at once.
  func connected(
    _ object: TenantObject, _ tenant: TenantTransaction, members: [String: [String]]? = nil
  ) throws -> ConnectedObject {
    var attributes: [String: [String]] = [:]
    func set(_ name: String, _ value: String?) {
      if let value, !value.isEmpty { attributes[name] = [value] }
    }
    func flag(_ value: Bool) -> String { value ? "True" : "False" }
    switch object {
    case .user(let user):
      set("cloudAnchor", user.cloudAnchor)
      set("cloudMastered", flag(user.isCloudMastered))
      set("sourceAnchor", user.onPremises.immutableId)
      set("displayName", user.displayName)
      set("userPrincipalName", user.userPrincipalName)
      set("mail", user.mail)
      set("givenName", user.givenName)
      set("sn", user.surname)
      set("department", user.department)
      set("onPremisesSamAccountName", user.onPremises.samAccountName)
      set("onPremiseSecurityIdentifier", user.onPremises.securityIdentifier)
      return ConnectedObject(
        anchor: user.id, objectType: "user",
        dn: Self.dn(user.onPremises.immutableId ?? user.cloudAnchor),
        attributes: attributes)
    case .group(let group):
      set("cloudAnchor", group.cloudAnchor)
      set("cloudMastered", flag(group.isCloudMastered))
      set("sourceAnchor", group.onPremises.immutableId)
      set("displayName", group.displayName)
      set("description", group.description)
      set("mailNickname", group.mailNickname)
      set("mail", group.mail)
      set("securityEnabled", flag(group.securityEnabled))
      set("mailEnabled", flag(group.mailEnabled))
      set("isUnified", flag(group.isUnified))
      set("writebackEnabled", group.writebackConfiguration.isEnabled.map(flag))
      set("writebackType", group.writebackConfiguration.onPremisesGroupType?.rawValue)
      set("isSoftDeleted", group.deletedDateTime == nil ? nil : "True")
      if group.isCloudMastered { set("reasonFiltered", Self.reasonFiltered(group)) }
      set("onPremisesSamAccountName", group.onPremises.samAccountName)
      if !group.proxyAddresses.isEmpty { attributes["proxyAddresses"] = group.proxyAddresses }
      let ids = try members.map { $0[group.id] ?? [] } ?? tenant.linkedIds(.members, of: group.id)
      if !ids.isEmpty { attributes["member"] = ids }
      return ConnectedObject(
        anchor: group.id, objectType: "group",
        dn: Self.dn(group.onPremises.immutableId ?? group.cloudAnchor),
        attributes: attributes)
    }
  }

  /// Why a cloud group is not written back, as the connector's reasonFiltered holds it.
  ///
  /// `SoftDelete`, `WriteBackOutOfScope` (the v2 rules of §3.3), or nil when it is in scope.
  /// The documented custom rule that deletes such groups in AD reads it.
  static func reasonFiltered(_ group: TenantGroup) -> String? {
    if group.deletedDateTime != nil { return "SoftDelete" }
    let enabled = group.writebackConfiguration.isEnabled
    let eligible =
      group.isUnified
      ? enabled != false : group.securityEnabled && !group.mailEnabled && enabled == true
    return eligible ? nil : "WriteBackOutOfScope"
  }

  /// `CN={hex of the anchor text}`, the AAD connector-space DN form.
  static func dn(_ anchor: String) -> String {
    let digits = Array("0123456789ABCDEF".utf8)
    var out = Array("CN={".utf8)
    for byte in anchor.utf8 {
      out.append(digits[Int(byte >> 4)])
      out.append(digits[Int(byte & 15)])
    }
    out.append(UInt8(ascii: "}"))
    return String(decoding: out, as: UTF8.self)
  }
}
