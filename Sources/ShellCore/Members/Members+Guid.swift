import Foundation

/// `[guid]`'s static methods and a Guid's `ToString(format)`: scripts build ids in the N, D, B
/// and P layouts and parse them back.
extension Members {
  static func guidStatic(_ call: MethodCall) throws -> Value? {
    switch call.key {
    case "newguid":
      try call.expect(0)
      return guidValue(UUID().uuidString.lowercased())
    case "parse":
      try call.expect(1)
      if call.arguments[0].isNull {
        throw call.failure("Value cannot be null. (Parameter 'input')")
      }
      guard let text = Value.parseGuid(call.string(0)) else {
        throw call.failure("Unrecognized Guid format.")
      }
      return guidValue(text)
    case "parseexact":
      try call.expect(2)
      let format = call.string(1).lowercased()
      guard let text = Value.parseGuid(call.string(0)),
        guidText(text, format) == call.string(0).lowercased()
      else { throw call.failure("Unrecognized Guid format.") }
      return guidValue(text)
    case "tryparse":
      try call.expect(2)
      guard let text = Value.parseGuid(call.string(0)) else { return .bool(false) }
      // The out parameter arrives as a [ref]; its Value receives the Guid.
      call.arguments[1].psObject?.set("Value", guidValue(text))
      return .bool(true)
    default: return nil
    }
  }

  /// A Guid in one of .NET's layouts; nil for a format .NET rejects.
  static func guidText(_ text: String, _ format: String) -> String? {
    let bare = text.replacingOccurrences(of: "-", with: "")
    switch format {
    case "", "d": return text
    case "n": return bare
    case "b": return "{" + text + "}"
    case "p": return "(" + text + ")"
    case "x":
      let hex = Array(bare)
      let group = { (start: Int, length: Int) in "0x" + String(hex[start..<(start + length)]) }
      let tail = (0..<8).map { group(16 + 2 * $0, 2) }.joined(separator: ",")
      return "{\(group(0, 8)),\(group(8, 4)),\(group(12, 4)),{\(tail)}}"
    default: return nil
    }
  }

  static func addGuidMethods(_ object: PSObject, _ text: String) {
    object.methods["tostring"] = PSMethod(name: "ToString") { arguments in
      try MethodCall.check("ToString", arguments, 0, 1, 2)
      let format = arguments.first.map { $0.toText().lowercased() } ?? ""
      guard let result = guidText(text, format) else {
        throw OperatorErrors.methodException(
          "ToString", arguments.count,
          "Format string can be only \"D\", \"d\", \"N\", \"n\", \"P\", \"p\", \"B\", \"b\", "
            + "\"X\" or \"x\".")
      }
      return .string(result)
    }
    object.methods["tobytearray"] = PSMethod(name: "ToByteArray") { _ in
      // .NET stores the first three groups little-endian.
      let hex = Array(text.replacingOccurrences(of: "-", with: ""))
      var bytes = stride(from: 0, to: 32, by: 2).map {
        UInt8(String(hex[$0...$0 + 1]), radix: 16) ?? 0
      }
      bytes[0..<4].reverse()
      bytes[4..<6].reverse()
      bytes[6..<8].reverse()
      return byteArray(bytes)
    }
  }
}
