import Foundation

/// A distinguished name parsed per RFC 4514: a list of RDNs, most specific first.
///
/// Values are kept unescaped; `description` escapes them again the way AD and Samba print
/// DNs (`CN=Smith\, John,OU=Staff,DC=contoso,DC=com`). Comparison ignores case, as AD does.
public struct DistinguishedName: Hashable, Sendable, CustomStringConvertible {
  /// One relative distinguished name, such as `CN=Users`.
  public struct RDN: Hashable, Sendable {
    /// The attribute type as written, for example `CN`, `OU` or `DC`.
    public let type: String
    /// The unescaped value.
    public let value: String

    public init(type: String, value: String) {
      self.type = type
      self.value = value
    }

    /// The RDN as printed, with the value escaped.
    public var text: String { "\(type.uppercased())=\(DistinguishedName.escape(value))" }

    /// The case-folded form used for comparisons and keys.
    public var key: String { text.lowercased() }
  }

  public let rdns: [RDN]
  /// The DN as printed, escaped once when the DN is built: a search prints each DN several
  /// times, over 100,000 objects on a large lab.
  public let description: String

  public init(rdns: [RDN]) {
    self.rdns = rdns
    description = rdns.map(\.text).joined(separator: ",")
  }

  /// A DN whose printed form is known already (text the parser found canonical).
  init(rdns: [RDN], description: String) {
    self.rdns = rdns
    self.description = description
  }

  /// Parses a DN string; nil when it is not a valid DN.
  public init?(_ text: String) {
    guard let parsed = try? DistinguishedName.parse(text) else { return nil }
    self = parsed
  }

  /// The lowercased DN: the identity used for lookups and uniqueness.
  public var key: String { description.lowercased() }

  /// The key of the DN read from the root down, each RDN followed by U+0001, so that a whole
  /// subtree is one contiguous range of keys (an index range scan in the store).
  public var treeKey: String { rdns.reversed().map { $0.key + "\u{1}" }.joined() }

  /// The DN one level up; nil for a one-RDN DN.
  public var parent: DistinguishedName? {
    rdns.count > 1 ? DistinguishedName(rdns: Array(rdns.dropFirst())) : nil
  }

  /// The first RDN; nil only for an empty DN.
  public var leaf: RDN? { rdns.first }

  /// A child of this DN with the given RDN.
  public func child(_ type: String, _ value: String) -> DistinguishedName {
    DistinguishedName(rdns: [RDN(type: type, value: value)] + rdns)
  }

  /// True when `self` is `other` or lies below it.
  public func isWithin(_ other: DistinguishedName) -> Bool {
    guard rdns.count >= other.rdns.count else { return false }
    return Array(rdns.suffix(other.rdns.count)).map(\.key) == other.rdns.map(\.key)
  }

  public static func == (lhs: DistinguishedName, rhs: DistinguishedName) -> Bool {
    lhs.key == rhs.key
  }

  public func hash(into hasher: inout Hasher) { hasher.combine(key) }

  /// Escapes an RDN value per RFC 4514 as AD prints it: `,+"\<>;=` and a leading `#` or
  /// space and a trailing space get a backslash; control characters become `\hh`.
  public static func escape(_ value: String) -> String {
    var result = ""
    let characters = Array(value)
    for (index, character) in characters.enumerated() {
      switch character {
      case ",", "+", "\"", "\\", "<", ">", ";", "=":
        result += "\\" + String(character)
      case "#" where index == 0:
        result += "\\#"
      case " " where index == 0 || index == characters.count - 1:
        result += "\\ "
      default:
        if let ascii = character.asciiValue, ascii < 0x20 {
          result += String(format: "\\%02X", ascii)
        } else {
          result.append(character)
        }
      }
    }
    return result
  }

  /// Parses RFC 4514 text, throwing `DirectoryError.invalidDN` for anything malformed.
  public static func parse(_ text: String) throws -> DistinguishedName {
    var parser = DNParser(bytes: Array(text.utf8), text: text)
    return try parser.parse()
  }
}

/// The RFC 4514 string parser behind `DistinguishedName.parse`.
private struct DNParser {
  let bytes: [UInt8]
  let text: String
  var index = 0
  /// True while the text reads exactly as `description` would print it (upper-case types,
  /// `,` separators, no escapes or stray spaces), so it can serve as the description: DNs
  /// read back from the store always are.
  var isCanonical = true

  mutating func parse() throws -> DistinguishedName {
    var rdns: [DistinguishedName.RDN] = []
    skipSpaces()
    guard index < bytes.count else { throw DirectoryError.invalidDN(text) }
    while true {
      skipSpaces()
      let type = try parseType()
      skipSpaces()
      guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else {
        throw DirectoryError.invalidDN(text)
      }
      index += 1
      let value = try parseValue()
      guard !value.isEmpty else { throw DirectoryError.invalidDN(text) }
      rdns.append(.init(type: type, value: value))
      guard index < bytes.count else { break }
      // A `+` (multi-valued RDN) is not used by AD objects; reject it as bad syntax.
      guard bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: ";") else {
        throw DirectoryError.invalidDN(text)
      }
      if bytes[index] == UInt8(ascii: ";") { isCanonical = false }
      index += 1
    }
    if isCanonical { return DistinguishedName(rdns: rdns, description: text) }
    return DistinguishedName(rdns: rdns)
  }

  mutating func skipSpaces() {
    while index < bytes.count, bytes[index] == UInt8(ascii: " ") {
      index += 1
      isCanonical = false
    }
  }

  mutating func parseType() throws -> String {
    let start = index
    while index < bytes.count {
      let byte = bytes[index]
      let isWordCharacter =
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "-")
        || byte == UInt8(ascii: ".")
      guard isWordCharacter else { break }
      if byte >= 0x61 && byte <= 0x7A { isCanonical = false }
      index += 1
    }
    guard index > start else { throw DirectoryError.invalidDN(text) }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  /// Reads an escaped value up to the next unescaped `,` or `;`; trailing unescaped spaces
  /// are dropped, as RFC 4514 requires.
  mutating func parseValue() throws -> String {
    var value: [UInt8] = []
    var lastSignificant = 0
    skipSpaces()
    while index < bytes.count {
      let byte = bytes[index]
      if byte == UInt8(ascii: ",") || byte == UInt8(ascii: ";") { break }
      if byte == UInt8(ascii: "+") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "<")
        || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "=")
      {
        throw DirectoryError.invalidDN(text)
      }
      if byte == UInt8(ascii: "\\") {
        isCanonical = false
        index += 1
        guard index < bytes.count else { throw DirectoryError.invalidDN(text) }
        if let high = hexValue(bytes[index]), index + 1 < bytes.count,
          let low = hexValue(bytes[index + 1])
        {
          value.append(high << 4 | low)
          index += 2
        } else {
          value.append(bytes[index])
          index += 1
        }
        lastSignificant = value.count
        continue
      }
      if byte < 0x20 || (value.isEmpty && byte == UInt8(ascii: "#")) { isCanonical = false }
      value.append(byte)
      index += 1
      if byte != UInt8(ascii: " ") { lastSignificant = value.count }
    }
    if lastSignificant != value.count { isCanonical = false }
    guard let decoded = String(validating: value.prefix(lastSignificant), as: UTF8.self) else {
      throw DirectoryError.invalidDN(text)
    }
    return decoded
  }

  func hexValue(_ byte: UInt8) -> UInt8? {
    switch byte {
    case 0x30...0x39: return byte - 0x30
    case 0x41...0x46: return byte - 0x41 + 10
    case 0x61...0x66: return byte - 0x61 + 10
    default: return nil
    }
  }
}
