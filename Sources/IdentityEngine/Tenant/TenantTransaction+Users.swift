import Foundation
import GRDB

/// The tenant's domains and settings, and creating users.
extension TenantTransaction {
  /// The tenant's initial (`contoso.onmicrosoft.com`) and default (`contoso.com`) domains.
  public func tenantDomains() throws -> TenantDomains {
    let initial = try LabStore.setting(db, "tenant.initialDomain") ?? "contoso.onmicrosoft.com"
    let fallback = try LabStore.setting(db, "domain.dns") ?? initial
    let defaultDomain = try LabStore.setting(db, "tenant.defaultDomain") ?? fallback
    return TenantDomains(initialDomain: initial, defaultDomain: defaultDomain)
  }

  /// The tenant's id; a lab seeded before the id was kept has the seed's id.
  public func tenantId() throws -> String {
    try LabStore.setting(db, "tenant.id") ?? LabSeed.tenantId
  }

  /// The directory setting `Group.Unified` → `NewUnifiedGroupWritebackDefault` (true when
  /// absent): false makes new Microsoft 365 groups start with writeback disabled.
  public func newUnifiedGroupWritebackDefault() throws -> Bool {
    try LabStore.setting(db, "tenant.newUnifiedGroupWritebackDefault") != "false"
  }

  /// Sets `NewUnifiedGroupWritebackDefault`.
  public func setNewUnifiedGroupWritebackDefault(_ value: Bool) throws {
    try LabStore.setSetting(db, "tenant.newUnifiedGroupWritebackDefault", value ? "true" : "false")
  }

  /// Creates a user; the UPN must be unique and end in a verified domain.
  @discardableResult
  public func createUser(_ new: NewTenantUser) throws -> TenantUser {
    guard !new.displayName.trimmingCharacters(in: .whitespaces).isEmpty else {
      throw TenantError.invalidValue(property: "displayName", resource: .user)
    }
    if let nickname = new.mailNickname, !Self.isValidMailNickname(nickname) {
      throw TenantError.invalidValue(property: "mailNickname", resource: .user)
    }
    try checkUserPrincipalName(new.userPrincipalName, except: nil)
    var user = TenantUser(
      id: try new.id.map(Self.normalizedId) ?? newObjectId(), displayName: new.displayName,
      userPrincipalName: new.userPrincipalName, mail: new.mail,
      mailNickname: new.mailNickname
        ?? String(new.userPrincipalName.prefix { $0 != "@" }),
      givenName: new.givenName, surname: new.surname, jobTitle: new.jobTitle,
      department: new.department, accountEnabled: new.accountEnabled, userType: new.userType,
      usageLocation: new.usageLocation, proxyAddresses: new.proxyAddresses,
      onPremises: new.onPremises, createdDateTime: now)
    if try locate(user.id, includeDeleted: true) != nil {
      throw TenantError.alreadyExists(property: "id")
    }
    if let immutableId = user.onPremises.immutableId {
      let taken = try Int64.fetchOne(
        db, sql: "SELECT rowId FROM tenantObject WHERE onPremisesImmutableId = ? LIMIT 1",
        arguments: [immutableId])
      if taken != nil { throw TenantError.alreadyExists(property: "onPremisesImmutableId") }
    }
    try checkProxyAddressesFree(user.proxyAddresses, except: nil)
    let usn = try nextUSN()
    let rowId = try TenantRecord.insert(db, id: user.id, TenantRecord.columns(user), usn: usn)
    try setValues(rowId, "proxyAddresses", user.proxyAddresses)
    user.usnCreated = usn
    user.usnChanged = usn
    return user
  }

  /// Fails for a malformed UPN, one outside the verified domains, or one already used.
  func checkUserPrincipalName(_ upn: String, except rowId: Int64?) throws {
    let parts = upn.split(separator: "@", omittingEmptySubsequences: false)
    guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty, !upn.contains(" ") else {
      throw TenantError.invalidValue(property: "userPrincipalName", resource: .user)
    }
    let domains = try tenantDomains()
    let domain = String(parts[1])
    guard domains.verified.contains(where: { $0.caseInsensitiveCompare(domain) == .orderedSame })
    else { throw TenantError.unverifiedDomain(domain) }
    let owner = try Int64.fetchOne(
      db, sql: "SELECT rowId FROM tenantObject WHERE userPrincipalName = ?", arguments: [upn])
    if let owner, owner != rowId {
      throw TenantError.alreadyExists(property: "userPrincipalName")
    }
  }
}

/// The tenant's domain names.
public struct TenantDomains: Equatable, Sendable {
  /// `<tenant>.onmicrosoft.com`.
  public let initialDomain: String
  /// The verified domain new addresses use, `contoso.com` in the lab.
  public let defaultDomain: String

  /// Every verified domain (UPNs must end in one).
  public var verified: [String] { [initialDomain, defaultDomain] }
}
