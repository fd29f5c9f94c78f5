import Foundation

/// Turns filter values and stored values into the comparable form of an attribute's syntax.
///
/// Both sides of every comparison, in SQL and in memory, go through `key(_:syntax:)`, so
/// `(sAMAccountName=ALICE)`, `(groupType=2147483650)` and a GUID given as `\hh` bytes match
/// what the store holds.
public enum AssertionValue {
  /// A comparable key: text for string-like syntaxes, a number for integers.
  public enum Key: Equatable, Sendable {
    case text(String)
    case integer(Int64)
  }

  /// The key of `value` under `syntax`; nil when the value can never match (letters for an
  /// integer attribute, a malformed SID).
  public static func key(_ value: String, syntax: AttributeSyntax) -> Key? {
    switch syntax {
    case .string:
      return .text(value.lowercased())
    case .integer(let bits):
      return integer(value, bits: bits).map(Key.integer)
    case .boolean:
      let lower = value.lowercased()
      return lower == "true" || lower == "false" ? .text(lower) : nil
    case .dn:
      return .text((try? DistinguishedName.parse(value))?.key ?? value.lowercased())
    case .generalizedTime:
      return GeneralizedTime.parse(value).map { .text(GeneralizedTime.format($0)) }
    case .sid:
      return sidText(value).map(Key.text)
    case .guid:
      return guidText(value).map(Key.text)
    }
  }

  /// Parses an integer assertion; 32-bit attributes fold unsigned values to signed, as AD
  /// accepts `2147483650` for groupType -2147483646.
  public static func integer(_ value: String, bits: Int) -> Int64? {
    guard let number = Int64(value.trimmingWhitespace) else { return nil }
    if bits == 32, number > Int64(Int32.max), number <= Int64(UInt32.max) {
      return number - (Int64(1) << 32)
    }
    return number
  }

  /// The bytes of a binary value that the LDAP parser kept one scalar per byte.
  static func bytes(of value: String) -> [UInt8] {
    if value.unicodeScalars.allSatisfy({ $0.value <= 0xFF }) {
      return value.unicodeScalars.map { UInt8($0.value) }
    }
    return Array(value.utf8)
  }

  /// A GUID as lowercase text, from text or from the 16 bytes of its .NET layout.
  public static func guidText(_ value: String) -> String? {
    if let uuid = UUID(uuidString: value.trimmingWhitespace) {
      return uuid.uuidString.lowercased()
    }
    let raw = bytes(of: value)
    guard raw.count == 16 else { return nil }
    // .NET layout: the first three fields are little-endian.
    let ordered =
      [raw[3], raw[2], raw[1], raw[0], raw[5], raw[4], raw[7], raw[6]] + Array(raw[8...])
    let hex = Array(ordered.map { String(format: "%02x", $0) }.joined())
    return [0..<8, 8..<12, 12..<16, 16..<20, 20..<32].map { String(hex[$0]) }
      .joined(separator: "-")
  }

  /// A SID as `S-1-…` text, from text or from its binary form.
  public static func sidText(_ value: String) -> String? {
    let trimmed = value.trimmingWhitespace
    if trimmed.uppercased().hasPrefix("S-1-") {
      let parts = trimmed.dropFirst(2).split(separator: "-", omittingEmptySubsequences: false)
      guard parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }) else { return nil }
      return trimmed.uppercased()
    }
    let raw = bytes(of: value)
    guard raw.count >= 8, raw[0] == 1, raw.count == 8 + Int(raw[1]) * 4 else { return nil }
    let authority = raw[2..<8].reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
    var text = "S-1-\(authority)"
    for index in 0..<Int(raw[1]) {
      let start = 8 + index * 4
      let sub = raw[start..<(start + 4)].reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
      text += "-\(sub)"
    }
    return text
  }
}
