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

  /// The scope a `-SearchScope` value names.
  ///
  /// Its name in any case, or the number the module takes for it (0 Base, 1 OneLevel,
  /// 2 Subtree); nil for anything else.
  public init?(name: String) {
    switch name.lowercased() {
    case "base", "0": self = .base
    case "onelevel", "1": self = .oneLevel
    case "subtree", "2": self = .subtree
    default: return nil
    }
  }

  /// Every name `init(name:)` takes, for a parameter's valid values.
  public static let names = ["Base", "OneLevel", "Subtree", "0", "1", "2"]
}

/// Which attributes a search loads besides the identity columns.
public enum AttributeSelection: Sendable {
  /// Only these (lDAPDisplayNames, case-insensitive).
  case names([String])
  /// Every stored attribute and both link directions.
  case all
}

/// The facts of the lab's domain: names and SID from the store's settings, GUID and
/// well-known containers from the domain head.
public struct DomainInfo: Sendable {
  public let dnsName: String
  public let netBIOSName: String
  public let sid: String
  public let dn: DistinguishedName
  public let guid: String
  /// The domain head's `wellKnownObjects`: container GUID (upper-case hex) → DN.
  public var wellKnownObjects: [String: DistinguishedName] = [:]

  /// The container a well-known GUID names, else the default RDN below the domain head.
  public func wellKnown(_ container: WellKnownContainer) -> DistinguishedName {
    wellKnownObjects[container.rawValue] ?? dn.child(container.rdn.type, container.rdn.value)
  }

  /// The default Users container, where New-ADUser and New-ADGroup put objects.
  public var usersContainer: DistinguishedName { wellKnown(.users) }
  public var computersContainer: DistinguishedName { wellKnown(.computers) }
}

/// The containers a domain names in `wellKnownObjects` (`B:32:<GUID>:<DN>`), by GUID.
public enum WellKnownContainer: String, CaseIterable, Sendable {
  case users = "A9D1CA15768811D1ADED00C04FD8D5CD"
  case computers = "AA312825768811D1ADED00C04FD8D5CD"
  case system = "AB1D30F3768811D1ADED00C04FD8D5CD"
  case domainControllers = "A361B2FFFFD211D1AA4B00C04FD7D83A"
  case infrastructure = "2FBAC1870ADE11D297C400C04FD8D5CD"
  case deletedObjects = "18E2EA80684F11D2B9AA00C04F79F805"
  case lostAndFound = "AB8153B7768811D1ADED00C04FD8D5CD"
  case foreignSecurityPrincipals = "22B70C67D56E4EFB91E9300FCA3DC1AA"
  case programData = "09460C08AE1E4A4EA0F64AEE7DAA1E5A"
  case ntdsQuotas = "6227F0AF1FC2410D8E3BB10615BB5B0F"

  /// The container's RDN in a new domain.
  public var rdn: (type: String, value: String) {
    switch self {
    case .users: return ("CN", "Users")
    case .computers: return ("CN", "Computers")
    case .system: return ("CN", "System")
    case .domainControllers: return ("OU", "Domain Controllers")
    case .infrastructure: return ("CN", "Infrastructure")
    case .deletedObjects: return ("CN", "Deleted Objects")
    case .lostAndFound: return ("CN", "LostAndFound")
    case .foreignSecurityPrincipals: return ("CN", "ForeignSecurityPrincipals")
    case .programData: return ("CN", "Program Data")
    case .ntdsQuotas: return ("CN", "NTDS Quotas")
    }
  }

  /// Parses one `wellKnownObjects` value; nil for anything else.
  public static func parse(_ value: String) -> (guid: String, dn: DistinguishedName)? {
    let parts = value.split(separator: ":", maxSplits: 3, omittingEmptySubsequences: false)
    guard parts.count == 4, parts[0] == "B", parts[1] == "32", parts[2].count == 32,
      let dn = DistinguishedName(String(parts[3]))
    else { return nil }
    return (parts[2].uppercased(), dn)
  }
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
      let head = try Row.fetchOne(
        db, sql: "SELECT id, guid FROM object WHERE dnKey = ?", arguments: [dn.key])
    else { throw LabError.noDomain(path: try LabStore.filePath(db)) }
    var info = DomainInfo(
      dnsName: dnsName, netBIOSName: netBIOS, sid: sid, dn: dn, guid: try head.decode(atIndex: 1))
    let values = try String.fetchAll(
      db, sql: "SELECT value FROM attribute WHERE objectId = ? AND name = 'wellknownobjects'",
      arguments: [try head.decode(Int64.self, atIndex: 0)])
    for value in values {
      if let (guid, container) = WellKnownContainer.parse(value) {
        info.wellKnownObjects[guid] = container
      }
    }
    return info
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

  /// Searches below `base` and returns every entry found.
  ///
  /// Throws `noSuchObject` when the base does not exist. The paging search does the work, so
  /// both answer alike.
  public func search(
    base: DistinguishedName, scope: SearchScope = .subtree, filter: Predicate = .any,
    attributes: AttributeSelection = .names([]), sizeLimit: Int? = nil
  ) throws -> [DirectoryEntry] {
    var found: [DirectoryEntry] = []
    try search(
      base: base, scope: scope, filter: filter, attributes: attributes, sizeLimit: sizeLimit,
      pageSize: 1_000
    ) { found.append($0) }
    return found
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
    // No stored identity holds a NUL, and SQLite would compare only the text before it.
    if value.contains("\0") { return [] }
    return try store.read { db in
      let rows = try Row.fetchAll(
        db, sql: "SELECT * FROM object WHERE \(column.rawValue) = ? ORDER BY id",
        arguments: [column.normalize(value)])
      return try Directory.entries(db, rows: rows, attributes: attributes)
    }
  }
}
