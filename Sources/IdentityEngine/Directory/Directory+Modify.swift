import Foundation
import GRDB

/// One change to one attribute, as LDAP modify and Set-ADObject's hashtables express it.
public enum Modification: Sendable {
  case add(String, [String])
  case replace(String, [String])
  case remove(String, [String])
  case clear(String)

  public var attribute: String {
    switch self {
    case .add(let name, _), .replace(let name, _), .remove(let name, _), .clear(let name):
      return name
    }
  }
}

extension Directory {
  /// Applies the modifications in order, all in one transaction.
  public func modify(_ dn: DistinguishedName, _ changes: [Modification]) throws {
    let date = now()
    try store.write { db in
      let row = try Directory.requireRow(db, dn)
      for change in changes { try Directory.apply(db, change, to: row) }
      try Directory.touch(db, id: row.id, at: date)
    }
  }

  /// Sets or clears ProtectedFromAccidentalDeletion.
  public func setProtected(_ dn: DistinguishedName, _ isProtected: Bool) throws {
    let date = now()
    try store.write { db in
      let row = try Directory.requireRow(db, dn)
      try db.execute(
        sql: "UPDATE object SET isProtected = ? WHERE id = ?", arguments: [isProtected, row.id])
      try Directory.touch(db, id: row.id, at: date)
    }
  }

  static func apply(_ db: Database, _ change: Modification, to row: ObjectRow) throws {
    guard let definition = Schema.definition(of: change.attribute) else {
      throw DirectoryError.unknownAttribute(change.attribute)
    }
    let name = definition.name
    if name == "member" {
      try applyMember(db, change, to: row)
      return
    }
    if definition.isSystemOnly {
      throw DirectoryError.unwillingToPerform("the attribute '\(name)' is set by the directory")
    }
    let current =
      name == "sAMAccountName"
      ? try String.fetchAll(
        db, sql: "SELECT samAccountName FROM object WHERE id = ? AND samAccountName IS NOT NULL",
        arguments: [row.id])
      : try currentValues(db, id: row.id, name)
    let syntax = definition.syntax
    func same(_ lhs: String, _ rhs: String) -> Bool {
      AssertionValue.key(lhs, syntax: syntax) == AssertionValue.key(rhs, syntax: syntax)
    }
    var updated: [String]
    switch change {
    case .add(_, let values):
      try checkRange(name, values)
      for value in values where current.contains(where: { same($0, value) }) {
        throw DirectoryError.invalidAttributeValue(
          attribute: name, value: value, reason: "the value is already present")
      }
      updated = current + values
    case .replace(_, let values):
      try checkRange(name, values)
      updated = values
    case .remove(_, let values):
      updated = current
      for value in values {
        guard let index = updated.firstIndex(where: { same($0, value) }) else {
          throw DirectoryError.invalidAttributeValue(
            attribute: name, value: value, reason: "the value is not present")
        }
        updated.remove(at: index)
      }
    case .clear:
      updated = []
    }
    if definition.isSingleValued, updated.count > 1 {
      throw DirectoryError.invalidAttributeValue(
        attribute: name, value: updated.joined(separator: ", "),
        reason: "the attribute takes one value")
    }
    switch name {
    case "sAMAccountName":
      guard let newName = updated.first, row.objectClass != "organizationalUnit" else {
        throw DirectoryError.invalidSamAccountName("", reason: "it cannot be cleared")
      }
      try validateSamAccountName(newName, objectClass: row.objectClass)
      try checkSamAccountNameFree(db, newName, except: row.id)
      try db.execute(
        sql: "UPDATE object SET samAccountName = ?, samKey = ? WHERE id = ?",
        arguments: [newName, newName.lowercased(), row.id])
      return
    case "userPrincipalName":
      if let upn = updated.first { try checkUPNFree(db, upn, except: row.id) }
    case "groupType":
      try changeGroupType(db, row: row, from: current.first, to: updated.first)
    default:
      break
    }
    try setValues(db, id: row.id, name, updated)
  }

  /// Applies AD's rules to a groupType change and recomputes sAMAccountType.
  static func changeGroupType(_ db: Database, row: ObjectRow, from old: String?, to new: String?)
    throws
  {
    guard row.objectClass == "group" else {
      throw DirectoryError.unwillingToPerform("groupType applies to groups only")
    }
    guard let new, let raw = AssertionValue.integer(new, bits: 32) else {
      throw DirectoryError.invalidAttributeValue(
        attribute: "groupType", value: new ?? "", reason: "a group must have a groupType")
    }
    let updated = GroupType(rawValue: Int32(truncatingIfNeeded: raw))
    guard updated.hasOneScope, let newScope = updated.scope else {
      throw DirectoryError.invalidAttributeValue(
        attribute: "groupType", value: new, reason: "it must have exactly one scope")
    }
    if let old, let oldRaw = AssertionValue.integer(old, bits: 32),
      let oldScope = GroupType(rawValue: Int32(truncatingIfNeeded: oldRaw)).scope,
      Set([oldScope, newScope]) == [.global, .domainLocal]
    {
      throw DirectoryError.unwillingToPerform(
        "a \(oldScope.rawValue) group cannot become \(newScope.rawValue) directly; "
          + "convert it to Universal first")
    }
    try setValues(db, id: row.id, "sAMAccountType", [String(updated.samAccountType.rawValue)])
  }
}
