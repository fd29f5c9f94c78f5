import Foundation
import GRDB

/// Exports to the tenant: users and groups synced from AD are created, updated and deleted
/// through the tenant's own write paths; cloud-mastered objects are never exported to.
///
/// Member references arrive as tenant object ids (the AAD connector's anchors).
extension TenantConnectedDirectory {
  func export(_ db: Database, _ change: ExportChange) throws -> String? {
    let tenant = TenantTransaction(db, now: date)
    switch (change.action, change.objectType) {
    case (.add, "user"): return try addUser(tenant, change)
    case (.add, "group"): return try addGroup(tenant, change)
    case (.update, "user"): try updateUser(tenant, change)
    case (.update, "group"): try updateGroup(tenant, change)
    case (.delete, _):
      if let anchor = change.anchor { _ = try tenant.delete(anchor) }
    default: break
    }
    return nil
  }

  func addUser(_ tenant: TenantTransaction, _ change: ExportChange) throws -> String {
    func first(_ name: String) -> String? { change.attributes.values(name).first }
    let upn = first("userPrincipalName") ?? ""
    let user = try tenant.createUser(
      NewTenantUser(
        displayName: first("displayName") ?? upn, userPrincipalName: upn,
        mailNickname: first("onPremisesSamAccountName"), mail: first("mail"),
        givenName: first("givenName"), surname: first("sn"), department: first("department"),
        onPremises: OnPremisesIdentity(
          syncEnabled: true, immutableId: first("sourceAnchor"),
          securityIdentifier: first("onPremiseSecurityIdentifier"),
          samAccountName: first("onPremisesSamAccountName"), userPrincipalName: upn,
          lastSyncDateTime: date)))
    return user.id
  }

  func updateUser(_ tenant: TenantTransaction, _ change: ExportChange) throws {
    guard let anchor = change.anchor else { return }
    let attributes = change.attributes
    func has(_ name: String) -> Bool { attributes[name] != nil }
    func first(_ name: String) -> String? { attributes.values(name).first }
    try tenant.updateUser(anchor) { user in
      if let name = first("displayName") { user.displayName = name }
      if let upn = first("userPrincipalName") { user.userPrincipalName = upn }
      if has("mail") { user.mail = first("mail") }
      if has("givenName") { user.givenName = first("givenName") }
      if has("sn") { user.surname = first("sn") }
      if has("department") { user.department = first("department") }
      if has("onPremisesSamAccountName") {
        user.onPremises.samAccountName = first("onPremisesSamAccountName")
      }
      if has("onPremiseSecurityIdentifier") {
        user.onPremises.securityIdentifier = first("onPremiseSecurityIdentifier")
      }
      user.onPremises.lastSyncDateTime = date
    }
  }

  /// Creates a group synced from AD (its mailNickname is its sAMAccountName).
  func addGroup(_ tenant: TenantTransaction, _ change: ExportChange) throws -> String {
    func first(_ name: String) -> String? { change.attributes.values(name).first }
    let sam = first("onPremisesSamAccountName")
    let nickname = (sam ?? first("displayName") ?? "group").filter {
      $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "."
    }
    let group = try tenant.createGroup(
      NewTenantGroup(
        displayName: first("displayName") ?? sam ?? "", mailNickname: nickname,
        mailEnabled: first("mail") != nil,
        securityEnabled: first("securityEnabled")?.lowercased() != "false",
        description: first("description"),
        onPremises: OnPremisesIdentity(
          syncEnabled: true, immutableId: first("sourceAnchor"), samAccountName: sam,
          lastSyncDateTime: date),
        mail: first("mail")))
    for member in change.attributes.values("member") {
      changeMember(member) { try tenant.addLink(.members, group: group.id, target: member) }
    }
    return group.id
  }

  func updateGroup(_ tenant: TenantTransaction, _ change: ExportChange) throws {
    guard let anchor = change.anchor else { return }
    let attributes = change.attributes
    func first(_ name: String) -> String? { attributes.values(name).first }
    let scalars = ["displayName", "description", "onPremisesSamAccountName"]
    if scalars.contains(where: { attributes[$0] != nil }) {
      try tenant.updateGroup(anchor) { group in
        if let name = first("displayName") { group.displayName = name }
        if attributes["description"] != nil { group.description = first("description") }
        if attributes["onPremisesSamAccountName"] != nil {
          group.onPremises.samAccountName = first("onPremisesSamAccountName")
        }
      }
    }
    guard let wanted = attributes["member"] else { return }
    let current = Set(try tenant.linkedIds(.members, of: anchor).map { $0.lowercased() })
    let target = Set(wanted.map { $0.lowercased() })
    for member in target.subtracting(current).sorted() {
      changeMember(member) { try tenant.addLink(.members, group: anchor, target: member) }
    }
    for member in current.subtracting(target).sorted() {
      changeMember(member) { try tenant.removeLink(.members, group: anchor, target: member) }
    }
  }

  /// Makes one member change; one the tenant refuses (a member deleted in the cloud, a group
  /// in itself) is kept for the export step, which records it on the group's object as a
  /// `dn-attributes-failure`, and the group's other changes still go through.
  func changeMember(_ member: String, _ body: () throws -> Void) {
    do {
      try body()
    } catch let error as TenantError {
      refusedMembers.refused.append((member, error.message))
    } catch {
      refusedMembers.refused.append((member, String(describing: error)))
    }
  }
}
