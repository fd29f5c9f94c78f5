import Foundation
import GRDB

/// The tenant part of the seed (adsync-and-writeback.md §5): `contoso.onmicrosoft.com` with
/// `contoso.com` verified, three users synced from AD (their onPremises* properties taken
/// from the seeded AD users, as Connect would have set them) and two cloud-only users. No
/// groups: the article's scenario groups are created by the scripts that walk it.
extension LabSeed {
  /// The AD users (sAMAccountNames) seeded as already synced to the tenant.
  static let syncedUsers = ["ajohnson", "bsmith", "dmiller"]

  /// The lab tenant's id (the `tid` its tokens would carry): one fixed GUID, so that
  /// `Get-MgContext` shows the same TenantId in every lab.
  static let tenantId = "b5e2a9c4-71d3-4f08-a6e1-3c9d8f2b7e40"

  /// Empties the tenant tables and seeds the tenant, inside the reset transaction.
  static func seedTenant(_ db: Database, _ configuration: LabConfiguration) throws {
    try db.execute(
      sql: """
        DELETE FROM tenantLinkLog; DELETE FROM tenantDeletion; DELETE FROM tenantLink;
        DELETE FROM tenantValue; DELETE FROM tenantObject;
        """)
    let label = configuration.dnsName.split(separator: ".").first.map(String.init) ?? "contoso"
    let initialDomain = "\(label.lowercased()).onmicrosoft.com"
    for (key, value) in [
      ("tenant.id", tenantId), ("tenant.initialDomain", initialDomain),
      ("tenant.defaultDomain", configuration.dnsName), ("tenant.usn", "0"),
    ] {
      try LabStore.setSetting(db, key, value)
    }
    let tenant = TenantTransaction(db, now: configuration.seedDate)
    for sam in syncedUsers {
      guard
        let row = try Row.fetchOne(
          db, sql: "SELECT id, guid, sid, dn FROM object WHERE samKey = ?", arguments: [sam])
      else { continue }
      var attributes: [String: [String]] = [:]
      for attribute in try Row.fetchAll(
        db, sql: "SELECT name, value FROM attribute WHERE objectId = ? ORDER BY name, position",
        arguments: [try row.decode(Int64.self, forColumn: "id")])
      {
        let name: String = try attribute.decode(forColumn: "name")
        attributes[name, default: []].append(try attribute.decode(forColumn: "value"))
      }
      let upn = attributes["userprincipalname"]?.first ?? "\(sam)@\(configuration.dnsName)"
      let mail = attributes["mail"]?.first
      try tenant.createUser(
        NewTenantUser(
          displayName: attributes["displayname"]?.first ?? sam, userPrincipalName: upn,
          mailNickname: sam, mail: mail, givenName: attributes["givenname"]?.first,
          surname: attributes["sn"]?.first, jobTitle: attributes["title"]?.first,
          department: attributes["department"]?.first, usageLocation: "US",
          proxyAddresses: attributes["proxyaddresses"] ?? mail.map { ["SMTP:\($0)"] } ?? [],
          onPremises: OnPremisesIdentity(
            syncEnabled: true,
            immutableId: OnPremisesIdentity.immutableId(
              fromObjectGUID: try row.decode(forColumn: "guid")),
            securityIdentifier: try row.decode(forColumn: "sid"), samAccountName: sam,
            domainName: configuration.dnsName, netBiosName: configuration.netBIOSName,
            userPrincipalName: upn, distinguishedName: try row.decode(forColumn: "dn"),
            lastSyncDateTime: configuration.seedDate)))
    }
    let cloudOnly: [(String, String, String, String)] = [
      ("Cloud Only", "cloud.only", "Cloud", "Only"),
      ("Contoso Admin", "admin", "Contoso", "Admin"),
    ]
    for (display, nickname, given, surname) in cloudOnly {
      try tenant.createUser(
        NewTenantUser(
          displayName: display, userPrincipalName: "\(nickname)@\(initialDomain)",
          mailNickname: nickname, givenName: given, surname: surname, usageLocation: "US"))
    }
  }
}
