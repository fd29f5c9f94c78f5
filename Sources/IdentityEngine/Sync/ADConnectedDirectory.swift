import Foundation
import GRDB

/// The AD forest as the AD connector sees it: users and groups below the partition's
/// included containers and not below an excluded one, anchored on objectGUID.
///
/// Delta import reads objects whose uSNChanged passed the watermark (indexed) and the
/// deletions the `sync_ad_deleted` trigger recorded; exports use the directory's own write
/// paths, so AD's rules hold for written-back groups too.
struct ADConnectedDirectory: ConnectedDirectory {
  /// The attributes the connector imports (its attribute inclusion list).
  static let inclusion = [
    "displayName", "description", "groupType", "adminDescription", "mail", "mailNickname",
    "proxyAddresses", "userPrincipalName", "givenName", "sn", "department",
    "mS-DS-ConsistencyGuid", "isCriticalSystemObject", "userAccountControl",
    "msExchRecipientDisplayType", "msExchRecipientTypeDetails",
  ]

  /// The partition's ContainerInclusionList.
  let inclusions: [DistinguishedName]
  /// The partition's ContainerExclusionList.
  let exclusions: [DistinguishedName]
  let date: Date
  /// Member ids the exports of one step have resolved.
  let memberIds = MemberIdCache()

  /// Whether an object at `dn` is in the connector's scope.
  func inScope(_ dn: DistinguishedName) -> Bool {
    inclusions.contains { dn.isWithin($0) } && !exclusions.contains { dn.isWithin($0) }
  }

  func fullImport(_ db: Database) throws -> [ConnectedObject] {
    var rows: [(id: Int64, row: Row)] = []
    var seen = Set<Int64>()
    for container in inclusions {
      let key = container.treeKey
      for row in try Row.fetchAll(
        db,
        sql: "SELECT * FROM object WHERE treeKey >= ? AND treeKey < ? "
          + "AND objectClass IN ('user', 'group') ORDER BY id",
        arguments: [key, String(key.dropLast()) + "\u{2}"])
      {
        let id = try row.decode(Int64.self, forColumn: "id")
        guard seen.insert(id).inserted else { continue }
        if let dn = DistinguishedName(try row.decode(String.self, forColumn: "dn")), inScope(dn) {
          rows.append((id, row))
        }
      }
    }
    if inclusions.count > 1 { rows.sort { $0.id < $1.id } }
    try LabStore.setSetting(db, "sync.ad.usn", try LabStore.setting(db, "usn") ?? "0")
    try db.execute(sql: "DELETE FROM sync_ad_deleted")
    return try objects(db, rows.map(\.row))
  }

  func deltaImport(_ db: Database) throws -> (changed: [ConnectedObject], deleted: [String]) {
    let watermark = Int64(try LabStore.setting(db, "sync.ad.usn") ?? "0") ?? 0
    let rows = try Row.fetchAll(
      db,
      sql: "SELECT * FROM object WHERE usnChanged > ? AND objectClass IN ('user', 'group') "
        + "ORDER BY id", arguments: [watermark])
    try LabStore.setSetting(db, "sync.ad.usn", try LabStore.setting(db, "usn") ?? "0")
    var deleted = try String.fetchAll(db, sql: "SELECT guid FROM sync_ad_deleted")
    try db.execute(sql: "DELETE FROM sync_ad_deleted")
    var inScope: [Row] = []
    for row in rows {
      let dn = DistinguishedName(try row.decode(String.self, forColumn: "dn"))
      if let dn, self.inScope(dn) {
        inScope.append(row)
      } else {
        deleted.append(try row.decode(forColumn: "guid"))
      }
    }
    return (try objects(db, inScope), deleted)
  }

  /// Connected objects for `object` rows, with their included attributes and members.
  ///
  /// Read in chunks: a chunk's directory entries, whose members are parsed DNs, go away
  /// before the next chunk is read, so reading back 100,000 written-back groups with their
  /// 1,000,000 members holds only their text.
  func objects(_ db: Database, _ rows: [Row]) throws -> [ConnectedObject] {
    var objects: [ConnectedObject] = []
    objects.reserveCapacity(rows.count)
    for start in stride(from: 0, to: rows.count, by: 2_000) {
      let chunk = Array(rows[start..<min(start + 2_000, rows.count)])
      let entries = try Directory.entries(
        db, rows: chunk, attributes: .names(Self.inclusion + ["member"]))
      objects += entries.map(connected)
    }
    return objects
  }

