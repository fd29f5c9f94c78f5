import Foundation
import GRDB

/// A generated population for load tests and benchmarks: numbered users and groups in one OU.
///
/// Object `i` (from 0) of the users is `CN=Usr00000` (sAMAccountName `usr00000`, UPN
/// `usr00000@<domain>`); of the groups `CN=Grp00000` (sAMAccountName `Grp00000`), whose one
/// member is the user with the same number. Half the objects are users (the odd one out too),
/// half groups; group scopes cycle Global, DomainLocal, Universal, all Security. Numbers have
/// at least five digits, so `Grp0123*` names ten groups once there are 1,240 of them.
public struct BulkPopulation: Sendable, Equatable {
  /// How many users and groups to add in all.
  public var count: Int
  /// The OU below the domain head that holds them; created when missing.
  public var ouName: String

  public init(count: Int, ouName: String = "Bulk") {
    self.count = count
    self.ouName = ouName
  }

  /// The number of groups; the users are the rest.
  public var groupCount: Int { count / 2 }
  public var userCount: Int { count - groupCount }

  /// The zero-padded number of object `index`.
  func number(_ index: Int) -> String {
    let digits = max(5, String(max(userCount - 1, 0)).count)
    let text = String(index)
    return String(repeating: "0", count: max(digits - text.count, 0)) + text
  }
}

extension Directory {
  /// Adds a generated population in one transaction, with prepared statements and in-memory
  /// counters, so 100,000 objects take seconds; returns the number of objects added.
  ///
  /// The usual rules hold: a sAMAccountName, userPrincipalName or DN already in use fails the
  /// whole call and nothing is added.
  @discardableResult
  public func addBulk(_ population: BulkPopulation) throws -> Int {
    guard population.count > 0 else { return 0 }
    let date = now()
    // Empties the log the load wrote; one that cannot run now (another shell is reading) only
    // leaves the log for SQLite to fold in later.
    defer { try? store.checkpoint() }
    return try store.write { db in
      let domain = try Directory.domain(db)
      let ou = domain.dn.child("OU", population.ouName)
      if try Directory.objectRow(db, ou) == nil {
        try Directory.create(
          db, NewObject(dn: ou, objectClass: "organizationalUnit"), at: date, allowSystem: false)
      }
      var writer = try BulkWriter(db, parent: try Directory.requireRow(db, ou), date: date)
      try writer.checkFree(population, dnsName: domain.dnsName)
      var userIds: [Int64] = []
      userIds.reserveCapacity(population.userCount)
      for index in 0..<population.userCount {
        let number = population.number(index)
        let object = NewObject(
          dn: ou.child("CN", "Usr\(number)"), objectClass: "user",
          samAccountName: "usr\(number)",
          attributes: [
            ("givenName", ["Bulk"]), ("sn", ["User\(number)"]),
            ("userPrincipalName", ["usr\(number)@\(domain.dnsName)"]),
            ("userAccountControl", ["544"]),
          ])
        userIds.append(try writer.insert(object, domainSID: domain.sid))
      }
      let scopes: [GroupScope] = [.global, .domainLocal, .universal]
      for index in 0..<population.groupCount {
        let number = population.number(index)
        let type = GroupType(scope: scopes[index % 3], category: .security, isBuiltin: false)
        let object = NewObject(
          dn: ou.child("CN", "Grp\(number)"), objectClass: "group",
          samAccountName: "Grp\(number)",
          attributes: [
            ("groupType", [String(type.rawValue)]), ("description", ["Bulk group \(number)"]),
          ])
        let id = try writer.insert(object, domainSID: domain.sid)
        try writer.link(group: id, member: userIds[index])
      }
      try writer.saveCounters()
      return population.count
    }
  }
}

/// The prepared statements and counters of one bulk insert.
struct BulkWriter {
  let db: Database
  let parent: Directory.ObjectRow
  let stamp: String
  let insertObject: Statement
  let insertAttribute: Statement
  let insertLink: Statement
  var rid: Int64
  var usn: Int64
  var guidCounter: Int64
  let guidSeed: UInt64
  var syntaxes: [String: AttributeSyntax] = [:]

  init(_ db: Database, parent: Directory.ObjectRow, date: Date) throws {
    self.db = db
    self.parent = parent
    stamp = GeneralizedTime.format(date)
    insertObject = try db.makeStatement(
      sql: """
        INSERT INTO object(guid, dn, dnKey, treeKey, parentId, objectClass, nameKey,
          samAccountName, samKey, sid, isProtected, whenCreated, whenChanged, usnCreated,
          usnChanged)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)
        """)
    insertAttribute = try db.makeStatement(
      sql: "INSERT INTO attribute(objectId, name, position, value, valueKey, intValue) "
        + "VALUES (?, ?, ?, ?, ?, ?)")
    insertLink = try db.makeStatement(
      sql: "INSERT OR IGNORE INTO link(groupId, memberId) VALUES (?, ?)")
    rid = try LabStore.setting(db, "rid.last").flatMap { Int64($0) } ?? 0
    usn = try LabStore.setting(db, "usn").flatMap { Int64($0) } ?? 0
    guidCounter = try LabStore.setting(db, "guid.counter").flatMap { Int64($0) } ?? 0
    guidSeed = try LabStore.setting(db, "guid.seed").flatMap { UInt64($0) } ?? 0
  }

