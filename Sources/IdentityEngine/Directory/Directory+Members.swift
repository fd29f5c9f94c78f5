import Foundation
import GRDB

/// Group membership: the `member` forward link, whose `memberOf` back-link the link table
/// gives for free.
extension Directory {
  /// Adds members to a group in one transaction.
  ///
  /// With `permissive` (the module's default) an existing member is skipped; without it,
  /// `alreadyMember` is thrown and nothing is added.
  public func addMembers(
    _ group: DistinguishedName, _ members: [DistinguishedName], permissive: Bool = true
  ) throws {
    try changeMembers(group, members, add: true, permissive: permissive)
  }

  /// Removes members from a group in one transaction (see `addMembers` for `permissive`).
  public func removeMembers(
    _ group: DistinguishedName, _ members: [DistinguishedName], permissive: Bool = true
  ) throws {
    try changeMembers(group, members, add: false, permissive: permissive)
  }

  private func changeMembers(
    _ group: DistinguishedName, _ members: [DistinguishedName], add: Bool, permissive: Bool
  ) throws {
    let date = now()
    try store.write { db in
      let groupRow = try Directory.requireRow(db, group)
      for member in members {
        try Directory.link(db, group: groupRow, member: member, add: add, permissive: permissive)
      }
      try Directory.touch(db, id: groupRow.id, at: date)
    }
  }

  static func link(
    _ db: Database, group: ObjectRow, member: DistinguishedName, add: Bool, permissive: Bool
  ) throws {
    guard group.objectClass == "group" else {
      throw DirectoryError.unwillingToPerform("'\(group.dn)' is not a group")
    }
    let memberRow = try requireRow(db, member)
    let count = try Int.fetchOne(
      db, sql: "SELECT COUNT(*) FROM link WHERE groupId = ? AND memberId = ?",
      arguments: [group.id, memberRow.id])
    let exists = (count ?? 0) > 0
    if add {
      if exists {
        if permissive { return }
        throw DirectoryError.alreadyMember(
          member: memberRow.dn.description, group: group.dn.description)
      }
      try db.execute(
        sql: "INSERT INTO link(groupId, memberId) VALUES (?, ?)",
        arguments: [group.id, memberRow.id])
    } else {
      if !exists {
        if permissive { return }
        throw DirectoryError.notMember(
          member: memberRow.dn.description, group: group.dn.description)
      }
      try db.execute(
        sql: "DELETE FROM link WHERE groupId = ? AND memberId = ?",
        arguments: [group.id, memberRow.id])
    }
  }

  /// `member` changes through Set-ADObject: values are DNs of existing objects.
  static func applyMember(_ db: Database, _ change: Modification, to row: ObjectRow) throws {
    func parse(_ values: [String]) throws -> [DistinguishedName] {
      try values.map { try DistinguishedName.parse($0) }
    }
    switch change {
    case .add(_, let values):
      for dn in try parse(values) {
        try link(db, group: row, member: dn, add: true, permissive: false)
      }
    case .remove(_, let values):
      for dn in try parse(values) {
        try link(db, group: row, member: dn, add: false, permissive: false)
      }
    case .replace(_, let values):
      let targets = try parse(values)
      try db.execute(sql: "DELETE FROM link WHERE groupId = ?", arguments: [row.id])
      for dn in targets { try link(db, group: row, member: dn, add: true, permissive: true) }
    case .clear:
      try db.execute(sql: "DELETE FROM link WHERE groupId = ?", arguments: [row.id])
    }
  }

  /// Every leaf (non-group) member below a group, each once, in discovery order; cycles end.
  public func recursiveMembers(of group: DistinguishedName) throws -> [DistinguishedName] {
    try store.read { db in
      let start = try Directory.requireRow(db, group)
      var seen: Set<Int64> = [start.id]
      var queue: [Int64] = [start.id]
      var leaves: [DistinguishedName] = []
      var index = 0
      while index < queue.count {
        let rows = try Row.fetchAll(
          db,
          sql: "SELECT o.id, o.dn, o.objectClass FROM link l JOIN object o ON o.id = l.memberId "
            + "WHERE l.groupId = ? ORDER BY o.id", arguments: [queue[index]])
        index += 1
        for row in rows {
          let id: Int64 = try row.decode(forColumn: "id")
          guard seen.insert(id).inserted else { continue }
          if (try row.decode(String.self, forColumn: "objectClass")) == "group" {
            queue.append(id)
          } else if let dn = DistinguishedName(try row.decode(String.self, forColumn: "dn")) {
            leaves.append(dn)
          }
        }
      }
      return leaves
    }
  }
}
