import Foundation
import GRDB

/// How deep a search goes below its base (LDAP's scope; the module's ADSearchScope).
public enum SearchScope: String, CaseIterable, Sendable {
  /// Only the base object.
  case base = "Base"
  /// The base's direct children, not the base.
  case oneLevel = "OneLevel"
  /// The base and everything below it.
  case subtree = "Subtree"
}

/// Which attributes a search loads besides the identity columns.
public enum AttributeSelection: Sendable {
  /// Only these (lDAPDisplayNames, case-insensitive).
  case names([String])
  /// Every stored attribute and both link directions.
  case all
}

/// The facts of the lab's domain, kept in the store's settings.
public struct DomainInfo: Sendable {
  public let dnsName: String
  public let netBIOSName: String
  public let sid: String
  public let dn: DistinguishedName
  public let guid: String

  /// The default Users container, where New-ADUser and New-ADGroup put objects.
  public var usersContainer: DistinguishedName { dn.child("CN", "Users") }
  public var computersContainer: DistinguishedName { dn.child("CN", "Computers") }
}

/// The Active Directory half of the lab: searches and changes on directory objects.
///
/// Every method that changes state is one store transaction; the rules AD enforces (unique
/// sAMAccountName and UPN, RDN uniqueness per container, groupType scope changes, protected
/// objects, link maintenance) are checked inside it, so a refused change leaves nothing behind.
public final class Directory {
  public let store: LabStore
  /// The clock for whenCreated/whenChanged; seeding pins it for reproducible labs.
  public var now: () -> Date = { Date() }

  public init(store: LabStore) { self.store = store }

  /// The domain this lab holds; throws when the lab was never seeded.
  public func domain() throws -> DomainInfo {
    try store.read { db in try Directory.domain(db) }
  }

  static func domain(_ db: Database) throws -> DomainInfo {
    guard let dnsName = try LabStore.setting(db, "domain.dns"),
      let netBIOS = try LabStore.setting(db, "domain.netbios"),
      let sid = try LabStore.setting(db, "domain.sid"),
      let dnText = try LabStore.setting(db, "domain.dn"),
      let dn = DistinguishedName(dnText),
      let guid = try String.fetchOne(
        db, sql: "SELECT guid FROM object WHERE dnKey = ?", arguments: [dn.key])
    else { throw DirectoryError.storeUnavailable("the lab has no domain; run Reset-ADLab") }
    return DomainInfo(dnsName: dnsName, netBIOSName: netBIOS, sid: sid, dn: dn, guid: guid)
  }

  /// The SQL a search runs: scope condition and translated filter, with arguments.
  static func searchSQL(
    baseId: Int64, treeKey: String, scope: SearchScope, translated: PredicateSQL
  ) -> (String, [DatabaseValue]) {
    var sql = "SELECT o.* FROM object o WHERE "
    var arguments: [DatabaseValue]
    switch scope {
    case .base:
      sql += "o.id = ?"
      arguments = [baseId.databaseValue]
    case .oneLevel:
      sql += "o.parentId = ?"
      arguments = [baseId.databaseValue]
    case .subtree:
      sql += "o.treeKey >= ? AND o.treeKey < ?"
      arguments = [treeKey.databaseValue, (String(treeKey.dropLast()) + "\u{2}").databaseValue]
    }
    if translated.sql != "1" {
      sql += " AND " + translated.sql
      arguments += translated.arguments
    }
    return (sql + " ORDER BY o.id", arguments)
  }

  /// Searches below `base`; throws `noSuchObject` when the base does not exist.
  public func search(
    base: DistinguishedName, scope: SearchScope = .subtree, filter: Predicate = .any,
    attributes: AttributeSelection = .names([]), sizeLimit: Int? = nil
  ) throws -> [DirectoryEntry] {
    let translated = try PredicateSQL(filter)
    return try store.read { db in
      guard
        let baseRow = try Row.fetchOne(
          db, sql: "SELECT id, treeKey FROM object WHERE dnKey = ?", arguments: [base.key])
      else { throw DirectoryError.noSuchObject(base.description) }
      var (sql, arguments) = Directory.searchSQL(
        baseId: baseRow["id"], treeKey: baseRow["treeKey"], scope: scope,
        translated: translated)
      if translated.residue == nil, let sizeLimit { sql += " LIMIT \(max(sizeLimit, 0))" }
      let rows = try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
      guard let residue = translated.residue else {
        return try Directory.entries(db, rows: rows, attributes: attributes)
      }
      let selection = Directory.widen(attributes, with: residue.attributes)
      var failure: Error?
      let entries = try Directory.entries(db, rows: rows, attributes: selection).filter {
        entry in
        residue.matches(entry) { name, target in
          do {
            return try Directory.isInChain(db, entry: entry, attribute: name, target: target)
          } catch {
            failure = error
            return false
          }
        }
      }
      if let failure { throw failure }
      return sizeLimit.map { Array(entries.prefix(max($0, 0))) } ?? entries
    }
  }

  static func widen(_ selection: AttributeSelection, with names: [String]) -> AttributeSelection {
    guard case .names(let existing) = selection else { return selection }
    return .names(existing + names)
  }

  /// True when `entry` reaches `target` through `attribute` (member or memberOf) transitively.
  static func isInChain(
    _ db: Database, entry: DirectoryEntry, attribute: String, target: DistinguishedName
  ) throws -> Bool {
    guard let fragment = PredicateSQL.translate(.inChain(attribute, target.description)) else {
      return false
    }
    let count = try Int.fetchOne(
      db, sql: "SELECT COUNT(*) FROM object o WHERE o.id = ? AND " + fragment.sql,
      arguments: StatementArguments([entry.id.databaseValue] + fragment.arguments))
    return (count ?? 0) > 0
  }

  /// Finds one object by DN.
  public func entry(_ dn: DistinguishedName, attributes: AttributeSelection = .names([]))
    throws -> DirectoryEntry?
  {
    try store.read { db in
      let rows = try Row.fetchAll(
        db, sql: "SELECT * FROM object WHERE dnKey = ?", arguments: [dn.key])
      return try Directory.entries(db, rows: rows, attributes: attributes).first
    }
  }

  /// The identity columns `entries(whereColumn:equals:)` searches.
  public enum IdentityColumn: String, Sendable {
    case guid
    case sid
    case samAccountName = "samKey"

    func normalize(_ value: String) -> String {
      self == .sid ? value.uppercased() : value.lowercased()
    }
  }

  /// Finds objects by one identity column (compared as AD compares it: GUIDs and
  /// sAMAccountNames case-insensitively).
  public func entries(
    whereColumn column: IdentityColumn, equals value: String,
    attributes: AttributeSelection = .names([])
  ) throws -> [DirectoryEntry] {
    try store.read { db in
      let rows = try Row.fetchAll(
        db, sql: "SELECT * FROM object WHERE \(column.rawValue) = ? ORDER BY id",
        arguments: [column.normalize(value)])
      return try Directory.entries(db, rows: rows, attributes: attributes)
    }
  }
}