  /// Fails when a generated sAMAccountName or userPrincipalName is taken, before anything is
  /// written, checking them in the order `Directory.create` does.
  func checkFree(_ population: BulkPopulation, dnsName: String) throws {
    let suffix = "@" + dnsName.lowercased()
    let checks: [(String, String, Int, (String) -> DirectoryError)] = [
      (
        "SELECT samAccountName, samKey FROM object WHERE samKey", "usr", population.userCount,
        {
          .samAccountNameInUse($0)
        }
      ),
      (
        "SELECT samAccountName, samKey FROM object WHERE samKey", "grp", population.groupCount,
        {
          .samAccountNameInUse($0)
        }
      ),
      (
        "SELECT value, valueKey FROM attribute WHERE name = 'userprincipalname' AND valueKey",
        "usr", population.userCount, { .userPrincipalNameInUse($0) }
      ),
    ]
    for (index, (select, prefix, count, failure)) in checks.enumerated() where count > 0 {
      let tail = index == 2 ? suffix : ""
      let first = prefix + population.number(0) + tail
      let last = prefix + population.number(count - 1) + tail
      for row in try Row.fetchAll(
        db, sql: select + " BETWEEN ? AND ?", arguments: [first, last])
      {
        let key: String = try row.decode(atIndex: 1)
        guard key.hasSuffix(tail) else { continue }
        let digits = String(key.dropFirst(prefix.count).dropLast(tail.count))
        if let number = Int(digits), number < count, population.number(number) == digits {
          throw failure(try row.decode(atIndex: 0))
        }
      }
    }
  }

  /// Inserts one principal below the parent and returns its row id.
  mutating func insert(_ object: NewObject, domainSID: String) throws -> Int64 {
    guard let leaf = object.dn.leaf, let sam = object.samAccountName else {
      throw DirectoryError.invalidDN(object.dn.description)
    }
    try Directory.validateSamAccountName(sam, objectClass: object.objectClass)
    rid += 1
    usn += 1
    guidCounter += 1
    do {
      try insertObject.execute(arguments: [
        Directory.guid(seed: guidSeed, counter: UInt64(guidCounter)), object.dn.description,
        object.dn.key, object.dn.treeKey, parent.id, object.objectClass, leaf.value.lowercased(),
        sam, sam.lowercased(), "\(domainSID)-\(rid)", stamp, stamp, usn, usn,
      ])
    } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT {
      let samTaken = try Bool.fetchOne(
        db, sql: "SELECT 1 FROM object WHERE samKey = ?", arguments: [sam.lowercased()])
      if samTaken == true { throw DirectoryError.samAccountNameInUse(sam) }
      throw DirectoryError.entryAlreadyExists(object.dn.description)
    }
    let id = db.lastInsertedRowID
    for (name, values) in try Directory.withClassDefaults(object, object.attributes) {
      let key = name.lowercased()
      let syntax = try self.syntax(of: key)
      try Directory.checkRange(name, values)
      for (position, value) in values.enumerated() {
        switch AssertionValue.key(value, syntax: syntax) {
        case .integer(let number):
          try insertAttribute.execute(arguments: [id, key, position, value, String(number), number])
        case .text(let text):
          try insertAttribute.execute(arguments: [id, key, position, value, text, nil])
        case nil:
          throw DirectoryError.invalidAttributeValue(
            attribute: name, value: value, reason: "it does not fit the attribute's syntax")
        }
      }
    }
    return id
  }

  /// The schema syntax of an attribute, looked up once per name.
  mutating func syntax(of key: String) throws -> AttributeSyntax {
    if let known = syntaxes[key] { return known }
    guard let definition = Schema.definition(of: key) else {
      throw DirectoryError.unknownAttribute(key)
    }
    syntaxes[key] = definition.syntax
    return definition.syntax
  }

  func link(group: Int64, member: Int64) throws {
    try insertLink.execute(arguments: [group, member])
  }

  /// Writes the RID, USN and GUID counters back, once.
  func saveCounters() throws {
    try LabStore.setSetting(db, "rid.last", String(rid))
    try LabStore.setSetting(db, "usn", String(usn))
    try LabStore.setSetting(db, "guid.counter", String(guidCounter))
  }
}
