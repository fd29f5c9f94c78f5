import Foundation
import GRDB
import Testing

@testable import IdentityEngine

/// A fresh seeded lab with a pinned tenant clock.
func tenantLab() throws -> Lab {
  let lab = try Lab(path: ":memory:")
  lab.tenant.now = { Date(timeIntervalSince1970: 1_717_200_000) }
  return lab
}

func securityGroup(_ name: String, _ nickname: String) -> NewTenantGroup {
  NewTenantGroup(displayName: name, mailNickname: nickname, securityEnabled: true)
}

func unifiedGroup(_ name: String, _ nickname: String) -> NewTenantGroup {
  NewTenantGroup(
    displayName: name, mailNickname: nickname, mailEnabled: true, securityEnabled: false,
    groupTypes: ["Unified"])
}

@Test func seededTenantHasSyncedAndCloudUsers() throws {
  let lab = try tenantLab()
  let users = try lab.tenant.users()
  #expect(
    users.map(\.userPrincipalName) == [
      "ajohnson@contoso.com", "bsmith@contoso.com", "dmiller@contoso.com",
      "cloud.only@contoso.onmicrosoft.com", "admin@contoso.onmicrosoft.com",
    ])
  #expect(users.filter { $0.onPremises.syncEnabled == true }.count == 3)
  #expect(try lab.tenant.groups().isEmpty)
  #expect(try lab.store.appliedMigrations().contains("v2"))
}

@Test func syncedUserCarriesItsADAnchor() throws {
  let lab = try tenantLab()
  let alice = try lab.tenant.user("ajohnson@contoso.com")
  let entry = try #require(
    try lab.directory.entries(whereColumn: .samAccountName, equals: "ajohnson").first)
  let uuid = try #require(UUID(uuidString: entry.guid))
  let bytes = withUnsafeBytes(of: uuid.uuid) { Array($0) }
  let dotNet =
    Array(bytes[0..<4].reversed()) + [bytes[5], bytes[4], bytes[7], bytes[6]]
    + Array(bytes[8...])
  #expect(alice.onPremises.immutableId == Data(dotNet).base64EncodedString())
  #expect(alice.onPremises.securityIdentifier == entry.sid)
  #expect(alice.onPremises.distinguishedName == entry.dn.description)
  #expect(alice.displayName == "Alice Johnson")
  #expect(!alice.isCloudMastered)
}

@Test func unifiedGroupGetsMailAndProxyAddresses() throws {
  let lab = try tenantLab()
  let group = try lab.tenant.createGroup(unifiedGroup("M365 - SG01", "M365-SG01"))
  #expect(group.mail == "M365-SG01@contoso.com")
  #expect(
    group.proxyAddresses == [
      "SMTP:M365-SG01@contoso.com", "smtp:M365-SG01@contoso.onmicrosoft.com",
    ])
  #expect(group.cloudAnchor == "Group_\(group.id)")
  #expect(try lab.tenant.group(group.id.uppercased()) == group)
  #expect(throws: TenantError.alreadyExists(property: "proxyAddresses")) {
    try lab.tenant.createGroup(unifiedGroup("Other", "m365-sg01"))
  }
}

@Test func writebackDefaultsFollowTheDocumentedRules() throws {
  let lab = try tenantLab()
  let security = try lab.tenant.createGroup(securityGroup("AZ SG01", "AZSG01"))
  let unified = try lab.tenant.createGroup(unifiedGroup("M365 - SG01", "M365-SG01"))
  #expect(security.effectiveWriteback == nil)
  #expect(unified.effectiveWriteback == .universalDistributionGroup)
  let optedIn = try lab.tenant.updateGroup(security.id) {
    $0.writebackConfiguration.isEnabled = true
  }
  #expect(optedIn.effectiveWriteback == .universalSecurityGroup)
  let optedOut = try lab.tenant.updateGroup(unified.id) {
    $0.writebackConfiguration.isEnabled = false
  }
  #expect(optedOut.effectiveWriteback == nil)
  let mailSecurity = try lab.tenant.updateGroup(unified.id) {
    $0.writebackConfiguration = WritebackConfiguration(
      isEnabled: true, onPremisesGroupType: .universalMailEnabledSecurityGroup)
  }
  #expect(mailSecurity.effectiveWriteback == .universalMailEnabledSecurityGroup)
  #expect(throws: TenantError.unsupportedWritebackType(.universalDistributionGroup)) {
    try lab.tenant.updateGroup(security.id) {
      $0.writebackConfiguration.onPremisesGroupType = .universalDistributionGroup
    }
  }
}

@Test func newUnifiedGroupWritebackDefaultCanBeTurnedOff() throws {
  let lab = try tenantLab()
  try lab.tenant.write { try $0.setNewUnifiedGroupWritebackDefault(false) }
  let group = try lab.tenant.createGroup(unifiedGroup("M365 - SG02", "M365-SG02"))
  #expect(group.writebackConfiguration.isEnabled == false)
  #expect(group.effectiveWriteback == nil)
}

