import Foundation
import GRDB

/// The sync part of the seed (adsync-and-writeback.md §5): Connect installed with password
/// hash sync and group writeback (v1 and v2) into `OU=GroupWriteback,OU=Corp`, the scheduler
/// on (30 minutes, Delta), not staging, the deletion threshold at 500. The AD connector
/// covers the whole domain, as Express settings install it (the default rules leave out the
/// critical system objects: the built-in accounts and groups); its connector space fills on
/// the first cycle.
extension LabSeed {
  static func seedSync(_ db: Database, _ configuration: LabConfiguration) throws {
    let corp = configuration.domainDN.child("OU", "Corp")
    let container = corp.child("OU", "GroupWriteback")
    try Directory.create(
      db,
      NewObject(
        dn: container, objectClass: "organizationalUnit",
        attributes: [("description", ["Groups written back from Entra ID"])], isProtected: true),
      at: configuration.seedDate, allowSystem: true)
    try SyncService.seed(
      db, forest: configuration.dnsName, scope: configuration.domainDN.description,
      container: container.description, date: configuration.seedDate)
  }
}
