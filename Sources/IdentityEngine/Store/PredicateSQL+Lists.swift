import Foundation
import GRDB

/// Long AND and OR lists, as scripts build them (`(|(cn=a)(cn=b)...)` with 10,000 names,
/// `(&(!(cn=x))(!(cn=y))...)`).
///
/// SQLite's planner compares every term of an OR with every other, so 10,000 equalities cost
/// seconds before the query runs. Equalities on one attribute are therefore gathered into
/// one membership test (`col IN (SELECT value FROM json_each(?))`, the values bound as one
/// JSON array, so no list meets SQLite's limit on bound variables), and the negated ones of an
/// AND into `NOT (that test)`: NOT a AND NOT b is NOT (a OR b). What remains is joined as a
/// balanced tree (`Fragment.join`).
extension PredicateSQL {
  /// Lists shorter than this are translated term by term.
  static let gatheredListMinimum = 8

  static func translateList(_ parts: [Predicate], isAnd: Bool) -> Fragment? {
    var fragments: [Fragment] = []
    var groups: [(name: String, target: Target, values: [String])] = []
    var groupIndex: [String: Int] = [:]
    for part in parts {
      if let (name, value, target) = gatherable(part, isAnd: isAnd) {
        let key = name.lowercased()
        if let index = groupIndex[key] {
          groups[index].values.append(value)
        } else {
          groupIndex[key] = groups.count
          groups.append((name, target, [value]))
        }
        continue
      }
      guard let fragment = translate(part) else { return nil }
      fragments.append(fragment)
    }
    for group in groups {
      if group.values.count < gatheredListMinimum {
        for value in group.values {
          let single: Predicate = .equal(group.name, value)
          guard let fragment = translate(isAnd ? .not(single) : single) else { return nil }
          fragments.append(fragment)
        }
        continue
      }
      guard let membership = membership(group.target, group.values) else { return nil }
      fragments.append(
        isAnd ? Fragment(sql: "NOT " + membership.sql, arguments: membership.arguments) : membership
      )
    }
    return Fragment.join(fragments, with: isAnd ? "AND" : "OR")
  }

  /// The attribute and value of a term that can join a membership test: an equality in an OR,
  /// a negated equality in an AND, on an attribute kept in a column or the attribute table.
  private static func gatherable(_ part: Predicate, isAnd: Bool) -> (String, String, Target)? {
    let leaf: Predicate
    if isAnd {
      guard case .not(let inner) = part else { return nil }
      leaf = inner
    } else {
      leaf = part
    }
    guard case .equal(let name, let value) = leaf, let target = target(of: name) else {
      return nil
    }
    // A value the syntax rejects is Undefined, not false: it stays a term of its own.
    switch target {
    case .column(_, let syntax, _), .attribute(_, let syntax):
      return key(value, syntax) == nil ? nil : (name, value, target)
    case .rdnName: return (name, value, target)
    case .constructed, .classes, .link: return nil
    }
  }

  /// "The attribute equals one of `values`" (values the syntax accepts, as gathered).
  private static func membership(_ target: Target, _ values: [String]) -> Fragment? {
    valueCondition(target) { column, syntax in
      let keys = values.compactMap { key($0, syntax) }
      if keys.isEmpty { return .never }
      let json = keys.map { key -> Any in
        switch key.storage {
        case .int64(let number): return number
        case .string(let text): return text
        default: return String(describing: key)
        }
      }
      // Strings and integers always serialise; were they not to, the list would be left to
      // the in-memory evaluation, which gives the same answer more slowly.
      guard let data = try? JSONSerialization.data(withJSONObject: json),  // nil: not JSON
        let text = String(data: data, encoding: .utf8)
      else { return nil }
      return Fragment(
        sql: "\(column) IN (SELECT value FROM json_each(?))", arguments: [text.databaseValue])
    }
  }
}