  /// The connector-space view of one directory entry.
  func connected(_ entry: DirectoryEntry) -> ConnectedObject {
    var attributes: [String: [String]] = [:]
    for name in Self.inclusion {
      let values = entry.stored(name)
      if !values.isEmpty { attributes[name] = values }
    }
    attributes["objectGUID"] = [entry.guid]
    attributes["cn"] = [entry.name]
    if let sam = entry.samAccountName { attributes["sAMAccountName"] = [sam] }
    if let sid = entry.sid { attributes["objectSid"] = [sid] }
    if entry.objectClass == "group" {
      attributes["member"] = entry.members.map(\.description)
    }
    return ConnectedObject(
      anchor: entry.guid, objectType: entry.objectClass, dn: entry.dn.description,
      attributes: attributes.filter { !$0.value.isEmpty })
  }

  func export(_ db: Database, _ change: ExportChange) throws -> String? {
    switch change.action {
    case .add:
      let dn = try DistinguishedName.parse(change.dn)
      var attributes = change.attributes
      let sam = attributes.removeValue(forKey: "sAMAccountName")?.first
      try Directory.create(
        db,
        NewObject(
          dn: dn, objectClass: change.objectType,
          samAccountName: sam ?? Self.placeholderSamAccountName(change.dn),
          attributes: attributes.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }),
        at: date, allowSystem: false, memberIds: memberIds)
      return try String.fetchOne(
        db.cachedStatement(sql: "SELECT guid FROM object WHERE dnKey = ?"), arguments: [dn.key])
    case .update:
      guard let row = try currentRow(db, change) else { return nil }
      var current = row
      if change.newDN != nil { memberIds.forget() }
      if let target = change.newDN.flatMap(DistinguishedName.init), target.key != row.dn.key,
        let parent = target.parent
      {
        let parentRow = try Directory.requireRow(db, parent)
        try Directory.relocate(db, row: row, to: target, parentId: parentRow.id, at: date)
        current = try Directory.requireRow(db, target)
      }
      for (name, values) in change.attributes.sorted(by: { $0.key < $1.key }) {
        let modification: Modification = values.isEmpty ? .clear(name) : .replace(name, values)
        try Directory.apply(db, modification, to: current)
      }
      try Directory.touch(db, id: current.id, at: date)
      return nil
    case .delete:
      guard let row = try currentRow(db, change) else { return nil }
      memberIds.forget()
      try db.execute(
        sql: "DELETE FROM object WHERE treeKey >= ? AND treeKey < ?",
        arguments: [row.treeKey, String(row.treeKey.dropLast()) + "\u{2}"])
      return nil
    }
  }

  /// The object an update or delete targets: by anchor, else by DN.
  func currentRow(_ db: Database, _ change: ExportChange) throws -> Directory.ObjectRow? {
    if let anchor = change.anchor,
      let text = try String.fetchOne(
        db, sql: "SELECT dn FROM object WHERE guid = ?", arguments: [anchor]),
      let dn = DistinguishedName(text)
    {
      return try Directory.objectRow(db, dn)
    }
    return try DistinguishedName(change.dn).flatMap { try Directory.objectRow(db, $0) }
  }

  /// The sAMAccountName AD makes up when a create omits it (`$` + 6 + `-` + 12 characters),
  /// derived from the DN so that a lab replays the same way.
  static func placeholderSamAccountName(_ seed: String) -> String {
    let alphabet = Array("0123456789ABCDEFGHIJKLMNOPQRSTUV")
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in seed.lowercased().utf8 {
      hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    var characters: [Character] = []
    for _ in 0..<18 {
      characters.append(alphabet[Int(hash & 31)])
      hash = (hash >> 5) | (hash << 59)
      hash = hash &* 0x9E37_79B9_7F4A_7C15
    }
    return "$" + String(characters[0..<6]) + "-" + String(characters[6..<18])
  }
}
