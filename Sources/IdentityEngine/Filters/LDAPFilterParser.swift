/// Parses RFC 4515 LDAP filter strings into a `Predicate`.
///
/// Understands `&`, `|`, `!`, presence, equality, substrings, `>=`, `<=`, `~=` and the
/// extensible matches AD implements (bitwise AND `.803`, bitwise OR `.804`, in-chain `.1941`).
/// As ADWS does, it also takes a negated item without inner parentheses (`(!a=v)`, the form
/// the ActiveDirectory module itself emits) and a bare item without outer parentheses.
public struct LDAPFilterParser {
  /// The deepest nesting of `&`, `|` and `!` a filter may have: far beyond any real filter, and
  /// below SQLite's limit of 1,000 levels for the expression it becomes.
  public static let maxNesting = 500

  private let text: String
  private let characters: [Character]
  private var index = 0
  private var nesting = 0

  /// Parses a whole filter; throws `DirectoryError.invalidFilter` naming the problem.
  public static func parse(_ text: String) throws -> Predicate {
    let trimmed = text.trimmingWhitespace
    var parser = LDAPFilterParser(text: trimmed.hasPrefix("(") ? trimmed : "(\(trimmed))")
    let predicate = try parser.parseFilter()
    guard parser.index == parser.characters.count else {
      throw parser.failure("unexpected text after the filter")
    }
    return predicate
  }

  private init(text: String) {
    self.text = text
    self.characters = Array(text)
  }

  private func failure(_ reason: String) -> DirectoryError {
    DirectoryError.invalidFilter(text, reason: "\(reason) at position \(index + 1)")
  }

  private var current: Character? { index < characters.count ? characters[index] : nil }

  private mutating func expect(_ character: Character) throws {
    guard current == character else {
      throw failure(current == nil ? "missing '\(character)'" : "expected '\(character)'")
    }
    index += 1
  }

  /// Parses `filter = "(" filtercomp ")"`.
  private mutating func parseFilter() throws -> Predicate {
    try expect("(")
    nesting += 1
    defer { nesting -= 1 }
    guard nesting <= Self.maxNesting else {
      throw failure("filters nested more than \(Self.maxNesting) levels deep")
    }
    let result: Predicate
    switch current {
    case "&":
      index += 1
      result = .and(try parseFilterList())
    case "|":
      index += 1
      result = .or(try parseFilterList())
    case "!":
      index += 1
      result = .not(current == "(" ? try parseFilter() : try parseItem())
    default:
      result = try parseItem()
    }
    try expect(")")
    return result
  }

  private mutating func parseFilterList() throws -> [Predicate] {
    var parts: [Predicate] = []
    while current == "(" { parts.append(try parseFilter()) }
    guard !parts.isEmpty else { throw failure("empty filter list") }
    return parts
  }

  /// Parses `item = simple / present / substring / extensible`.
  private mutating func parseItem() throws -> Predicate {
    let attribute = try parseAttribute()
    switch current {
    case ":":
      return try parseExtensible(attribute)
    case ">", "<", "~":
      let symbol = current
      index += 1
      try expect("=")
      let value = try parseValue(allowStar: false).joined()
      if symbol == ">" { return .greaterOrEqual(attribute, value) }
      if symbol == "<" { return .lessOrEqual(attribute, value) }
      return .approximate(attribute, value)
    case "=":
      index += 1
      let parts = try parseValue(allowStar: true)
      if parts.count == 1 { return .equal(attribute, parts[0]) }
      if parts.count == 2, parts[0].isEmpty, parts[1].isEmpty { return .present(attribute) }
      let middle = parts.dropFirst().dropLast().filter { !$0.isEmpty }
      return .substring(
        attribute, initial: parts.first.flatMap { $0.isEmpty ? nil : $0 },
        middle: Array(middle), final: parts.last.flatMap { $0.isEmpty ? nil : $0 })
    default:
      throw failure(current.map { "unexpected '\($0)'" } ?? "missing filter type")
    }
  }

  /// attr = descr / numericoid, with options after `;`.
  private mutating func parseAttribute() throws -> String {
    let start = index
    while let character = current,
      character.isLetter || character.isNumber || character == "-" || character == "."
        || character == ";"
    {
      index += 1
    }
    guard index > start else { throw failure("missing attribute name") }
    return String(characters[start..<index])
  }

  private mutating func readUntilColon() -> String {
    var word = ""
    while let character = current, character != ":" {
      word.append(character)
      index += 1
    }
    return word
  }

  /// Parses `extensible = attr [":dn"] ":" matchingrule ":=" assertionvalue`.
  private mutating func parseExtensible(_ attribute: String) throws -> Predicate {
    try expect(":")
    var rule = readUntilColon()
    if rule.lowercased() == "dn" {
      try expect(":")
      rule = readUntilColon()
    }
    try expect(":")
    try expect("=")
    let value = try parseValue(allowStar: false).joined()
    switch rule {
    case Predicate.MatchingRule.bitAnd, Predicate.MatchingRule.bitOr:
      guard let number = Int64(value.trimmingWhitespace) else {
        throw failure("the bitwise matching rule needs an integer, not '\(value)'")
      }
      return rule == Predicate.MatchingRule.bitAnd
        ? .bitAnd(attribute, number) : .bitOr(attribute, number)
    case Predicate.MatchingRule.inChain:
      return .inChain(attribute, value)
    default:
      throw failure("unsupported matching rule '\(rule)'")
    }
  }

  /// Reads an assertion value up to `)`, split at unescaped `*` when `allowStar`.
  private mutating func parseValue(allowStar: Bool) throws -> [String] {
    var parts: [String] = []
    var bytes: [UInt8] = []
    func finishPart() {
      // Binary values (`\hh` bytes of a GUID or SID) that are not UTF-8 keep one scalar per
      // byte.
      let part =
        String(validating: bytes, as: UTF8.self)
        ?? String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) }))
      parts.append(part)
      bytes = []
    }
    while let character = current, character != ")" {
      if character == "(" { throw failure("unescaped '(' in a value") }
      if character == "*" {
        guard allowStar else { throw failure("unescaped '*' in a value") }
        finishPart()
        index += 1
        continue
      }
      if character == "\\" {
        guard index + 2 < characters.count,
          let high = characters[index + 1].hexDigitValue,
          let low = characters[index + 2].hexDigitValue
        else { throw failure("bad escape in a value") }
        bytes.append(UInt8(high * 16 + low))
        index += 3
        continue
      }
      bytes += Array(String(character).utf8)
      index += 1
    }
    finishPart()
    return parts
  }
}

extension String {
  /// The string without leading and trailing spaces, tabs and newlines.
  var trimmingWhitespace: String {
    let scalars = unicodeScalars
    guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
      let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
    else { return "" }
    return String(scalars[first...last])
  }
}
