import Foundation

/// The text a System.Security.SecureString holds, kept out of the object's properties.
///
/// It rides in the PSObject's `base`, so formatting, Get-Member, Select-Object and
/// ConvertTo-Json see only the type name and Length; the cmdlets that decrypt a secure string
/// (ConvertFrom-SecureString, GetNetworkCredential) read it here.
final class SecureText {
  let text: String

  init(_ text: String) { self.text = text }
}

/// System.Security.SecureString and System.Management.Automation.PSCredential values.
public enum SecureString {
  public static let typeName = "System.Security.SecureString"
  public static let credentialTypeName = "System.Management.Automation.PSCredential"

  /// A secure string holding `text`: it prints as its type name and shows only Length.
  public static func make(_ text: String) -> Value {
    let object = PSObject(typeNames: [typeName, "System.Object"])
    object.base = SecureText(text)
    object.set("Length", .int(Int32(clamping: text.utf16.count)))
    object.stringValue = { typeName }
    return .object(object)
  }

  /// The text of a secure string; nil for any other value.
  public static func text(of value: Value) -> String? {
    (value.unwrapped.psObject?.base as? SecureText)?.text
  }

  /// A PSCredential: UserName and Password, and GetNetworkCredential() for the plain text.
  public static func credential(userName: String, password: Value) -> Value {
    let object = PSObject(typeNames: [credentialTypeName, "System.Object"])
    object.set("UserName", .string(userName))
    object.set("Password", password)
    object.methods["getnetworkcredential"] = PSMethod(name: "GetNetworkCredential") { _ in
      networkCredential(userName: userName, password: password)
    }
    return .object(object)
  }

  /// System.Net.NetworkCredential: a `DOMAIN\user` name splits into Domain and UserName, as
  /// PSCredential.GetNetworkCredential does; any other name has an empty Domain.
  static func networkCredential(userName: String, password: Value) -> Value {
    var user = userName
    var domain = ""
    if let slash = userName.firstIndex(of: "\\") {
      domain = String(userName[..<slash])
      user = String(userName[userName.index(after: slash)...])
    }
    let object = PSObject(typeNames: ["System.Net.NetworkCredential", "System.Object"])
    object.set("UserName", .string(user))
    object.set("Password", .string(text(of: password) ?? ""))
    object.set("SecurePassword", password)
    object.set("Domain", .string(domain))
    object.defaultDisplayPropertySet = ["UserName", "Domain"]
    return .object(object)
  }

  /// The "encrypted standard string" ConvertFrom-SecureString writes: the UTF-16LE bytes of
  /// the text in lower-case hex.
  ///
  /// This is an encoding, not encryption; it round-trips through ConvertTo-SecureString only.
  public static func standardString(of text: String) -> String {
    text.utf16.map { unit in
      String(format: "%02x%02x", unit & 0xff, unit >> 8)
    }.joined()
  }

  /// Reads an encoded standard string back; nil when it is not one.
  public static func text(fromStandardString encoded: String) -> String? {
    let digits = Array(encoded.utf8)
    guard !digits.isEmpty, digits.count % 4 == 0 else { return nil }
    var units: [UInt16] = []
    var index = 0
    while index < digits.count {
      guard let low = hexByte(digits[index], digits[index + 1]),
        let high = hexByte(digits[index + 2], digits[index + 3])
      else { return nil }
      units.append(UInt16(high) << 8 | UInt16(low))
      index += 4
    }
    return String(utf16CodeUnits: units, count: units.count)
  }

  private static func hexByte(_ first: UInt8, _ second: UInt8) -> UInt8? {
    guard let high = hexDigit(first), let low = hexDigit(second) else { return nil }
    return high << 4 | low
  }

  private static func hexDigit(_ byte: UInt8) -> UInt8? {
    switch byte {
    case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
    case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
    case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
    default: return nil
    }
  }
}
