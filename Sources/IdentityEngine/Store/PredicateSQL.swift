import GRDB

/// A predicate translated to a SQL condition on `object o`, with its bound arguments and the
/// residue that must be evaluated in memory.
///
/// Policy: no user text ever becomes SQL. Attribute names are looked up in the schema and
/// mapped to fixed column names or to `attribute.name = ?`; every value is a bound argument.
/// What SQL cannot express (constructed attributes such as canonicalName, substring tests on
/// links) is left as `residue`: the conjuncts of a top-level AND that failed to translate, or
/// the whole predicate, evaluated on the loaded entries.
public struct PredicateSQL: Equatable {
  public var sql: String
  public var arguments: [DatabaseValue]
  /// What remains to be checked in memory; nil when SQL says it all.
  public var residue: Predicate?

  /// Translates `predicate`; throws `DirectoryError.unknownAttribute` for a name the schema
  /// does not know.
  public init(_ predicate: Predicate) throws {
    for name in predicate.attributes where PredicateSQL.target(of: name) == nil {
      throw DirectoryError.unknownAttribute(name)
    }
    if let whole = PredicateSQL.translate(predicate) {
      self.init(sql: whole.sql, arguments: whole.arguments, residue: nil)
      return
    }
    guard case .and(let parts) = predicate else {
      self.init(sql: "1", arguments: [], residue: predicate)
      return
    }
    var fragments: [Fragment] = []
    var residue: [Predicate] = []
    for part in parts {
      if let fragment = PredicateSQL.translate(part) {
        fragments.append(fragment)
      } else {
        residue.append(part)
      }
    }
    let joined = Fragment.join(fragments, with: "AND")
    self.init(
      sql: joined.sql, arguments: joined.arguments,
      residue: residue.count == 1 ? residue[0] : .and(residue))
  }

  init(sql: String, arguments: [DatabaseValue], residue: Predicate?) {
    self.sql = sql
    self.arguments = arguments.map(PredicateSQL.withoutNUL)
    self.residue = residue
  }

  /// SQLite reads a bound string up to its first NUL, so `bsmith\0` would find bsmith: a NUL
  /// becomes U+FFFF, a noncharacter no stored value holds, and the value then matches nothing,
  /// as the real directory's does.
  static func withoutNUL(_ value: DatabaseValue) -> DatabaseValue {
    guard let text = String.fromDatabaseValue(value), text.contains("\0") else { return value }
    return text.replacingOccurrences(of: "\0", with: "\u{FFFF}").databaseValue
  }

  /// A piece of SQL with its arguments.
  struct Fragment {
    var sql: String
    var arguments: [DatabaseValue] = []

    static let always = Fragment(sql: "1")
    static let never = Fragment(sql: "0")
    /// RFC 4511's Undefined (an assertion value the attribute's syntax rejects, a matching
    /// rule that does not apply): SQL's NULL, whose three-valued logic is the RFC's, so NOT
    /// keeps it Undefined and a search returns only entries whose filter is TRUE.
    static let undefined = Fragment(sql: "NULL")

    /// Joins with AND or OR as a balanced tree: SQLite parses `a OR b OR c ...` into a tree as
    /// deep as the list is long and refuses one deeper than 1,000 ("Expression tree is too
    /// large"); halves nested in parentheses keep a 100,000-term filter 17 levels deep.
    static func join(_ parts: [Fragment], with word: String) -> Fragment {
      if parts.isEmpty { return word == "AND" ? .always : .never }
      if parts.count == 1 { return parts[0] }
      let groupSize = 64
      guard parts.count > groupSize else {
        return Fragment(
          sql: "(" + parts.map(\.sql).joined(separator: " \(word) ") + ")",
          arguments: parts.flatMap(\.arguments))
      }
      let groups = stride(from: 0, to: parts.count, by: groupSize).map {
        join(Array(parts[$0..<min($0 + groupSize, parts.count)]), with: word)
      }
      return join(groups, with: word)
    }
  }

  /// Where an attribute lives in the store.
  enum Target {
    case column(String, AttributeSyntax, nullable: Bool)
    /// cn/ou/dc: the name column, for objects whose RDN has that type.
    case rdnName(String)
    case classes(isCategory: Bool)
    case link(isMember: Bool)
    case attribute(String, AttributeSyntax)
    case constructed
  }

