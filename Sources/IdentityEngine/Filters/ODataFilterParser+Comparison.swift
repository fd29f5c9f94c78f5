import Foundation

/// Comparisons, `in` lists and `any()` lambdas.
extension ODataFilterParser {
  /// A literal's EDM type and its text (nil text for `null`).
  struct Literal {
    let type: String?
    let value: String?
  }

  /// The operators, their ODataLib operator kind names and whether Graph counts them as
  /// advanced queries.
  static let operators: [String: (kind: String, isAdvanced: Bool)] = [
    "eq": ("Equal", false), "ne": ("NotEqual", true), "ge": ("GreaterThanOrEqual", false),
    "le": ("LessThanOrEqual", false), "gt": ("GreaterThan", false), "lt": ("LessThan", false),
  ]

  /// `p op literal`, `p in (...)`, or a bare boolean property.
  mutating func parseComparison(_ property: TenantSchema.Property) throws -> Predicate {
    guard case .word(let word) = current.kind else {
      if property.type == .boolean, isEndOfOperand { return .equal(property.name, "true") }
      throw ODataFilterError.invalidClause(
        "Syntax error at position \(current.position) in '\(text)'.")
    }
    let operatorName = word.lowercased()
    if operatorName == "in" {
      advance()
      return try parseInList(property)
    }
    guard let (operatorKind, isAdvanced) = Self.operators[operatorName] else {
      if property.type == .boolean, ["and", "or"].contains(operatorName) {
        return .equal(property.name, "true")
      }
      throw ODataFilterError.invalidClause(
        "Syntax error at position \(current.position) in '\(text)'.")
    }
    advance()
    if isAdvanced { advanced.append(operatorName) }
    let literal = try parseLiteral()
    try check(property, literal, operatorKind)
    let name = property.name
    guard let value = literal.value else {
      switch operatorName {
      case "eq": return .not(.present(name))
      case "ne": return .present(name)
      default: throw ODataFilterError.unsupported(name, kind)
      }
    }
    switch operatorName {
    case "eq": return .equal(name, value)
    case "ne": return .not(.equal(name, value))
    case "ge": return .greaterOrEqual(name, value)
    case "le": return .lessOrEqual(name, value)
    case "gt": return .and([.greaterOrEqual(name, value), .not(.equal(name, value))])
    default: return .and([.lessOrEqual(name, value), .not(.equal(name, value))])
    }
  }

  /// True when the current token ends an operand (`)`, `and`, `or` or the end).
  var isEndOfOperand: Bool {
    switch current.kind {
    case .end, .closeParen: return true
    default: return false
    }
  }

  /// `p in ('a', 'b')`: any of the values.
  mutating func parseInList(_ property: TenantSchema.Property) throws -> Predicate {
    try expect(.openParen, "'(' expected")
    var values: [Predicate] = []
    repeat {
      let literal = try parseLiteral()
      try check(property, literal, "Equal")
      guard let value = literal.value else {
        throw ODataFilterError.unsupported(property.name, kind)
      }
      values.append(.equal(property.name, value))
    } while acceptComma()
    try expect(.closeParen, "')' or ',' expected")
    return values.count == 1 ? values[0] : .or(values)
  }

  mutating func acceptComma() -> Bool {
    guard current.kind == .comma else { return false }
    advance()
    return true
  }

  /// A literal: a quoted string, true/false, null, a number, a GUID or a date-time.
  mutating func parseLiteral() throws -> Literal {
    let token = current
    switch token.kind {
    case .string(let value):
      advance()
      return Literal(type: "Edm.String", value: value)
    case .word(let word):
      guard let type = try literalType(token) else {
        advance()
        return Literal(type: nil, value: nil)
      }
      advance()
      return Literal(type: type, value: type == "Edm.Boolean" ? word.lowercased() : word)
    case .end:
      throw ODataFilterError.invalidClause(
        "Expression expected at position \(token.position) in '\(text)'.")
    default:
      throw ODataFilterError.invalidClause(
        "Syntax error at position \(token.position) in '\(text)'.")
    }
  }

