/// Parses an OData `$filter` (the subset Graph accepts on users and groups) into the engine's
/// `Predicate`, checking property names and literal types as Graph does.
///
/// Supported: `eq`, `ne`, `ge`, `le`, `gt`, `lt`, `in (...)`, `and`, `or`, `not`,
/// parentheses, `startswith(p,'x')`, `endswith(p,'x')`, and on collections
/// `groupTypes/any(c:c eq 'Unified')` and `proxyAddresses/any(x:startswith(x,'smtp:'))`.
/// `p eq null` becomes "p is absent". Errors carry Graph's messages ("Invalid filter clause:
/// …" with ODataLib's 0-based positions).
public struct ODataFilterParser {
  /// A parsed filter: the predicate and the advanced operators it used (`ne`, `not`,
  /// `endswith`), which Graph accepts only with `ConsistencyLevel: eventual`.
  public struct Result: Equatable, Sendable {
    public let predicate: Predicate
    public let advancedOperators: [String]
  }

  let text: String
  let kind: TenantObjectKind
  var tokens: [ODataToken] = []
  var index = 0
  var advanced: [String] = []
  /// Rule calls now open; ODataLib stops past its filter limit of 800 with "The recursion
  /// limit has been exceeded.", which a few hundred nested parentheses reach.
  var recursion = 0
  static let recursionLimit = 800

  /// Counts one more rule call open, failing past `recursionLimit`.
  mutating func recurseEnter() throws {
    recursion += 1
    guard recursion <= Self.recursionLimit else {
      throw ODataFilterError.invalidClause("The recursion limit has been exceeded.")
    }
  }

  /// Parses `text` as a filter on users or groups.
  public static func parse(_ text: String, for kind: TenantObjectKind) throws -> Result {
    var parser = ODataFilterParser(text: text, kind: kind)
    parser.tokens = try ODataFilterLexer(text).tokens()
    let predicate = try parser.parseOr()
    guard parser.current.kind == .end else {
      throw ODataFilterError.invalidClause(
        "Syntax error at position \(parser.current.position) in '\(text)'.")
    }
    var unique: [String] = []
    for name in parser.advanced where !unique.contains(name) { unique.append(name) }
    return Result(predicate: predicate, advancedOperators: unique)
  }

  var current: ODataToken { tokens[min(index, tokens.count - 1)] }

  mutating func advance() { index += 1 }

  /// True (and consumed) when the current token is the keyword `word`.
  mutating func accept(_ word: String) -> Bool {
    guard case .word(let found) = current.kind, found.lowercased() == word else { return false }
    advance()
    return true
  }

  mutating func expect(_ kind: ODataToken.Kind, _ message: String) throws {
    guard current.kind == kind else {
      throw ODataFilterError.invalidClause(
        "\(message) at position \(current.position) in '\(text)'.")
    }
    advance()
  }

  mutating func parseOr() throws -> Predicate {
    try recurseEnter()
    defer { recursion -= 1 }
    var parts = [try parseAnd()]
    while accept("or") { parts.append(try parseAnd()) }
    return parts.count == 1 ? parts[0] : .or(parts)
  }

  mutating func parseAnd() throws -> Predicate {
    try recurseEnter()
    defer { recursion -= 1 }
    var parts = [try parseUnary()]
    while accept("and") { parts.append(try parseUnary()) }
    return parts.count == 1 ? parts[0] : .and(parts)
  }

  mutating func parseUnary() throws -> Predicate {
    try recurseEnter()
    defer { recursion -= 1 }
    if accept("not") {
      advanced.append("not")
      return .not(try parseUnary())
    }
    return try parsePrimary()
  }

  mutating func parsePrimary() throws -> Predicate {
    try recurseEnter()
    defer { recursion -= 1 }
    let start = current
    switch start.kind {
    case .openParen:
      advance()
      let inner = try parseOr()
      try expect(.closeParen, "')' or operator expected")
      return inner
    case .word(let word):
      advance()
      if current.kind == .openParen { return try parseFunction(word, at: start.position) }
      let property = try resolve(word)
      if current.kind == .slash { return try parseLambda(property) }
      return try parseComparison(property)
    case .end:
      throw ODataFilterError.invalidClause(
        "Expression expected at position \(start.position) in '\(text)'.")
    default:
      throw ODataFilterError.invalidClause(
        "Syntax error at position \(start.position) in '\(text)'.")
    }
  }

  /// The property a name denotes; Graph's binder error for an unknown one.
  func resolve(_ name: String) throws -> TenantSchema.Property {
    guard let property = TenantSchema.property(name, of: kind) else {
      throw ODataFilterError.invalidClause(
        "Could not find a property named '\(name)' on type 'microsoft.graph.\(kind.rawValue)'.")
    }
    return property
  }

  /// `startswith(p,'x')` / `endswith(p,'x')`.
  mutating func parseFunction(_ name: String, at position: Int) throws -> Predicate {
    let lower = name.lowercased()
    guard lower == "startswith" || lower == "endswith" else {
      throw ODataFilterError.invalidClause(
        "An unknown function with name '\(name)' was found. This may also be a function import "
          + "or a key lookup on a navigation property, which is not allowed.")
    }
    advance()
    guard case .word(let propertyName) = current.kind else {
      throw ODataFilterError.invalidClause(
        "Expression expected at position \(current.position) in '\(text)'.")
    }
    advance()
    let property = try resolve(propertyName)
    try expect(.comma, "')' or ',' expected")
    let value = try parseStringArgument(lower, property)
    try expect(.closeParen, "')' or ',' expected")
    if property.type == .stringCollection {
      throw ODataFilterError.unsupported(property.name, kind)
    }
    return try textFunction(lower, property.name, value)
  }

  /// The string literal a text function takes, with ODataLib's type error otherwise.
  mutating func parseStringArgument(_ function: String, _ property: TenantSchema.Property)
    throws -> String
  {
    guard case .string(let value) = current.kind else {
      throw ODataFilterError.invalidClause(
        "No function signature for the function with name '\(function)' matches the specified "
          + "arguments. The function signatures considered are: \(function)(Edm.String "
          + "Nullable=true, Edm.String Nullable=true).")
    }
    advance()
    if property.type != .string, property.type != .stringCollection, property.type != .guid {
      throw ODataFilterError.unsupported(property.name, kind)
    }
    return value
  }

  mutating func textFunction(_ function: String, _ name: String, _ value: String) throws
    -> Predicate
  {
    if function == "endswith" {
      advanced.append("endsWith")
      return .substring(name, initial: nil, middle: [], final: value)
    }
    return .substring(name, initial: value, middle: [], final: nil)
  }
}
