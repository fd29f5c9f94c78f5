import Foundation

/// The invariant culture's TextInfo: its list separator and the casing methods scripts call,
/// `(Get-Culture).TextInfo.ToTitleCase('jane DOE')` above all.
enum CultureTextInfo {
  static func make() -> Value {
    let info = PSObject(typeNames: ["System.Globalization.TextInfo", "System.Object"])
    info.set("ANSICodePage", .int(1252))
    info.set("CultureName", .string(""))
    info.set("EBCDICCodePage", .int(37))
    info.set("IsReadOnly", .bool(true))
    info.set("IsRightToLeft", .bool(false))
    info.set("LCID", .int(127))
    info.set("ListSeparator", .string(","))
    info.set("MacCodePage", .int(10000))
    info.set("OEMCodePage", .int(437))
    let method = { (name: String, body: @escaping (String) -> String) in
      info.methods[name.lowercased()] = PSMethod(name: name) { arguments in
        guard arguments.count == 1 else {
          throw OperatorErrors.argumentCount(name, arguments.count)
        }
        return arguments[0].isNull ? .null : .string(body(arguments[0].toText()))
      }
    }
    method("ToTitleCase", titleCase)
    method("ToLower") { $0.lowercased() }
    method("ToUpper") { $0.uppercased() }
    return .object(info)
  }

  /// .NET's title casing: each word's first letter upper-case and the rest lower-case, except
  /// words written all in capitals, which stay as they are (acronyms).
  static func titleCase(_ text: String) -> String {
    var result = ""
    var word = ""
    func flush() {
      guard !word.isEmpty else { return }
      let isAcronym = word.allSatisfy { !$0.isLetter || $0.isUppercase }
      result += isAcronym ? word : word.prefix(1).uppercased() + word.dropFirst().lowercased()
      word = ""
    }
    for character in text {
      if character.isLetter || character.isNumber || character == "'" {
        word.append(character)
      } else {
        flush()
        result.append(character)
      }
    }
    flush()
    return result
  }
}
