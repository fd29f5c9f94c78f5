/// In-memory evaluation: the residue of a predicate that SQL could not express, and the
/// reference semantics the store's SQL translation is tested against.
extension Predicate {
  /// True when the entry satisfies the predicate.
  ///
  /// LDAP semantics: a comparison on an attribute the entry lacks is false, and `!` turns
  /// that into true. `chain` answers in-chain tests, which need the store.
  public func matches(_ entry: DirectoryEntry, chain: (String, DistinguishedName) -> Bool)
    -> Bool
  {
    evaluate(entry, chain: chain) == true
  }

  /// RFC 4511's three-valued result: true, false, or nil for Undefined.
  ///
  /// Undefined is an assertion value the attribute's syntax rejects or a matching rule that
  /// does not apply. `!` keeps Undefined Undefined; AND is false if any part is false, OR true
  /// if any part is true.
  public func evaluate(_ entry: DirectoryEntry, chain: (String, DistinguishedName) -> Bool)
    -> Bool?
  {
    switch self {
    case .any: return true
    case .and(let parts):
      var result: Bool? = true
      for part in parts {
        switch part.evaluate(entry, chain: chain) {
        case false?: return false
        case nil: result = nil
        case true?: continue
        }
      }
      return result
    case .or(let parts):
      var result: Bool? = false
      for part in parts {
        switch part.evaluate(entry, chain: chain) {
        case true?: return true
        case nil: result = nil
        case false?: continue
        }
      }
      return result
    case .not(let inner): return inner.evaluate(entry, chain: chain).map { !$0 }
    case .present(let name): return !entry.values(of: name).isEmpty
    case .inChain(let name, let value):
      let target = try? DistinguishedName.parse(value)  // nil: not a DN, so Undefined
      guard let target else { return nil }
      return chain(name, target)
    case .equal(let name, _) where name.lowercased() == "objectcategory":
      guard case .equal(_, let value) = self else { return false }
      return Schema.classesMatching(objectCategory: value).contains(entry.objectClass)
    default:
      return evaluateLeaf(entry.values(of: attributes.first ?? ""))
    }
  }

  /// Compares the values of one attribute with this leaf's assertion.
  func matchesLeaf(_ values: [String]) -> Bool { evaluateLeaf(values) == true }

  /// `matchesLeaf` with Undefined (nil) for an assertion the attribute's syntax rejects.
  func evaluateLeaf(_ values: [String]) -> Bool? {
    guard let name = attributes.first else { return false }
    let syntax = Schema.definition(of: name)?.syntax ?? .string
    let keys = values.compactMap { AssertionValue.key($0, syntax: syntax) }
    switch self {
    case .equal(_, let value), .approximate(_, let value):
      guard let wanted = AssertionValue.key(value, syntax: syntax) else { return nil }
      return keys.contains(wanted)
    case .greaterOrEqual(_, let value):
      guard let wanted = AssertionValue.key(value, syntax: syntax) else { return nil }
      return keys.contains { Self.compare($0, wanted).map { $0 >= 0 } ?? false }
    case .lessOrEqual(_, let value):
      guard let wanted = AssertionValue.key(value, syntax: syntax) else { return nil }
      return keys.contains { Self.compare($0, wanted).map { $0 <= 0 } ?? false }
    case .substring(_, let initial, let middle, let final):
      if syntax.isInteger { return nil }
      return keys.contains { key in
        guard case .text(let text) = key else { return false }
        return Self.substringMatches(text, initial, middle, final)
      }
    case .bitAnd(_, let mask):
      if !syntax.isInteger { return nil }
      return keys.contains { key in
        guard case .integer(let have) = key else { return false }
        return have & mask == mask
      }
    case .bitOr(_, let mask):
      if !syntax.isInteger { return nil }
      return keys.contains { key in
        guard case .integer(let have) = key else { return false }
        return have & mask != 0
      }
    default:
      return false
    }
  }

  /// -1, 0 or 1 for two keys of one kind; nil for mixed kinds.
  static func compare(_ lhs: AssertionValue.Key, _ rhs: AssertionValue.Key) -> Int? {
    switch (lhs, rhs) {
    case (.integer(let left), .integer(let right)):
      return left < right ? -1 : (left > right ? 1 : 0)
    case (.text(let left), .text(let right)): return left < right ? -1 : (left > right ? 1 : 0)
    default: return nil
    }
  }

  static func substringMatches(
    _ text: String, _ initial: String?, _ middle: [String], _ final: String?
  ) -> Bool {
    var rest = Substring(text)
    if let initial {
      let prefix = initial.lowercased()
      guard rest.hasPrefix(prefix) else { return false }
      rest = rest.dropFirst(prefix.count)
    }
    for part in middle {
      guard let range = rest.range(of: part.lowercased()) else { return false }
      rest = rest[range.upperBound...]
    }
    if let final { return rest.hasSuffix(final.lowercased()) }
    return true
  }
}
