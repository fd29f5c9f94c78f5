import Foundation
import GRDB

/// The settings a lab is seeded with.
public struct LabConfiguration: Sendable {
  public var dnsName: String
  public var netBIOSName: String
  public var domainSID: String
  /// whenCreated of the seeded objects, fixed so that every seeded lab prints the same.
  public var seedDate: Date
  /// Seeds the objectGUID generator; the same seed gives the same GUIDs.
  public var guidSeed: UInt64
  /// The moment the seeded logons and password changes are counted back from; nil is the
  /// moment the lab is seeded, so a new lab always has the same mix of active and stale
  /// accounts (LabSeed+Activity).
  public var activityDate: Date?

  public init(
    dnsName: String = "contoso.com", netBIOSName: String = "CONTOSO",
    domainSID: String = "S-1-5-21-4145720173-4034189219-1247918874",
    seedDate: Date = Date(timeIntervalSince1970: 1_705_309_200), guidSeed: UInt64 = 20_240_115,
    activityDate: Date? = nil
  ) {
    self.dnsName = dnsName
    self.netBIOSName = netBIOSName
    self.domainSID = domainSID
    self.seedDate = seedDate
    self.guidSeed = guidSeed
    self.activityDate = activityDate
  }

  /// `DC=contoso,DC=com` for `contoso.com`.
  public var domainDN: DistinguishedName {
    DistinguishedName(
      rdns: dnsName.split(separator: ".").map { .init(type: "DC", value: String($0)) })
  }
}

/// An opened lab: the store and the directory, tenant and sync service on it, seeded on
/// first use.
public final class Lab {
  public let store: LabStore
  public let directory: Directory
  public let tenant: Tenant
  public let sync: SyncService

  /// Opens the lab at `path` (`:memory:` for a throw-away one), seeding it when it holds
  /// nothing yet.
  ///
  /// A lab that holds rows but no domain is damaged: it is reported (`LabError.noDomain`),
  /// never reseeded on its own, unless `allowDamaged` is given (for `Reset-ADLab`, which
  /// then erases it).
  public init(
    path: String, configuration: LabConfiguration = LabConfiguration(),
    allowDamaged: Bool = false
  ) throws {
    store = try LabStore(path: path)
    directory = Directory(store: store)
    tenant = Tenant(store: store)
    sync = SyncService(store: store)
    let (isSeeded, isEmpty) = try store.read { db in
      try LabStore.setting(db, "domain.dn") != nil ? (true, false) : (false, try Lab.isEmpty(db))
    }
    if isSeeded { return }
    if isEmpty {
      try reset(configuration: configuration)
    } else if !allowDamaged {
      throw LabError.noDomain(path: path)
    }
  }

  /// Empties the lab and seeds it again, in one transaction.
  public func reset(configuration: LabConfiguration = LabConfiguration()) throws {
    try store.write { db in
      // Every table of every migration is emptied; foreign keys are checked at commit.
      try db.execute(sql: "PRAGMA defer_foreign_keys = ON")
      for table in try Lab.tables(db) {
        try db.execute(sql: "DELETE FROM \(table.quotedDatabaseIdentifier)")
      }
      try LabSeed.seed(db, configuration)
    }
  }

  /// Closes the lab (see `LabStore.close`); the lab is not used afterwards.
  public func close() throws { try store.close() }

  /// The lab's own tables: every table of every migration.
  private static func tables(_ db: Database) throws -> [String] {
    try String.fetchAll(
      db,
      sql: "SELECT name FROM sqlite_master WHERE type = 'table' "
        + "AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations'")
  }

  /// True when no table holds a row: a lab that was created but never seeded.
  private static func isEmpty(_ db: Database) throws -> Bool {
    for table in try tables(db)
    where try Bool.fetchOne(
      db, sql: "SELECT EXISTS (SELECT 1 FROM \(table.quotedDatabaseIdentifier))") == true
    {
      return false
    }
    return true
  }
}
