import IdentityEngine
import ShellCore

/// The list form of Get-MgGroup and Get-MgUser: `-Filter`, `-Search`, `-Top`, `-All`,
/// `-ConsistencyLevel` and `-CountVariable` turned into one tenant search.
///
/// Without `-All` the SDK returns the first page only, 100 objects; `-Top n` returns n.
/// Advanced operators (`ne`, `not`, `endsWith`) and `-Search` need `-ConsistencyLevel
/// eventual`, as Graph's directory queries do.
struct GraphListQuery {
  let kind: TenantObjectKind
  let predicate: IdentityEngine.Predicate
  let limit: Int?

  static let pageSize = 100

  init(_ graph: GraphContext, kind: TenantObjectKind) throws {
    self.kind = kind
    let isEventual = graph.string("ConsistencyLevel")?.lowercased() == "eventual"
    var predicate = IdentityEngine.Predicate.any
    if let filter = graph.string("Filter") {
      let parsed = try ODataFilterParser.parse(filter, for: kind)
      if !isEventual, let advanced = parsed.advancedOperators.first {
        throw ODataFilterError.needsConsistencyLevel(advanced)
      }
      predicate = parsed.predicate
    }
    if let search = graph.string("Search") {
      guard isEventual else {
        throw GraphFailure(
          code: "Request_BadRequest",
          message: "Request with $search query parameter only works through MSGraph with a "
            + "special request header: 'ConsistencyLevel: eventual'")
      }
      predicate = predicate && (try Self.searchPredicate(search, kind))
    }
    self.predicate = predicate
    if graph.flag("All") == true {
      limit = nil
    } else {
      limit = max(graph.int("Top") ?? Self.pageSize, 0)
    }
  }

  /// The predicate of a `-Search` such as `"displayName:M365"`.
  ///
  /// Clauses may be joined by OR or AND; each finds the objects whose property contains the
  /// term. Graph matches word prefixes; the lab matches substrings.
  static func searchPredicate(_ text: String, _ kind: TenantObjectKind) throws
    -> IdentityEngine.Predicate
  {
    let isAnd = text.contains(" AND ")
    let clauses = text.components(separatedBy: isAnd ? " AND " : " OR ")
    var parts: [IdentityEngine.Predicate] = []
    for clause in clauses {
      let trimmed = clause.trimmingCharacters(in: .whitespaces)
      let unquoted = trimmed.hasPrefix("\"") && trimmed.hasSuffix("\"") && trimmed.count >= 2
      let body = unquoted ? String(trimmed.dropFirst().dropLast()) : trimmed
      guard unquoted, let colon = body.firstIndex(of: ":") else {
        throw GraphFailure(
          code: "Request_UnsupportedQuery",
          message: "Unsupported or invalid $search query: '\(text)'.")
      }
      let name = String(body[..<colon])
      let term = String(body[body.index(after: colon)...])
      guard let property = TenantSchema.property(name, of: kind), property.type == .string else {
        throw GraphFailure(
          code: "Request_UnsupportedQuery",
          message: "Unsupported or invalid $search query: '\(text)'.")
      }
      parts.append(.substring(property.name, initial: nil, middle: [term], final: nil))
    }
    if parts.count == 1 { return parts[0] }
    return isAnd ? .and(parts) : .or(parts)
  }

  /// Runs the search; sets `-CountVariable` to the number of all matches.
  func run(_ graph: GraphContext) throws -> [TenantObject] {
    let (objects, count) = try graph.tenant.read { tenant in
      (
        try tenant.objects(kind, matching: predicate, limit: limit),
        graph.string("CountVariable") == nil ? 0 : try tenant.count(kind, matching: predicate)
      )
    }
    graph.setCount(count)
    return objects
  }
}