  /// The EDM type of an unquoted literal (nil for `null`); a property name on the right is
  /// not supported, anything else is a syntax error.
  func literalType(_ token: ODataToken) throws -> String? {
    guard case .word(let word) = token.kind else { return "Edm.String" }
    let lower = word.lowercased()
    if lower == "null" { return nil }
    if lower == "true" || lower == "false" { return "Edm.Boolean" }
    if Int64(word) != nil { return Int32(word) != nil ? "Edm.Int32" : "Edm.Int64" }
    if UUID(uuidString: word) != nil { return "Edm.Guid" }
    if (try? Date(word, strategy: .iso8601)) != nil { return "Edm.DateTimeOffset" }
    if let property = TenantSchema.property(word, of: kind) {
      throw ODataFilterError.unsupported(property.name, kind)
    }
    throw ODataFilterError.invalidClause(
      "Syntax error at position \(token.position) in '\(text)'.")
  }

  /// ODataLib's type check of `property op literal`.
  func check(_ property: TenantSchema.Property, _ literal: Literal, _ operatorKind: String)
    throws
  {
    guard let type = literal.type else {
      if property.type == .stringCollection { throw incompatible(property, "null", operatorKind) }
      return
    }
    let accepted: [String]
    switch property.type {
    case .string: accepted = ["Edm.String"]
    case .guid: accepted = ["Edm.String", "Edm.Guid"]
    case .boolean: accepted = ["Edm.Boolean"]
    case .dateTime: accepted = ["Edm.DateTimeOffset"]
    case .stringCollection: accepted = []
    }
    guard accepted.contains(type) else { throw incompatible(property, type, operatorKind) }
    if property.type == .boolean, operatorKind != "Equal", operatorKind != "NotEqual" {
      throw ODataFilterError.unsupported(property.name, kind)
    }
  }

  func incompatible(_ property: TenantSchema.Property, _ type: String, _ operatorKind: String)
    -> ODataFilterError
  {
    let left = property.type == .guid ? "Edm.String" : property.type.rawValue
    return ODataFilterError.invalidClause(
      "A binary operator with incompatible types was detected. Found operand types '\(left)' "
        + "and '\(type)' for operator kind '\(operatorKind)'.")
  }

  /// `collection/any(x: x eq 'v')`, `collection/any(x: startswith(x, 'v'))` or
  /// `collection/any()`.
  mutating func parseLambda(_ property: TenantSchema.Property) throws -> Predicate {
    advance()
    guard case .word(let word) = current.kind, ["any", "all"].contains(word.lowercased()) else {
      throw ODataFilterError.invalidClause(
        "Syntax error at position \(current.position) in '\(text)'.")
    }
    guard property.type == .stringCollection, word.lowercased() == "any" else {
      throw ODataFilterError.unsupported(property.name, kind)
    }
    advance()
    try expect(.openParen, "'(' expected")
    if current.kind == .closeParen {
      advance()
      return .present(property.name)
    }
    guard case .word(let variable) = current.kind else {
      throw ODataFilterError.invalidClause(
        "Expression expected at position \(current.position) in '\(text)'.")
    }
    advance()
    try expect(.colon, "':' expected")
    let body = try parseLambdaBody(property, variable)
    try expect(.closeParen, "')' or operator expected")
    return body
  }

  /// The body of an `any()`: a comparison or startswith on the range variable.
  mutating func parseLambdaBody(_ property: TenantSchema.Property, _ variable: String) throws
    -> Predicate
  {
    guard case .word(let word) = current.kind else {
      throw ODataFilterError.invalidClause(
        "Expression expected at position \(current.position) in '\(text)'.")
    }
    let start = current.position
    advance()
    let element = TenantSchema.Property(
      name: property.name, type: .string, column: nil, isNullable: true)
    if current.kind == .openParen {
      let function = word.lowercased()
      guard function == "startswith" || function == "endswith" else {
        return try parseFunction(word, at: start)
      }
      advance()
      guard case .word(let argument) = current.kind, argument == variable else {
        throw ODataFilterError.invalidClause(
          "Could not find a property named '\(variable)' on type 'Edm.String'.")
      }
      advance()
      try expect(.comma, "')' or ',' expected")
      let value = try parseStringArgument(function, element)
      try expect(.closeParen, "')' or ',' expected")
      return try textFunction(function, property.name, value)
    }
    guard word == variable else {
      throw ODataFilterError.invalidClause(
        "Could not find a property named '\(word)' on type 'Edm.String'.")
    }
    guard case .word(let operatorWord) = current.kind, operatorWord.lowercased() == "eq" else {
      throw ODataFilterError.unsupported(property.name, kind)
    }
    advance()
    let literal = try parseLiteral()
    try check(element, literal, "Equal")
    guard let value = literal.value else { throw ODataFilterError.unsupported(property.name, kind) }
    return .equal(property.name, value)
  }
}
