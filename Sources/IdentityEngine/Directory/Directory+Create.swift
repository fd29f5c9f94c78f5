import Foundation
import GRDB

/// What a new directory object is made of; the directory fills in the rest (GUID, SID,
/// timestamps, USNs, sAMAccountType and the defaults of its class).
public struct NewObject: Sendable {
  public var dn: DistinguishedName
  /// The most specific class, such as `user`, `group`, `computer` or `organizationalUnit`.
  public var objectClass: String
  public var samAccountName: String?
  /// Further attributes, lDAPDisplayName → values.
  public var attributes: [(String, [String])]
  public var isProtected: Bool
  /// A fixed RID for well-known principals (500, 512, …); nil allocates the next one.
  public var rid: Int64?
  /// The SID prefix for the RID; nil is the domain SID (`S-1-5-32` for builtin groups).
  public var sidPrefix: String?
  /// A fixed objectGUID (the seed pins a few); nil generates one.
  public var guid: String?

  public init(
    dn: DistinguishedName, objectClass: String, samAccountName: String? = nil,
    attributes: [(String, [String])] = [], isProtected: Bool = false, rid: Int64? = nil,
    sidPrefix: String? = nil, guid: String? = nil
  ) {
    self.dn = dn
    self.objectClass = objectClass
    self.samAccountName = samAccountName
    self.attributes = attributes
    self.isProtected = isProtected
    self.rid = rid
    self.sidPrefix = sidPrefix
    self.guid = guid
  }

  /// True for users, computers and groups: objects with a SID and a sAMAccountName.
  public var isPrincipal: Bool {
    ["user", "inetOrgPerson", "computer", "group"].contains(objectClass)
  }
}

extension Directory {
  /// Creates an object in one transaction and returns its DN.
  @discardableResult
  public func create(_ object: NewObject) throws -> DistinguishedName {
    let date = now()
    return try store.write { db in
      try Directory.create(db, object, at: date, allowSystem: false)
    }
  }

  /// Creates an object inside an open transaction (seeding creates many in one).
  ///
  /// `memberIds` remembers the row ids of member DNs across the creates of one batch.
  @discardableResult
  static func create(
    _ db: Database, _ object: NewObject, at date: Date, allowSystem: Bool,
    memberIds: MemberIdCache? = nil
  ) throws -> DistinguishedName {
    guard Schema.structuralClasses.contains(object.objectClass) else {
      throw DirectoryError.unwillingToPerform("unknown object class '\(object.objectClass)'")
    }
    guard let leaf = object.dn.leaf else { throw DirectoryError.invalidDN(object.dn.description) }
    if leaf.value.count > 64, leaf.type.lowercased() != "dc" {
      throw DirectoryError.invalidAttributeValue(
        attribute: leaf.type.lowercased(), value: leaf.value,
        reason: "a name has at most 64 characters")
    }
    var parentId: Int64?
    if let parent = object.dn.parent {
      if let row = try objectRow(db, parent) {
        parentId = row.id
      } else if !(allowSystem && object.objectClass == "domainDNS") {
        throw DirectoryError.noSuchObject(parent.description)
      }
    }
    let taken = try Bool.fetchOne(
      db.cachedStatement(sql: "SELECT 1 FROM object WHERE dnKey = ?"), arguments: [object.dn.key])
    if taken == true {
      throw DirectoryError.entryAlreadyExists(object.dn.description)
    }
    var attributes: [(String, [String])] = []
    for (name, values) in object.attributes where !values.isEmpty {
      guard let definition = Schema.definition(of: name) else {
        throw DirectoryError.unknownAttribute(name)
      }
      if definition.isSystemOnly, !allowSystem {
        throw DirectoryError.unwillingToPerform(
          "the attribute '\(definition.name)' is set by the directory")
      }
      if definition.isSingleValued, values.count > 1 {
        throw DirectoryError.invalidAttributeValue(
          attribute: definition.name, value: values.joined(separator: ", "),
          reason: "the attribute takes one value")
      }
      try checkRange(definition.name, values)
      attributes.append((definition.name, values))
    }
    var sid: String?
    if object.isPrincipal {
      guard let name = object.samAccountName else {
        throw DirectoryError.invalidSamAccountName("", reason: "it is missing")
      }
      try validateSamAccountName(name, objectClass: object.objectClass)
      try checkSamAccountNameFree(db, name, except: nil)
      let rid = try object.rid ?? nextRID(db)
      let prefix = try object.sidPrefix ?? LabStore.setting(db, "domain.sid") ?? "S-1-5-21-0-0-0"
      sid = "\(prefix)-\(rid)"
    }
    let samAccountName = object.isPrincipal ? object.samAccountName : nil
    attributes = try Directory.withClassDefaults(object, attributes)
    if let upn = attributes.first(where: { $0.0 == "userPrincipalName" })?.1.first {
      try checkUPNFree(db, upn, except: nil)
    }
    let usn = try nextUSN(db)
    let stamp = GeneralizedTime.format(date)
    try db.cachedStatement(
      sql: """
        INSERT INTO object(guid, dn, dnKey, treeKey, parentId, objectClass, nameKey,
          samAccountName, samKey, sid, isProtected, whenCreated, whenChanged, usnCreated,
          usnChanged)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
        """
    ).execute(
      arguments: [
        try object.guid?.lowercased() ?? newGUID(db), object.dn.description, object.dn.key,
        object.dn.treeKey, parentId,
        object.objectClass, leaf.value.lowercased(), samAccountName,
        samAccountName?.lowercased(), sid, object.isProtected, stamp, stamp, usn, usn,
      ])
    let id = db.lastInsertedRowID
    for (name, values) in attributes where name != "member" {
      try insertValues(db, id: id, name, values)
    }
    // Members by id alone: a group written back with many members looks each up once.
    let memberId = try db.cachedStatement(sql: "SELECT id FROM object WHERE dnKey = ?")
    let insertLink = try db.cachedStatement(
      sql: "INSERT OR IGNORE INTO link(groupId, memberId) VALUES (?, ?)")
    for member in attributes.first(where: { $0.0 == "member" })?.1 ?? [] {
      if let known = memberIds?.ids[member] {
        try insertLink.execute(arguments: [id, known])
        continue
      }
      let dn = try DistinguishedName.parse(member)
      guard let found = try Int64.fetchOne(memberId, arguments: [dn.key]) else {
        throw DirectoryError.noSuchObject(dn.description)
      }
      memberIds?.ids[member] = found
      try insertLink.execute(arguments: [id, found])
    }
    return object.dn
  }

