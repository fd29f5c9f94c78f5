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
    switch self {
    case .any: return true
    case .and(let parts): return parts.allSatisfy { $0.matches(entry, chain: chain) }
    case .or(let parts): return parts.contains { $0.matches(entry, chain: chain) }
    case .not(let inner): return !inner.matches(entry, chain: chain)
    case .present(let name): return !entry.values(of: name).isEmpty
    case .inChain(let name, let value):
      guard let target = try? DistinguishedName.parse(value) else { return false }
      return chain(name, target)
    case .equal(let name, _) where name.lowercased() == "objectcategory":
      guard case .equal(_, let value) = self else { return false }
      return Schema.classesMatching(objectCategory: value).contains(entry.objectClass)
    default:
      return matchesLeaf(entry.values(of: attributes.first ?? ""))
    }
  }

  /// Compares the values of one attribute with this leaf's assertion.
  func matchesLeaf(_ values: [String]) -> Bool {
    guard let name = attributes.first else { return false }
    let syntax = Schema.definition(of: name)?.syntax ?? .string
    let keys = values.compactMap { AssertionValue.key($0, syntax: syntax) }
    switch self {
    case .equal(_, let value), .approximate(_, let value):
      guard let wanted = AssertionValue.key(value, syntax: syntax) else { return false }
      return keys.contains(wanted)
    case .greaterOrEqual(_, let value):
      guard let wanted = AssertionValue.key(value, syntax: syntax) else { return false }
      return keys.contains { Self.compare($0, wanted).map { $0 >= 0 } ?? false }
    case .lessOrEqual(_, let value):
      guard let wanted = AssertionValue.key(value, syntax: syntax) else { return false }
      return keys.contains { Self.compare($0, wanted).map { $0 <= 0 } ?? false }
    case .substring(_, let initial, let middle, let final):
      return keys.contains { key in
        guard case .text(let text) = key else { return false }
        return Self.substringMatches(text, initial, middle, final)
      }
    case .bitAnd(_, let mask):
      return keys.contains { key in
        guard case .integer(let have) = key else { return false }
        return have & mask == mask
      }
    case .bitOr(_, let mask):
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
