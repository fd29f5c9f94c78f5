import Foundation
import GRDB

/// Moving, renaming and deleting objects: changes to the tree, applied to whole subtrees.
extension Directory {
  /// Moves an object (and everything below it) under `newParent`, keeping its RDN.
  @discardableResult
  public func move(_ dn: DistinguishedName, to newParent: DistinguishedName) throws
    -> DistinguishedName
  {
    let date = now()
    return try store.write { db in
      let row = try Directory.requireRow(db, dn)
      try Directory.refuseDomainHead(db, row, "moved")
      if row.isProtected { throw DirectoryError.accessDenied(dn.description) }
      let parent = try Directory.requireRow(db, newParent)
      if newParent.isWithin(dn) {
        throw DirectoryError.unwillingToPerform("an object cannot be moved below itself")
      }
      guard let leaf = dn.leaf else { throw DirectoryError.invalidDN(dn.description) }
      let target = DistinguishedName(rdns: [leaf] + newParent.rdns)
      try Directory.relocate(db, row: row, to: target, parentId: parent.id, at: date)
      return target
    }
  }

  /// Renames an object: changes its RDN value (name, cn or ou), never its sAMAccountName.
  @discardableResult
  public func rename(_ dn: DistinguishedName, to newName: String) throws -> DistinguishedName {
    let date = now()
    return try store.write { db in
      let row = try Directory.requireRow(db, dn)
      try Directory.refuseDomainHead(db, row, "renamed")
      guard let leaf = dn.leaf, !newName.isEmpty else {
        throw DirectoryError.invalidDN(dn.description)
      }
      if newName.count > 64 {
        throw DirectoryError.invalidAttributeValue(
          attribute: "name", value: newName, reason: "a name has at most 64 characters")
      }
      let target = DistinguishedName(
        rdns: [.init(type: leaf.type, value: newName)] + Array(dn.rdns.dropFirst()))
      let parentId = try Int64.fetchOne(
        db, sql: "SELECT parentId FROM object WHERE id = ?", arguments: [row.id])
      try Directory.relocate(db, row: row, to: target, parentId: parentId, at: date)
      return target
    }
  }

  /// Rewrites the DNs of an object and its subtree for a move or rename.
  static func relocate(
    _ db: Database, row: ObjectRow, to target: DistinguishedName, parentId: Int64?, at date: Date
  ) throws {
    if target.key != row.dn.key, try objectRow(db, target) != nil {
      throw DirectoryError.entryAlreadyExists(target.description)
    }
    let descendants = try Row.fetchAll(
      db, sql: "SELECT id, dn FROM object WHERE treeKey >= ? AND treeKey < ? ORDER BY id",
      arguments: [row.treeKey, String(row.treeKey.dropLast()) + "\u{2}"])
    let depth = row.dn.rdns.count
    for descendant in descendants {
      guard let old = DistinguishedName(try descendant.decode(String.self, forColumn: "dn")) else {
        continue
      }
      let moved = DistinguishedName(rdns: Array(old.rdns.dropLast(depth)) + target.rdns)
      try db.execute(
        sql: "UPDATE object SET dn = ?, dnKey = ?, treeKey = ? WHERE id = ?",
        arguments: [
          moved.description, moved.key, moved.treeKey,
          try descendant.decode(Int64.self, forColumn: "id"),
        ])
    }
    try db.execute(
      sql: "UPDATE object SET parentId = ?, nameKey = ? WHERE id = ?",
      arguments: [parentId, (target.leaf?.value ?? "").lowercased(), row.id])
    try touch(db, id: row.id, at: date)
  }

  /// The domain's head (the naming context, the one object without a parent) is never renamed
  /// or moved: LDAP's unwillingToPerform.
  static func refuseDomainHead(_ db: Database, _ row: ObjectRow, _ verb: String) throws {
    let parentId = try Int64.fetchOne(
      db, sql: "SELECT parentId FROM object WHERE id = ?", arguments: [row.id])
    if parentId == nil {
      throw DirectoryError.unwillingToPerform("the domain's head cannot be \(verb)")
    }
  }

  /// Deletes an object; with `recursive`, its whole subtree (protected children included,
  /// as Remove-ADObject -Recursive does), but never a protected object itself.
  ///
  /// What AD never deletes is refused, and then nothing is deleted: the domain's head, and
  /// every critical system object (isCriticalSystemObject: the built-in containers, accounts
  /// and groups, the domain controller), whether named or inside the subtree.
  public func delete(_ dn: DistinguishedName, recursive: Bool = false) throws {
    try store.write { db in
      let row = try Directory.requireRow(db, dn)
      if row.isProtected { throw DirectoryError.accessDenied(dn.description) }
      let children = try Int.fetchOne(
        db, sql: "SELECT COUNT(*) FROM object WHERE parentId = ?", arguments: [row.id])
      if (children ?? 0) > 0, !recursive {
        throw DirectoryError.notAllowedOnNonLeaf(dn.description)
      }
      let subtree: StatementArguments = [row.treeKey, String(row.treeKey.dropLast()) + "\u{2}"]
      if let critical = try String.fetchOne(
        db,
        sql: """
          SELECT o.dn FROM object o
          WHERE o.treeKey >= ? AND o.treeKey < ? AND (o.parentId IS NULL OR o.id IN (
            SELECT objectId FROM attribute
            WHERE name = 'iscriticalsystemobject' AND valueKey = 'true'))
          ORDER BY o.treeKey LIMIT 1
          """, arguments: subtree)
      {
        throw DirectoryError.accessDenied(critical)
      }
      try db.execute(
        sql: "DELETE FROM object WHERE treeKey >= ? AND treeKey < ?", arguments: subtree)
    }
  }
}