@Test func graphRefusesMailEnabledSecurityGroups() throws {
  let lab = try tenantLab()
  #expect(throws: TenantError.mailEnabledGroupNotSupported) {
    try lab.tenant.createGroup(
      NewTenantGroup(
        displayName: "Mail SG", mailNickname: "mailsg", mailEnabled: true, securityEnabled: true))
  }
  #expect(throws: TenantError.invalidValue(property: "mailNickname", resource: .group)) {
    try lab.tenant.createGroup(securityGroup("Bad", "has space"))
  }
  #expect(try lab.tenant.groups().isEmpty)
}

@Test func membersAndOwners() throws {
  let lab = try tenantLab()
  let group = try lab.tenant.createGroup(securityGroup("AZ SG01", "AZSG01"))
  let alice = try lab.tenant.user("ajohnson@contoso.com")
  let cloud = try lab.tenant.user("cloud.only@contoso.onmicrosoft.com")
  try lab.tenant.addMember(group: group.id, member: alice.id)
  try lab.tenant.addMember(group: group.id, member: cloud.id)
  try lab.tenant.addOwner(group: group.id, owner: cloud.id)
  #expect(
    try lab.tenant.members(of: group.id).map(\.displayName) == ["Alice Johnson", "Cloud Only"])
  #expect(try lab.tenant.owners(of: group.id).map(\.id) == [cloud.id])
  #expect(throws: TenantError.referenceExists(relation: "members")) {
    try lab.tenant.addMember(group: group.id, member: alice.id)
  }
  try lab.tenant.removeMember(group: group.id, member: alice.id)
  #expect(throws: TenantError.notFound(alice.id)) {
    try lab.tenant.removeMember(group: group.id, member: alice.id)
  }
  #expect(try lab.tenant.read { try $0.memberOf(cloud.id) }.map(\.id) == [group.id])
}

@Test func softDeleteHidesAndRestoreBringsBack() throws {
  let lab = try tenantLab()
  let unified = try lab.tenant.createGroup(unifiedGroup("M365 - SG01", "M365-SG01"))
  let security = try lab.tenant.createGroup(securityGroup("AZ SG01", "AZSG01"))
  let cloud = try lab.tenant.user("cloud.only@contoso.onmicrosoft.com")
  try lab.tenant.addMember(group: unified.id, member: cloud.id)
  #expect(try lab.tenant.delete(unified.id) == .soft)
  #expect(try lab.tenant.delete(security.id) == .permanent)
  #expect(try lab.tenant.groups().isEmpty)
  #expect(try lab.tenant.groups(deleted: .only).map(\.id) == [unified.id])
  #expect(throws: TenantError.notFound(unified.id)) { try lab.tenant.group(unified.id) }
  try lab.tenant.restore(unified.id)
  #expect(try lab.tenant.members(of: unified.id).map(\.id) == [cloud.id])
  #expect(throws: TenantError.notDeleted(security.id)) { try lab.tenant.restore(security.id) }
  try lab.tenant.delete(cloud.id)
  #expect(try lab.tenant.members(of: unified.id).isEmpty)
}

@Test func changeFeedReportsOnlyWhatChanged() throws {
  let lab = try tenantLab()
  let start = try lab.tenant.currentUSN()
  #expect(try lab.tenant.changes(since: start).isEmpty)
  let group = try lab.tenant.createGroup(securityGroup("AZ SG01", "AZSG01"))
  let alice = try lab.tenant.user("ajohnson@contoso.com")
  try lab.tenant.addMember(group: group.id, member: alice.id)
  let first = try lab.tenant.changes(since: start)
  #expect(first.objects.map(\.id) == [group.id])
  #expect(
    first.links.map { "\($0.groupId) \($0.relation.rawValue) \($0.targetId) \($0.isAdded)" } == [
      "\(group.id) members \(alice.id) true"
    ])
  try lab.tenant.permanentlyDelete(group.id)
  let second = try lab.tenant.changes(since: first.watermark)
  #expect(second.objects.isEmpty)
  #expect(second.deletions.map(\.id) == [group.id])
  #expect(second.links.map(\.isAdded) == [false])
  #expect(try lab.tenant.changes(since: second.watermark).isEmpty)
}

@Test func createdUsersNeedAVerifiedUniqueUPN() throws {
  let lab = try tenantLab()
  #expect(throws: TenantError.unverifiedDomain("fabrikam.com")) {
    try lab.tenant.createUser(
      NewTenantUser(displayName: "X", userPrincipalName: "x@fabrikam.com"))
  }
  #expect(throws: TenantError.alreadyExists(property: "userPrincipalName")) {
    try lab.tenant.createUser(
      NewTenantUser(displayName: "X", userPrincipalName: "AJOHNSON@contoso.com"))
  }
  let user = try lab.tenant.createUser(
    NewTenantUser(displayName: "Cloud User1", userPrincipalName: "clouduser1@contoso.com"))
  #expect(user.mailNickname == "clouduser1")
  #expect(user.isCloudMastered)
}

@Test func resetEmptiesTheTenant() throws {
  let lab = try tenantLab()
  try lab.tenant.createGroup(securityGroup("AZ SG01", "AZSG01"))
  try lab.reset()
  #expect(try lab.tenant.groups().isEmpty)
  #expect(try lab.tenant.users().count == 5)
}