  /// Writes the values of one attribute of an object just inserted, which has none yet.
  static func insertValues(_ db: Database, id: Int64, _ name: String, _ values: [String]) throws {
    let key = name.lowercased()
    let syntax = Schema.definition(of: key)?.syntax ?? .string
    let insert = try db.cachedStatement(
      sql: "INSERT INTO attribute(objectId, name, position, value, valueKey, intValue) "
        + "VALUES (?, ?, ?, ?, ?, ?)")
    for (index, value) in values.enumerated() {
      switch AssertionValue.key(value, syntax: syntax) {
      case .integer(let number):
        try insert.execute(arguments: [id, key, index, value, String(number), number])
      case .text(let text):
        try insert.execute(arguments: [id, key, index, value, text, nil])
      case nil:
        throw DirectoryError.invalidAttributeValue(
          attribute: name, value: value, reason: "it does not fit the attribute's syntax")
      }
    }
  }

  /// Adds what AD sets on a new object of each class when the caller did not.
  static func withClassDefaults(_ object: NewObject, _ given: [(String, [String])]) throws
    -> [(String, [String])]
  {
    var attributes = given
    func value(_ name: String) -> String? {
      attributes.first { $0.0.lowercased() == name.lowercased() }?.1.first
    }
    func setDefault(_ name: String, _ values: [String]) {
      if value(name) == nil { attributes.append((name, values)) }
    }
    func replace(_ name: String, _ values: [String]) {
      attributes.removeAll { $0.0.lowercased() == name.lowercased() }
      attributes.append((name, values))
    }
    switch object.objectClass {
    case "group":
      let given = value("groupType")
      let raw = given.flatMap { AssertionValue.integer($0, bits: 32) } ?? -2_147_483_646
      let groupType = GroupType(rawValue: Int32(truncatingIfNeeded: raw))
      guard groupType.hasOneScope else {
        throw DirectoryError.invalidAttributeValue(
          attribute: "groupType", value: given ?? "", reason: "it must have exactly one scope")
      }
      replace("groupType", [String(groupType.rawValue)])
      replace("sAMAccountType", [String(groupType.samAccountType.rawValue)])
    case "user", "inetOrgPerson":
      setDefault("userAccountControl", ["546"])
      replace("sAMAccountType", [String(SamAccountType.normalAccount.rawValue)])
      setDefault("primaryGroupID", ["513"])
      setDefault("accountExpires", ["9223372036854775807"])
      setDefault("pwdLastSet", ["0"])
    case "computer":
      setDefault("userAccountControl", ["4096"])
      replace("sAMAccountType", [String(SamAccountType.machineAccount.rawValue)])
      setDefault("primaryGroupID", ["515"])
      setDefault("accountExpires", ["9223372036854775807"])
    default:
      break
    }
    return attributes
  }
}