  static func target(of attribute: String) -> Target? {
    let lower = attribute.lowercased()
    switch lower {
    case "distinguishedname": return .column("o.dnKey", .dn, nullable: false)
    case "name": return .column("o.nameKey", .string, nullable: false)
    case "cn", "ou", "dc": return .rdnName(lower)
    case "samaccountname": return .column("o.samKey", .string, nullable: true)
    case "objectguid": return .column("o.guid", .guid, nullable: false)
    case "objectsid": return .column("o.sid", .sid, nullable: true)
    case "whencreated", "createtimestamp":
      return .column("o.whenCreated", .generalizedTime, nullable: false)
    case "whenchanged", "modifytimestamp":
      return .column("o.whenChanged", .generalizedTime, nullable: false)
    case "usncreated": return .column("o.usnCreated", .integer(bits: 64), nullable: false)
    case "usnchanged": return .column("o.usnChanged", .integer(bits: 64), nullable: false)
    case "objectclass": return .classes(isCategory: false)
    case "objectcategory": return .classes(isCategory: true)
    case "member": return .link(isMember: true)
    case "memberof": return .link(isMember: false)
    case "canonicalname", "instancetype", "anr": return .constructed
    default:
      guard let definition = Schema.definition(of: lower) else { return nil }
      return .attribute(lower, definition.syntax)
    }
  }

  /// Translates one predicate; nil when some part of it needs in-memory evaluation.
  static func translate(_ predicate: Predicate) -> Fragment? {
    switch predicate {
    case .any: return .always
    case .and(let parts), .or(let parts):
      var isAnd = false
      if case .and = predicate { isAnd = true }
      return translateList(parts, isAnd: isAnd)
    case .not(let inner):
      guard let fragment = translate(inner) else { return nil }
      return Fragment(sql: "NOT " + fragment.sql, arguments: fragment.arguments)
    default:
      guard let name = predicate.attributes.first, let target = target(of: name) else {
        return nil
      }
      return leaf(predicate, target)
    }
  }

  static func leaf(_ predicate: Predicate, _ target: Target) -> Fragment? {
    switch target {
    case .constructed:
      return nil
    case .classes(let isCategory):
      return classes(predicate, isCategory: isCategory)
    case .link(let isMember):
      return link(predicate, isMember: isMember)
    default:
      return valueCondition(target) { column, syntax in compare(predicate, column, syntax) }
    }
  }

  /// The condition on an attribute kept in a column or in the attribute table, built around
  /// `base`, the comparison of the column that holds its keys (`o.nameKey = ?`,
  /// `valueKey IN (...)`); nil for the other targets.
  static func valueCondition(
    _ target: Target, _ base: (_ column: String, _ syntax: AttributeSyntax) -> Fragment?
  ) -> Fragment? {
    switch target {
    case .constructed, .classes, .link:
      return nil
    case .rdnName(let type):
      guard let base = base("o.nameKey", .string) else { return nil }
      if base.sql == Fragment.undefined.sql { return .undefined }
      let classCondition: String
      switch type {
      case "ou": classCondition = "o.objectClass = 'organizationalUnit'"
      case "dc": classCondition = "o.objectClass = 'domainDNS'"
      default: classCondition = "o.objectClass NOT IN ('organizationalUnit', 'domainDNS')"
      }
      if base.sql == "1" { return Fragment(sql: classCondition) }
      return Fragment(sql: "(\(classCondition) AND \(base.sql))", arguments: base.arguments)
    case .column(let column, let syntax, let nullable):
      guard let base = base(column, syntax) else { return nil }
      guard nullable, base.sql != Fragment.undefined.sql else { return base }
      if base.sql == "1" { return Fragment(sql: "\(column) IS NOT NULL") }
      return Fragment(sql: "(\(column) IS NOT NULL AND \(base.sql))", arguments: base.arguments)
    case .attribute(let name, let syntax):
      let valueColumn = syntax.isInteger ? "intValue" : "valueKey"
      guard let base = base(valueColumn, syntax) else { return nil }
      if base.sql == "0" || base.sql == Fragment.undefined.sql { return base }
      let condition = base.sql == "1" ? "" : " AND \(base.sql)"
      return Fragment(
        sql: "o.id IN (SELECT objectId FROM attribute WHERE name = ?\(condition))",
        arguments: [name.databaseValue] + base.arguments)
    }
  }

