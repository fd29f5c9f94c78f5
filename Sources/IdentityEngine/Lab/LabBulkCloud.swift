import Foundation
import GRDB

/// A generated hybrid population for sync benchmarks: synced users and cloud groups that
/// group writeback writes back to AD.
///
/// User `i` (from 0) is an AD user `CN=Syn00000` in `OU=<ouName>,OU=Corp` (sAMAccountName
/// `syn00000`, UPN `syn00000@<domain>`, inside the AD connector's scope) and the tenant user
/// Connect would have created for it (onPremisesImmutableId from its objectGUID), so the two
/// join on the first cycle. Group `i` is `CloudGrp000000` (mailNickname `cloudgrp000000`):
/// even numbers Microsoft 365 groups, odd ones security groups, all with writeback enabled.
/// The memberships are spread evenly: group `g` holds users `g·k`, `g·k+1`, … (modulo the
/// user count), so each group has about `membershipCount / groupCount` members.
public struct BulkCloudPopulation: Sendable, Equatable {
  public var groupCount: Int
  public var membershipCount: Int
  /// How many synced users the memberships draw on.
  public var userCount: Int
  /// The OU below OU=Corp that holds the AD users; created, and must not exist yet.
  public var ouName: String

  public init(
    groupCount: Int, membershipCount: Int, userCount: Int? = nil, ouName: String = "Synced"
  ) {
    self.groupCount = groupCount
    self.membershipCount = membershipCount
    self.userCount =
      userCount ?? max(min(membershipCount / 100, 10_000), membershipCount > 0 ? 1 : 0)
    self.ouName = ouName
  }

  /// How many members group `index` gets.
  func memberCount(of index: Int) -> Int {
    guard groupCount > 0 else { return 0 }
    let base = membershipCount / groupCount
    return min(base + (index < membershipCount % groupCount ? 1 : 0), userCount)
  }

  /// `number` zero-padded to `digits` (at least five) digits.
  static func padded(_ number: Int, digits: Int) -> String {
    let text = String(number)
    return String(repeating: "0", count: max(max(digits, 5) - text.count, 0)) + text
  }
}

extension Lab {
  /// Adds a generated hybrid population in one transaction, with prepared statements; returns
  /// the number of memberships added.
  ///
  /// The link changes are not logged one by one: every group is new, so the next import
  /// (full or delta) reads it whole. Fails, adding nothing, when the OU already exists.
  @discardableResult
  public func addBulkCloudGroups(_ population: BulkCloudPopulation) throws -> Int {
    guard population.groupCount >= 0, population.membershipCount >= 0, population.userCount >= 0
    else {
      throw DirectoryError.invalidAttributeValue(
        attribute: "count", value: "negative", reason: "counts must not be negative")
    }
    let date = tenant.now()
    return try store.write { db in
      let domain = try Directory.domain(db)
      let ou = domain.dn.child("OU", "Corp").child("OU", population.ouName)
      if try Directory.objectRow(db, ou) != nil {
        throw DirectoryError.entryAlreadyExists(ou.description)
      }
      try Directory.create(
        db, NewObject(dn: ou, objectClass: "organizationalUnit"), at: date, allowSystem: false)
      var writer = try BulkWriter(db, parent: try Directory.requireRow(db, ou), date: date)
      var cloud = try BulkTenantWriter(db, date: date)
      let digits = String(max(population.userCount - 1, 0)).count
      for index in 0..<population.userCount {
        let number = BulkCloudPopulation.padded(index, digits: digits)
        let sam = "syn\(number)"
        let upn = "\(sam)@\(domain.dnsName)"
        let object = NewObject(
          dn: ou.child("CN", "Syn\(number)"), objectClass: "user", samAccountName: sam,
          attributes: [
            ("givenName", ["Synced"]), ("sn", ["User\(number)"]), ("displayName", ["Syn\(number)"]),
            ("userPrincipalName", [upn]), ("userAccountControl", ["512"]),
          ])
        _ = try writer.insert(object, domainSID: domain.sid)
        let guid = Directory.guid(seed: writer.guidSeed, counter: UInt64(writer.guidCounter))
        try cloud.insertUser(
          displayName: "Syn\(number)", upn: upn, sam: sam, givenName: "Synced",
          surname: "User\(number)",
          onPremises: OnPremisesIdentity(
            syncEnabled: true, immutableId: OnPremisesIdentity.immutableId(fromObjectGUID: guid),
            securityIdentifier: "\(domain.sid)-\(writer.rid)", samAccountName: sam,
            domainName: domain.dnsName, netBiosName: domain.netBIOSName,
            userPrincipalName: upn, distinguishedName: object.dn.description,
            lastSyncDateTime: date))
      }
      try writer.saveCounters()
      let groupDigits = max(String(max(population.groupCount - 1, 0)).count, 6)
      let domains = try TenantTransaction(db, now: date).tenantDomains()
      var added = 0
      for index in 0..<population.groupCount {
        let nickname = "cloudgrp" + BulkCloudPopulation.padded(index, digits: groupDigits)
        let rowId = try cloud.insertGroup(
          displayName: "CloudGrp" + BulkCloudPopulation.padded(index, digits: groupDigits),
          nickname: nickname, unified: index % 2 == 0, domains: domains)
        let count = population.memberCount(of: index)
        for offset in 0..<count {
          let user = (index * count + offset) % population.userCount
          try cloud.link(group: rowId, member: cloud.userRows[user])
        }
        added += count
      }
      try cloud.saveCounters()
      return added
    }
  }
}
