import Foundation
import GRDB

/// The AD connector's partition and its OU filter (ConnectorPartitionScope): which
/// containers are included and which, inside them, are excluded.
public struct PartitionScope: Sendable, Equatable {
  /// The partition's DN (the domain's).
  public var dn: String
  public var inclusions: [String]
  public var exclusions: [String]

  public init(dn: String, inclusions: [String], exclusions: [String]) {
    self.dn = dn
    self.inclusions = inclusions
    self.exclusions = exclusions
  }
}

/// Reading and changing the OU filter, as the wizard's "Domain and OU filtering" page and
/// `Add-ADSyncConnector` with an edited connector do.
///
/// The lists are kept one DN per line in `sync.ad.scope` and `sync.ad.exclusions`.
extension SyncService {
  public func adPartitionScope() throws -> PartitionScope {
    try store.read { db in try Self.adPartitionScope(db) }
  }

  static func adPartitionScope(_ db: Database) throws -> PartitionScope {
    func lines(_ key: String) throws -> [String] {
      (try LabStore.setting(db, key) ?? "").split(separator: "\n").map(String.init)
    }
    let domain = try String.fetchOne(
      db, sql: "SELECT dn FROM object WHERE objectClass = 'domainDNS' ORDER BY id LIMIT 1")
    return PartitionScope(
      dn: domain ?? "", inclusions: try lines("sync.ad.scope"),
      exclusions: try lines("sync.ad.exclusions"))
  }

  /// Saves a new OU filter.
  ///
  /// The next cycle runs a Full Import and a Full Synchronization on the AD connector, as
  /// after the wizard. Every DN must parse and lie in the partition, and an
  /// exclusion must lie inside an inclusion; otherwise nothing changes.
  public func setADPartitionScope(inclusions: [String], exclusions: [String]) throws {
    try store.write { db in
      let partition = try Self.adPartitionScope(db)
      guard let root = DistinguishedName(partition.dn) else {
        throw SyncError.noSuchConnector(partition.dn)
      }
      guard !inclusions.isEmpty else {
        throw SyncError.invalidPartitionScope(
          "The ContainerInclusionList of partition \(partition.dn) is empty: include at least "
            + "one container.")
      }
      var included: [DistinguishedName] = []
      for text in inclusions {
        guard let dn = DistinguishedName(text), dn.isWithin(root) else {
          throw SyncError.invalidPartitionScope(
            "The container '\(text)' in ContainerInclusionList is not in partition "
              + "\(partition.dn).")
        }
        included.append(dn)
      }
      for text in exclusions {
        guard let dn = DistinguishedName(text), included.contains(where: { dn.isWithin($0) })
        else {
          throw SyncError.invalidPartitionScope(
            "The container '\(text)' in ContainerExclusionList is not inside a container of "
              + "ContainerInclusionList.")
        }
      }
      try LabStore.setSetting(db, "sync.ad.scope", inclusions.joined(separator: "\n"))
      try LabStore.setSetting(db, "sync.ad.exclusions", exclusions.joined(separator: "\n"))
      try db.execute(
        sql: "UPDATE sync_connector SET fullImportRequired = 1, fullSyncRequired = 1 "
          + "WHERE kind = 'AD'")
    }
  }
}
