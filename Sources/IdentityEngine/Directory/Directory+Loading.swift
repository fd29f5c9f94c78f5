import Foundation
import GRDB

/// Turning object rows into `DirectoryEntry` values, loading only the attributes asked for.
extension Directory {
  /// Builds entries from `object` rows, then loads their attributes and links in chunks.
  static func entries(_ db: Database, rows: [Row], attributes: AttributeSelection) throws
    -> [DirectoryEntry]
  {
    let dnsName = try LabStore.setting(db, "domain.dns") ?? ""
    var entries: [DirectoryEntry] = []
    entries.reserveCapacity(rows.count)
    // Columns by position, found once: a lookup by name folds its case on every access.
    let columns = rows.first.map { Array($0.columnNames) } ?? []
    func column(_ name: String) -> Int { columns.firstIndex(of: name) ?? 0 }
    let (id, dnColumn, objectClass, guid, sid, sam) = (
      column("id"), column("dn"), column("objectClass"), column("guid"), column("sid"),
      column("samAccountName")
    )
    let (created, changed, usnCreated, usnChanged, isProtected) = (
      column("whenCreated"), column("whenChanged"), column("usnCreated"), column("usnChanged"),
      column("isProtected")
    )
    for row in rows {
      guard let dn = DistinguishedName(try row.decode(String.self, atIndex: dnColumn)) else {
        continue
      }
      entries.append(
        DirectoryEntry(
          id: try row.decode(atIndex: id), dn: dn,
          objectClass: try row.decode(atIndex: objectClass), guid: try row.decode(atIndex: guid),
          sid: try row.decode(atIndex: sid), samAccountName: try row.decode(atIndex: sam),
          whenCreated: GeneralizedTime.parse(try row.decode(atIndex: created))
            ?? Date(timeIntervalSince1970: 0),
          whenChanged: GeneralizedTime.parse(try row.decode(atIndex: changed))
            ?? Date(timeIntervalSince1970: 0),
          usnCreated: try row.decode(atIndex: usnCreated),
          usnChanged: try row.decode(atIndex: usnChanged),
          isProtected: try row.decode(atIndex: isProtected), attributes: [:], members: [],
          memberOf: [],
          domainDNSName: dnsName))
    }
    let names: [String]?
    switch attributes {
    case .all: names = nil
    case .names(let list): names = list.map { $0.lowercased() }
    }
    let wantsMember = names?.contains("member") ?? true
    let wantsMemberOf = names?.contains("memberof") ?? true
    let wantsAttributes = names.map { !$0.isEmpty } ?? true
    guard !entries.isEmpty, wantsAttributes || wantsMember || wantsMemberOf else {
      return entries
    }
    var position: [Int64: Int] = [:]
    for (index, entry) in entries.enumerated() { position[entry.id] = index }
    let ids = entries.map(\.id)
    var spellings: [String: String] = [:]
    for start in stride(from: 0, to: ids.count, by: 500) {
      let chunk = Array(ids[start..<min(start + 500, ids.count)])
      let marks = chunk.map { _ in "?" }.joined(separator: ",")
      if wantsAttributes {
        var arguments = chunk.map(\.databaseValue)
        var sql = "SELECT objectId, name, value FROM attribute WHERE objectId IN (\(marks))"
        if let names {
          sql += " AND name IN (" + names.map { _ in "?" }.joined(separator: ",") + ")"
          arguments += names.map(\.databaseValue)
        }
        sql += " ORDER BY objectId, name, position"
        for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)) {
          let key: String = try row.decode(atIndex: 1)
          guard let index = position[try row.decode(Int64.self, atIndex: 0)] else { continue }
          let spelled = spellings[key] ?? Schema.definition(of: key)?.name ?? key
          spellings[key] = spelled
          var slot = entries[index].attributes[key] ?? (name: spelled, values: [])
          slot.values.append(try row.decode(atIndex: 2))
          entries[index].attributes[key] = slot
        }
      }
      let chunkArguments = StatementArguments(chunk.map(\.databaseValue))
      for (wanted, owner, target) in [
        (wantsMember, "groupId", "memberId"), (wantsMemberOf, "memberId", "groupId"),
      ] where wanted {
        let sql =
          "SELECT l.\(owner) AS owner, t.dn AS dn FROM link l JOIN object t ON t.id = l.\(target) "
          + "WHERE l.\(owner) IN (\(marks)) ORDER BY t.id"
        for row in try Row.fetchAll(db, sql: sql, arguments: chunkArguments) {
          guard let index = position[try row.decode(Int64.self, atIndex: 0)],
            let dn = DistinguishedName(try row.decode(String.self, atIndex: 1))
          else { continue }
          if owner == "groupId" {
            entries[index].members.append(dn)
          } else {
            entries[index].memberOf.append(dn)
          }
        }
      }
    }
    return entries
  }
}
