import Foundation
import GRDB

/// A predicate on tenant objects translated to a SQL condition on `tenantObject o`, with its
/// bound arguments.
///
/// Policy: no user text becomes SQL. Property names are looked up in `TenantSchema` and
/// replaced by fixed column names; every value is a bound argument. Strings compare without
/// case (the columns are NOCASE), collections match when any value matches, and a comparison
/// on a null property is false (so `not` of it is true, as Graph's `ne` is for nulls).
public struct TenantPredicateSQL: Equatable {
  public var sql: String
  public var arguments: [DatabaseValue]

  /// A property the schema does not know, or a predicate form tenants cannot evaluate.
  public struct Unsupported: Error, Equatable {
    public let property: String
  }

  /// Translates `predicate` for objects of `kind`.
  public init(_ predicate: Predicate, kind: TenantObjectKind) throws {
    let fragment = try Self.translate(predicate, kind)
    sql = fragment.sql
    arguments = fragment.arguments
  }

  static func translate(_ predicate: Predicate, _ kind: TenantObjectKind) throws
    -> (sql: String, arguments: [DatabaseValue])
  {
    switch predicate {
    case .any:
      return ("1", [])
    case .and(let parts), .or(let parts):
      var isAnd = false
      if case .and = predicate { isAnd = true }
      // The directory's balanced join keeps long lists within SQLite's expression depth.
      let joined = PredicateSQL.Fragment.join(
        try parts.map {
          let part = try translate($0, kind)
          return PredicateSQL.Fragment(sql: part.sql, arguments: part.arguments)
        }, with: isAnd ? "AND" : "OR")
      return (joined.sql, joined.arguments)
    case .not(let inner):
      let translated = try translate(inner, kind)
      return ("NOT " + translated.sql, translated.arguments)
    default:
      guard let name = predicate.attributes.first,
        let property = TenantSchema.property(name, of: kind)
      else { throw Unsupported(property: predicate.attributes.first ?? "") }
      return try leaf(predicate, property)
    }
  }

  /// One comparison on one property.
  static func leaf(_ predicate: Predicate, _ property: TenantSchema.Property) throws
    -> (sql: String, arguments: [DatabaseValue])
  {
    let (operation, values): (String, [DatabaseValue])
    switch predicate {
    case .present:
      guard let column = property.column else {
        return (
          "EXISTS (SELECT 1 FROM tenantValue v WHERE v.objectRowId = o.rowId AND v.name = ?)",
          [property.name.databaseValue]
        )
      }
      return ("o.\(column) IS NOT NULL", [])
    case .equal(_, let value), .approximate(_, let value):
      (operation, values) = ("= ?", [argument(value, property.type)])
    case .greaterOrEqual(_, let value):
      (operation, values) = (">= ?", [argument(value, property.type)])
    case .lessOrEqual(_, let value):
      (operation, values) = ("<= ?", [argument(value, property.type)])
    case .substring(_, let initial, let middle, let final):
      let pattern =
        PredicateSQL.likeEscape(initial ?? "") + "%"
        + middle.map { PredicateSQL.likeEscape($0) + "%" }.joined()
        + PredicateSQL.likeEscape(final ?? "")
      (operation, values) = ("LIKE ? ESCAPE '\\'", [pattern.databaseValue])
    default:
      throw Unsupported(property: property.name)
    }
    guard let column = property.column else {
      return (
        "o.rowId IN (SELECT objectRowId FROM tenantValue WHERE name = ? AND value \(operation))",
        [property.name.databaseValue] + values
      )
    }
    if property.isNullable {
      return ("(o.\(column) \(operation) AND o.\(column) IS NOT NULL)", values)
    }
    return ("o.\(column) \(operation)", values)
  }

  /// A literal in the form the column stores: booleans as 0/1, GUIDs lowercase, dates in
  /// the stored ISO 8601 form.
  static func argument(_ value: String, _ type: TenantSchema.PropertyType) -> DatabaseValue {
    switch type {
    case .boolean:
      return (value.lowercased() == "true").databaseValue
    case .guid:
      return value.lowercased().databaseValue
    case .dateTime:
      guard let date = TenantRecord.parse(value) else { return value.databaseValue }
      return TenantRecord.format(date).databaseValue
    case .string, .stringCollection:
      return value.databaseValue
    }
  }
}
