import Foundation
import GRDB

/// Helpers every write transaction uses: counters, identifiers, attribute rows, AD's naming
/// rules.
extension Directory {
  /// A row of `object` reduced to what the write paths need.
  struct ObjectRow {
    let id: Int64
    let dn: DistinguishedName
    let treeKey: String
    let objectClass: String
    let isProtected: Bool
  }

  static func objectRow(_ db: Database, _ dn: DistinguishedName) throws -> ObjectRow? {
    guard
      let row = try Row.fetchOne(
        db.cachedStatement(
          sql: "SELECT id, dn, treeKey, objectClass, isProtected FROM object WHERE dnKey = ?"),
        arguments: [dn.key]),
      let parsed = DistinguishedName(try row.decode(String.self, forColumn: "dn"))
    else { return nil }
    return ObjectRow(
      id: try row.decode(forColumn: "id"), dn: parsed,
      treeKey: try row.decode(forColumn: "treeKey"),
      objectClass: try row.decode(forColumn: "objectClass"),
      isProtected: try row.decode(forColumn: "isProtected"))
  }

  static func requireRow(_ db: Database, _ dn: DistinguishedName) throws -> ObjectRow {
    guard let row = try objectRow(db, dn) else {
      throw DirectoryError.noSuchObject(dn.description)
    }
    return row
  }

  /// The next update sequence number (uSNChanged), one per change.
  static func nextUSN(_ db: Database) throws -> Int64 { try LabStore.nextCounter(db, "usn") }

  /// A new objectGUID, derived from the lab's seed and a counter so that a lab seeded the
  /// same way has the same GUIDs (reproducible transcripts), yet every GUID is distinct.
  static func newGUID(_ db: Database) throws -> String {
    let seed = try LabStore.setting(db, "guid.seed").flatMap { UInt64($0) } ?? 0
    let counter = UInt64(try LabStore.nextCounter(db, "guid.counter"))
    return guid(seed: seed, counter: counter)
  }

  /// The objectGUID number `counter` of a lab seeded with `seed`.
  static func guid(seed: UInt64, counter: UInt64) -> String {
    SeededGUID.make(startingAt: seed &+ counter &* 0x9E37_79B9_7F4A_7C15)
  }

  /// The next relative identifier; RIDs are never reused.
  static func nextRID(_ db: Database) throws -> Int64 { try LabStore.nextCounter(db, "rid.last") }

  /// Checks AD's sAMAccountName rules: forbidden characters, no trailing dot, length
  /// (20 for users, 20 plus `$` for computers, 256 for groups).
  static func validateSamAccountName(_ name: String, objectClass: String) throws {
    let forbidden = Set("\"/\\[]:;|=,+*?<>")
    if name.isEmpty {
      throw DirectoryError.invalidSamAccountName(name, reason: "it is empty")
    }
    if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
      throw DirectoryError.invalidSamAccountName(
        name, reason: "it contains a control character")
    }
    if name.allSatisfy({ $0 == " " || $0 == "." }) {
      throw DirectoryError.invalidSamAccountName(
        name, reason: "it consists solely of periods or spaces")
    }
    if let bad = name.first(where: { forbidden.contains($0) }) {
      throw DirectoryError.invalidSamAccountName(
        name, reason: "it contains the character '\(bad)'")
    }
    if name.hasSuffix(".") {
      throw DirectoryError.invalidSamAccountName(name, reason: "it ends with a period")
    }
    let limit = objectClass == "group" ? 256 : (objectClass == "computer" ? 21 : 20)
    if name.count > limit {
      throw DirectoryError.invalidSamAccountName(
        name, reason: "it is longer than \(limit) characters")
    }
  }

  /// Fails when a value is longer than the schema's rangeUpper for the attribute (LDAP
  /// constraintViolation; the module's "not in the acceptable range of values").
  static func checkRange(_ name: String, _ values: [String]) throws {
    // SQLite would keep a value only up to a NUL: refused rather than cut short.
    if let value = values.first(where: { $0.contains("\0") }) {
      throw DirectoryError.invalidAttributeValue(
        attribute: name, value: value.replacingOccurrences(of: "\0", with: "\\0"),
        reason: "it contains a NUL character")
    }
    guard let limit = Schema.definition(of: name)?.rangeUpper else { return }
    for value in values where value.utf16.count > limit {
      throw DirectoryError.valueOutOfRange(
        attribute: name, length: value.utf16.count, limit: limit)
    }
  }

  /// Fails when another object already uses the sAMAccountName (case-insensitively).
  static func checkSamAccountNameFree(_ db: Database, _ name: String, except id: Int64?) throws {
    let owner = try Int64.fetchOne(
      db.cachedStatement(sql: "SELECT id FROM object WHERE samKey = ?"),
      arguments: [name.lowercased()])
    if let owner, owner != id { throw DirectoryError.samAccountNameInUse(name) }
  }

  /// Fails when another object already uses the userPrincipalName.
  static func checkUPNFree(_ db: Database, _ upn: String, except id: Int64?) throws {
    let owner = try Int64.fetchOne(
      db.cachedStatement(
        sql: "SELECT objectId FROM attribute WHERE name = 'userprincipalname' AND valueKey = ?"),
      arguments: [upn.lowercased()])
    if let owner, owner != id { throw DirectoryError.userPrincipalNameInUse(upn) }
  }

  /// Replaces every value of one attribute of an object.
  static func setValues(_ db: Database, id: Int64, _ name: String, _ values: [String]) throws {
    let key = name.lowercased()
    try db.cachedStatement(sql: "DELETE FROM attribute WHERE objectId = ? AND name = ?")
      .execute(arguments: [id, key])
    let syntax = Schema.definition(of: key)?.syntax ?? .string
    for (index, value) in values.enumerated() {
      let intValue: Int64?
      let valueKey: String
      switch AssertionValue.key(value, syntax: syntax) {
      case .integer(let number):
        intValue = number
        valueKey = String(number)
      case .text(let text):
        intValue = nil
        valueKey = text
      case nil:
        throw DirectoryError.invalidAttributeValue(
          attribute: name, value: value, reason: "it does not fit the attribute's syntax")
      }
      try db.cachedStatement(
        sql: "INSERT INTO attribute(objectId, name, position, value, valueKey, intValue) "
          + "VALUES (?, ?, ?, ?, ?, ?)"
      ).execute(arguments: [id, key, index, value, valueKey, intValue])
    }
  }

  /// The values one attribute of an object holds now.
  static func currentValues(_ db: Database, id: Int64, _ name: String) throws -> [String] {
    try String.fetchAll(
      db, sql: "SELECT value FROM attribute WHERE objectId = ? AND name = ? ORDER BY position",
      arguments: [id, name.lowercased()])
  }

  /// Bumps whenChanged and uSNChanged of an object.
  static func touch(_ db: Database, id: Int64, at date: Date) throws {
    let usn = try nextUSN(db)
    try db.execute(
      sql: "UPDATE object SET whenChanged = ?, usnChanged = ? WHERE id = ?",
      arguments: [GeneralizedTime.format(date), usn, id])
  }
}

extension Directory {
  /// The last update sequence number the directory handed out (RootDSE's
  /// highestCommittedUSN).
  public func highestCommittedUSN() throws -> Int64 {
    try store.read { db in try LabStore.setting(db, "usn").flatMap { Int64($0) } ?? 0 }
  }
}