  /// The comparison of one leaf against a column holding keys of `syntax`; `1` for presence,
  /// `0` for a value that can never match.
  static func compare(_ predicate: Predicate, _ column: String, _ syntax: AttributeSyntax)
    -> Fragment?
  {
    func bound(_ value: String) -> DatabaseValue? { key(value, syntax) }
    switch predicate {
    case .present: return .always
    case .equal(_, let value), .approximate(_, let value), .inChain(_, let value):
      guard let argument = bound(value) else { return .undefined }
      return Fragment(sql: "\(column) = ?", arguments: [argument])
    case .greaterOrEqual(_, let value):
      guard let argument = bound(value) else { return .undefined }
      return Fragment(sql: "\(column) >= ?", arguments: [argument])
    case .lessOrEqual(_, let value):
      guard let argument = bound(value) else { return .undefined }
      return Fragment(sql: "\(column) <= ?", arguments: [argument])
    case .substring(_, let initial, let middle, let final):
      if syntax.isInteger { return .undefined }
      let pattern =
        likeEscape(initial?.lowercased() ?? "") + "%"
        + middle.map { likeEscape($0.lowercased()) + "%" }.joined()
        + likeEscape(final?.lowercased() ?? "")
      let like = Fragment(sql: "\(column) LIKE ? ESCAPE '\\'", arguments: [pattern.databaseValue])
      guard let initial, !initial.isEmpty else { return like }
      // A range on the prefix lets SQLite use the index; LIKE then checks the rest.
      let low = initial.lowercased()
      return Fragment(
        sql: "(\(column) >= ? AND \(column) < ? AND \(like.sql))",
        arguments: [low.databaseValue, (low + "\u{10FFFF}").databaseValue] + like.arguments)
    case .bitAnd(_, let mask):
      guard syntax.isInteger else { return .undefined }
      return Fragment(
        sql: "(\(column) & ?) = ?", arguments: [mask.databaseValue, mask.databaseValue])
    case .bitOr(_, let mask):
      guard syntax.isInteger else { return .undefined }
      return Fragment(sql: "(\(column) & ?) <> 0", arguments: [mask.databaseValue])
    default:
      return nil
    }
  }

  /// The stored key an assertion value compares with; nil for a value the syntax rejects.
  static func key(_ value: String, _ syntax: AttributeSyntax) -> DatabaseValue? {
    switch AssertionValue.key(value, syntax: syntax) {
    case .text(let text): return text.databaseValue
    case .integer(let number): return number.databaseValue
    case nil: return nil
    }
  }

  static func likeEscape(_ text: String) -> String {
    var result = ""
    for character in text {
      if character == "%" || character == "_" || character == "\\" { result.append("\\") }
      result.append(character)
    }
    return result
  }

  /// objectClass and objectCategory: the structural classes that satisfy the leaf.
  static func classes(_ predicate: Predicate, isCategory: Bool) -> Fragment? {
    let matching: [String]
    switch predicate {
    case .present: return .always
    case .equal(_, let value) where isCategory:
      matching = Schema.classesMatching(objectCategory: value)
    case .equal(_, let value):
      matching = Schema.classesMatching(objectClass: value)
    default:
      guard !isCategory else { return nil }
      matching = Schema.structuralClasses.filter {
        predicate.matchesLeaf(Schema.classChain(of: $0))
      }
    }
    if matching.isEmpty { return .never }
    return Fragment(
      sql: "o.objectClass IN (" + matching.map { _ in "?" }.joined(separator: ", ") + ")",
      arguments: matching.map(\.databaseValue))
  }

  /// member and memberOf through the link table; in-chain follows it recursively.
  static func link(_ predicate: Predicate, isMember: Bool) -> Fragment? {
    let (selected, other) = isMember ? ("groupId", "memberId") : ("memberId", "groupId")
    switch predicate {
    case .present:
      return Fragment(sql: "o.id IN (SELECT \(selected) FROM link)")
    case .equal(_, let value):
      guard case .text(let key)? = AssertionValue.key(value, syntax: .dn) else {
        return .undefined
      }
      return Fragment(
        sql: "o.id IN (SELECT l.\(selected) FROM link l JOIN object t ON t.id = l.\(other) "
          + "WHERE t.dnKey = ?)", arguments: [key.databaseValue])
    case .inChain(_, let value):
      guard case .text(let key)? = AssertionValue.key(value, syntax: .dn) else {
        return .undefined
      }
      return Fragment(
        sql: "o.id IN (WITH RECURSIVE chain(id) AS (SELECT l.\(selected) FROM link l "
          + "JOIN object t ON t.id = l.\(other) WHERE t.dnKey = ? UNION SELECT l.\(selected) "
          + "FROM link l JOIN chain c ON l.\(other) = c.id) SELECT id FROM chain)",
        arguments: [key.databaseValue])
    default:
      return nil
    }
  }
}
