import Foundation
import GRDB

/// The prepared statements and counters of one bulk insert into the tenant.
///
/// Rows are written as `createUser`/`createGroup` would write them, without their per-object
/// checks: the caller generates names that cannot clash.
struct BulkTenantWriter {
  let db: Database
  let stamp: String
  let insertUserRow: Statement
  let insertGroupRow: Statement
  let insertValue: Statement
  let insertLink: Statement
  var usn: Int64
  var guidCounter: Int64
  let guidSeed: UInt64
  /// The row ids of the users inserted so far, in order.
  var userRows: [Int64] = []

  init(_ db: Database, date: Date) throws {
    self.db = db
    stamp = TenantRecord.format(date)
    insertUserRow = try db.makeStatement(
      sql: """
        INSERT INTO tenantObject(id, kind, displayName, userPrincipalName, mailNickname,
          givenName, surname, accountEnabled, userType, usageLocation, onPremisesSyncEnabled,
          onPremisesImmutableId, onPremisesSecurityIdentifier, onPremisesSamAccountName,
          onPremisesDomainName, onPremisesNetBiosName, onPremisesUserPrincipalName,
          onPremisesDistinguishedName, onPremisesLastSyncDateTime, createdDateTime, usnCreated,
          usnChanged)
        VALUES (?, 'user', ?, ?, ?, ?, ?, 1, 'Member', 'US', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """)
    insertGroupRow = try db.makeStatement(
      sql: """
        INSERT INTO tenantObject(id, kind, displayName, mailNickname, mail, mailEnabled,
          securityEnabled, visibility, writebackEnabled, writebackGroupType, createdDateTime,
          usnCreated, usnChanged)
        VALUES (?, 'group', ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?)
        """)
    insertValue = try db.makeStatement(
      sql: "INSERT INTO tenantValue(objectRowId, name, position, value) VALUES (?, ?, ?, ?)")
    insertLink = try db.makeStatement(
      sql: "INSERT OR IGNORE INTO tenantLink(groupRowId, relation, targetRowId) "
        + "VALUES (?, 'members', ?)")
    usn = try LabStore.setting(db, "tenant.usn").flatMap { Int64($0) } ?? 0
    guidCounter = try LabStore.setting(db, "tenant.guid.counter").flatMap { Int64($0) } ?? 0
    guidSeed = try LabStore.setting(db, "guid.seed").flatMap { UInt64($0) } ?? 0
  }

  /// The next objectId, as `TenantTransaction.newObjectId` would give it.
  mutating func nextId() -> String {
    guidCounter += 1
    return TenantTransaction.objectId(seed: guidSeed, counter: UInt64(guidCounter))
  }

  /// Inserts a user synced from AD.
  mutating func insertUser(
    displayName: String, upn: String, sam: String, givenName: String, surname: String,
    onPremises: OnPremisesIdentity
  ) throws {
    usn += 1
    try insertUserRow.execute(arguments: [
      nextId(), displayName, upn, sam, givenName, surname, onPremises.syncEnabled,
      onPremises.immutableId, onPremises.securityIdentifier, onPremises.samAccountName,
      onPremises.domainName, onPremises.netBiosName, onPremises.userPrincipalName,
      onPremises.distinguishedName, onPremises.lastSyncDateTime.map(TenantRecord.format), stamp,
      usn, usn,
    ])
    userRows.append(db.lastInsertedRowID)
  }

  /// Inserts a cloud group with writeback enabled: a Microsoft 365 group (with the mail and
  /// proxy addresses Exchange Online gives it) or a security group written back as a
  /// universal security group; returns its row id.
  mutating func insertGroup(
    displayName: String, nickname: String, unified: Bool, domains: TenantDomains
  ) throws -> Int64 {
    usn += 1
    let mail = unified ? "\(nickname)@\(domains.defaultDomain)" : nil
    try insertGroupRow.execute(arguments: [
      nextId(), displayName, nickname, mail, unified, !unified, unified ? "Public" : nil,
      unified ? nil : OnPremisesGroupType.universalSecurityGroup.rawValue, stamp, usn, usn,
    ])
    let rowId = db.lastInsertedRowID
    if unified {
      try insertValue.execute(arguments: [rowId, "groupTypes", 0, "Unified"])
      try insertValue.execute(arguments: [
        rowId, "proxyAddresses", 0, "SMTP:\(nickname)@\(domains.defaultDomain)",
      ])
      try insertValue.execute(arguments: [
        rowId, "proxyAddresses", 1, "smtp:\(nickname)@\(domains.initialDomain)",
      ])
    }
    return rowId
  }

  /// Adds one member to a group.
  func link(group: Int64, member: Int64) throws {
    try insertLink.execute(arguments: [group, member])
  }

  /// Writes the change and objectId counters back, once.
  func saveCounters() throws {
    try LabStore.setSetting(db, "tenant.usn", String(usn))
    try LabStore.setSetting(db, "tenant.guid.counter", String(guidCounter))
  }
}
