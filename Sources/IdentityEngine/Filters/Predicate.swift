/// The one filter type of the lab: what the LDAP filter parser, the AD `-Filter` converter and
/// (later) OData produce, and what the store evaluates.
///
/// Attribute names are lDAPDisplayNames as written; values are the text of RFC 4515 assertion
/// values after unescaping. The store translates a predicate to SQL with bound parameters
/// (`PredicateSQL`) and evaluates what SQL cannot express in memory (`matches(_:chain:)`).
public indirect enum Predicate: Equatable, Sendable {
  /// Matches every object.
  case any
  case and([Predicate])
  case or([Predicate])
  case not(Predicate)
  /// `(a=*)`.
  case present(String)
  /// `(a=v)`: equality, case-insensitive for strings.
  case equal(String, String)
  /// `(a=in*it*ial*fin)`: `initial`, `middle` and `final` are the parts between asterisks.
  case substring(String, initial: String?, middle: [String], final: String?)
  /// `(a>=v)`.
  case greaterOrEqual(String, String)
  /// `(a<=v)`.
  case lessOrEqual(String, String)
  /// `(a~=v)`: AD treats approximate match as equality.
  case approximate(String, String)
  /// `(a:1.2.840.113556.1.4.803:=v)`: all bits of `v` set.
  case bitAnd(String, Int64)
  /// `(a:1.2.840.113556.1.4.804:=v)`: any bit of `v` set.
  case bitOr(String, Int64)
  /// `(a:1.2.840.113556.1.4.1941:=DN)`: the link followed transitively (in-chain).
  case inChain(String, String)

  /// The matching-rule OIDs AD understands.
  public enum MatchingRule {
    public static let bitAnd = "1.2.840.113556.1.4.803"
    public static let bitOr = "1.2.840.113556.1.4.804"
    public static let inChain = "1.2.840.113556.1.4.1941"
  }

  /// Every attribute name the predicate mentions, in order of appearance.
  public var attributes: [String] {
    switch self {
    case .any: return []
    case .and(let parts), .or(let parts): return parts.flatMap(\.attributes)
    case .not(let inner): return inner.attributes
    case .present(let name), .equal(let name, _), .substring(let name, _, _, _),
      .greaterOrEqual(let name, _), .lessOrEqual(let name, _), .approximate(let name, _),
      .bitAnd(let name, _), .bitOr(let name, _), .inChain(let name, _):
      return [name]
    }
  }

  /// Both predicates must hold; flattens nested ANDs and drops `.any`.
  public static func && (lhs: Predicate, rhs: Predicate) -> Predicate {
    var parts: [Predicate] = []
    for side in [lhs, rhs] {
      switch side {
      case .any: continue
      case .and(let inner): parts += inner
      default: parts.append(side)
      }
    }
    if parts.isEmpty { return .any }
    return parts.count == 1 ? parts[0] : .and(parts)
  }
}

extension Predicate: CustomStringConvertible {
  /// The predicate as an RFC 4515 filter string, as `-Verbose` shows it.
  public var description: String { ldapFilter }

  /// The predicate as an RFC 4515 filter string.
  public var ldapFilter: String {
    switch self {
    case .any: return "(objectClass=*)"
    case .and(let parts): return "(&" + parts.map(\.ldapFilter).joined() + ")"
    case .or(let parts): return "(|" + parts.map(\.ldapFilter).joined() + ")"
    case .not(let inner): return "(!" + inner.ldapFilter + ")"
    case .present(let name): return "(\(name)=*)"
    case .equal(let name, let value): return "(\(name)=\(Self.escape(value)))"
    case .substring(let name, let initial, let middle, let final):
      let parts = [initial ?? ""] + middle + [final ?? ""]
      return "(\(name)=" + parts.map(Self.escape).joined(separator: "*") + ")"
    case .greaterOrEqual(let name, let value): return "(\(name)>=\(Self.escape(value)))"
    case .lessOrEqual(let name, let value): return "(\(name)<=\(Self.escape(value)))"
    case .approximate(let name, let value): return "(\(name)~=\(Self.escape(value)))"
    case .bitAnd(let name, let value): return "(\(name):\(MatchingRule.bitAnd):=\(value))"
    case .bitOr(let name, let value): return "(\(name):\(MatchingRule.bitOr):=\(value))"
    case .inChain(let name, let value):
      return "(\(name):\(MatchingRule.inChain):=\(Self.escape(value)))"
    }
  }

  /// Escapes an assertion value per RFC 4515: `*`, `(`, `)`, `\` and NUL become `\hh`.
  public static func escape(_ value: String) -> String {
    var result = ""
    for character in value {
      switch character {
      case "*": result += "\\2a"
      case "(": result += "\\28"
      case ")": result += "\\29"
      case "\\": result += "\\5c"
      case "\0": result += "\\00"
      default: result.append(character)
      }
    }
    return result
  }
}
