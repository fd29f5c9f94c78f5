import Foundation

/// `[System.Text.Encoding]` and its instances: scripts turn text into bytes and back
/// (`[Text.Encoding]::UTF8.GetBytes($s)`, Base64 helpers) and pass an encoding to
/// `[IO.File]::WriteAllText`, often a BOM-less `[Text.UTF8Encoding]::new($false)`.
enum EncodingMembers {
  /// One of the encodings .NET ships, with the names and code page it reports.
  struct Kind: Equatable {
    let typeName: String
    let encodingName: String
    let webName: String
    let codePage: Int32
    let isSingleByte: Bool

    static let utf8 = Kind(
      typeName: "System.Text.UTF8Encoding+UTF8EncodingSealed", encodingName: "Unicode (UTF-8)",
      webName: "utf-8", codePage: 65001, isSingleByte: false)
    static let ascii = Kind(
      typeName: "System.Text.ASCIIEncoding+ASCIIEncodingSealed", encodingName: "US-ASCII",
      webName: "us-ascii", codePage: 20127, isSingleByte: true)
    static let unicode = Kind(
      typeName: "System.Text.UnicodeEncoding", encodingName: "Unicode", webName: "utf-16",
      codePage: 1200, isSingleByte: false)
    static let bigEndianUnicode = Kind(
      typeName: "System.Text.UnicodeEncoding", encodingName: "Unicode (Big-Endian)",
      webName: "utf-16BE", codePage: 1201, isSingleByte: false)
    static let utf32 = Kind(
      typeName: "System.Text.UTF32Encoding", encodingName: "Unicode (UTF-32)", webName: "utf-32",
      codePage: 12000, isSingleByte: false)
    static let latin1 = Kind(
      typeName: "System.Text.Latin1Encoding", encodingName: "Western European (ISO)",
      webName: "iso-8859-1", codePage: 28591, isSingleByte: true)
  }

  /// `[Text.Encoding]::UTF8` and the other static encodings (UTF8 writes a BOM when asked for
  /// its preamble; Default, on .NET Core, is UTF-8 without one).
  static func staticProperty(_ key: String) -> Value? {
    switch key {
    case "utf8": return make(.utf8, preamble: true)
    case "default": return make(.utf8, preamble: false)
    case "ascii": return make(.ascii)
    case "unicode": return make(.unicode, preamble: true)
    case "bigendianunicode": return make(.bigEndianUnicode, preamble: true)
    case "utf32": return make(.utf32, preamble: true)
    case "latin1": return make(.latin1)
    default: return nil
    }
  }

  /// `[Text.Encoding]::GetEncoding(name or code page)` and `::Convert`.
  static func staticCall(_ call: MethodCall) throws -> Value? {
    guard call.key == "getencoding" else { return nil }
    try call.expect(1)
    let argument = call.arguments[0].unwrapped
    let kinds: [Kind] = [.utf8, .ascii, .unicode, .bigEndianUnicode, .utf32, .latin1]
    if argument.isNumeric, let page = argument.intValue {
      guard let kind = kinds.first(where: { Int($0.codePage) == page }) else {
        throw call.failure(
          "No data is available for encoding \(page). For information on defining a custom "
            + "encoding, see the documentation for the Encoding.RegisterProvider method. "
            + "(Parameter 'codepage')")
      }
      return make(kind, preamble: kind != .ascii && kind != .latin1)
    }
    let name = call.string(0).lowercased()
    let aliases: [String: Kind] = [
      "utf-8": .utf8, "utf8": .utf8, "us-ascii": .ascii, "ascii": .ascii, "utf-16": .unicode,
      "unicode": .unicode, "utf-16le": .unicode, "utf-16be": .bigEndianUnicode,
      "unicodefffe": .bigEndianUnicode, "utf-32": .utf32, "utf-32le": .utf32,
      "iso-8859-1": .latin1, "latin1": .latin1,
    ]
    guard let kind = aliases[name] else {
      throw call.failure(
        "'\(call.string(0))' is not a supported encoding name. For information on defining a "
          + "custom encoding, see the documentation for the Encoding.RegisterProvider method. "
          + "(Parameter 'name')")
    }
    return make(kind, preamble: kind != .ascii && kind != .latin1)
  }

  /// `[Text.UTF8Encoding]::new($emitBom)` and the other encodings' constructors.
  static func construct(_ fullName: String, _ arguments: [Value]) -> Value? {
    let flag = arguments.first?.isTruthy
    switch fullName.lowercased() {
    case "system.text.utf8encoding":
      let value = make(.utf8, preamble: flag ?? false)
      value.psObject?.typeNames[0] = "System.Text.UTF8Encoding"
      return value
    case "system.text.asciiencoding": return make(.ascii)
    case "system.text.unicodeencoding":
      // UnicodeEncoding(bigEndian, byteOrderMark).
      let bigEndian = flag ?? false
      let bom = arguments.count > 1 ? arguments[1].isTruthy : true
      return make(bigEndian ? .bigEndianUnicode : .unicode, preamble: bom)
    case "system.text.utf32encoding":
      return make(.utf32, preamble: arguments.count > 1 ? arguments[1].isTruthy : true)
    default: return nil
    }
  }

  /// The kind of an encoding object, when the value is one.
  static func kind(of value: Value) -> (Kind, preamble: Bool)? {
    guard let object = value.psObject, let box = object.base as? Box else { return nil }
    return (box.kind, box.preamble)
  }

  /// Holds an encoding object's identity for the methods that receive it as an argument.
  final class Box {
    let kind: Kind
    let preamble: Bool
    init(_ kind: Kind, _ preamble: Bool) {
      self.kind = kind
      self.preamble = preamble
    }
  }

  static func make(_ kind: Kind, preamble: Bool = false) -> Value {
    var chain = [kind.typeName]
    if let plus = kind.typeName.firstIndex(of: "+") { chain.append(String(kind.typeName[..<plus])) }
    chain += ["System.Text.Encoding", "System.Object"]
    let object = PSObject(typeNames: chain)
    object.base = Box(kind, preamble)
    let preambleBytes = preamble ? encode("\u{FEFF}", kind) : []
    object.set("Preamble", Members.byteArray(preambleBytes))
    object.set("BodyName", .string(kind.webName))
    object.set("EncodingName", .string(kind.encodingName))
    object.set("HeaderName", .string(kind.webName))
    object.set("WebName", .string(kind.webName))
    object.set("IsSingleByte", .bool(kind.isSingleByte))
    object.set("IsReadOnly", .bool(true))
    object.set("CodePage", .int(kind.codePage))
    object.stringValue = { kind.typeName }
    let methods: [(String, ([Value]) throws -> Value)] = [
      ("GetBytes", { arguments in try getBytes(kind, arguments) }),
      ("GetString", { arguments in try getString(kind, arguments) }),
      (
        "GetByteCount",
        { arguments in
          try MethodCall.check("GetByteCount", arguments, 1)
          return .int(Int32(clamping: encode(text(arguments[0]), kind).count))
        }
      ),
      ("GetPreamble", { _ in Members.byteArray(preambleBytes) }),
    ]
    for (name, body) in methods {
      object.methods[name.lowercased()] = PSMethod(name: name, invoke: body)
    }
    return .object(object)
  }

  private static func text(_ value: Value) -> String {
    if case .array(let array) = value {
      return String(array.items.flatMap { Members.charList($0) })
    }
    return value.toText()
  }

  private static func getBytes(_ kind: Kind, _ arguments: [Value]) throws -> Value {
    try MethodCall.check("GetBytes", arguments, 1)
    if arguments[0].isNull {
      throw OperatorErrors.methodException("GetBytes", 1, "Value cannot be null. (Parameter 's')")
    }
    return Members.byteArray(encode(text(arguments[0]), kind))
  }

  private static func getString(_ kind: Kind, _ arguments: [Value]) throws -> Value {
    try MethodCall.check("GetString", arguments, 1, 3)
    let call = MethodCall(
      target: .null, name: "GetString", key: "getstring", arguments: arguments)
    var bytes = try Members.bytes(call, 0)
    if arguments.count == 3 {
      let (start, count) = (try call.int(1), try call.int(2))
      guard start >= 0, count >= 0, start + count <= bytes.count else {
        throw call.failure(
          "Index and count must refer to a location within the buffer. (Parameter 'bytes')")
      }
      bytes = Array(bytes[start..<(start + count)])
    }
    return .string(decode(bytes, kind))
  }

  /// Text as the encoding writes it; characters it cannot represent become `?`.
  static func encode(_ text: String, _ kind: Kind) -> [UInt8] {
    switch kind.codePage {
    case 20127: return text.unicodeScalars.map { $0.value < 0x80 ? UInt8($0.value) : 63 }
    case 28591: return text.unicodeScalars.map { $0.value < 0x100 ? UInt8($0.value) : 63 }
    case 1200, 1201:
      return text.utf16.flatMap { unit -> [UInt8] in
        let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
        return kind.codePage == 1200 ? pair : pair.reversed()
      }
    case 12000:
      return text.unicodeScalars.flatMap { scalar in
        (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) }
      }
    default: return Array(text.utf8)
    }
  }

  /// Bytes read as the encoding; invalid sequences become U+FFFD (ASCII's high bytes `?`).
  static func decode(_ bytes: [UInt8], _ kind: Kind) -> String {
    switch kind.codePage {
    case 20127: return String(bytes.map { $0 < 0x80 ? Character(UnicodeScalar($0)) : "?" })
    case 28591: return String(bytes.map { Character(UnicodeScalar($0)) })
    case 1200, 1201:
      var units: [UInt16] = []
      var index = 0
      while index + 1 < bytes.count {
        let (low, high) =
          kind.codePage == 1200
          ? (bytes[index], bytes[index + 1]) : (bytes[index + 1], bytes[index])
        units.append(UInt16(low) | UInt16(high) << 8)
        index += 2
      }
      return String(decoding: units, as: UTF16.self) + (bytes.count % 2 == 1 ? "\u{FFFD}" : "")
    case 12000:
      var scalars = String.UnicodeScalarView()
      var index = 0
      while index + 3 < bytes.count {
        let code = (0..<4).reduce(UInt32(0)) { $0 | UInt32(bytes[index + $1]) << (8 * $1) }
        scalars.append(UnicodeScalar(code) ?? "\u{FFFD}")
        index += 4
      }
      return String(scalars)
    default: return String(decoding: bytes, as: UTF8.self)
    }
  }
}

extension Members {
  /// A .NET `byte[]`: each element typed System.Byte.
  public static func byteArray(_ bytes: [UInt8]) -> Value {
    .array(bytes.map { SizedNumber.byte.make(.int(Int32($0))) })
  }

  /// The argument at `index` as bytes, with .NET's conversion error for other values.
  static func bytes(_ call: MethodCall, _ index: Int) throws -> [UInt8] {
    let argument = call.arguments[index]
    if argument.isNull {
      throw call.failure("Value cannot be null. (Parameter 'bytes')")
    }
    var bytes: [UInt8] = []
    for item in argument.enumerated {
      guard let number = item.unwrapped.intValue, let byte = UInt8(exactly: number) else {
        throw RuntimeError.make(
          "MethodArgumentConversionInvalidCastArgument",
          "Cannot convert argument \"\(index)\", with value: \"\(argument.toText())\", for "
            + "\"\(call.name)\" to type \"System.Byte[]\": \"Cannot convert value "
            + "\"\(item.toText())\" to type \"System.Byte\". Error: \"\(SizedNumber.byte.overflowMessage)\"\""
        )
      }
      bytes.append(byte)
    }
    return bytes
  }
}

extension MethodCall {
  /// Fails with `MethodCountCouldNotFindBest` unless there are `counts` arguments (for methods
  /// of objects, which receive the bare argument list).
  static func check(_ name: String, _ arguments: [Value], _ counts: Int...) throws {
    guard counts.contains(arguments.count) else {
      throw OperatorErrors.argumentCount(name, arguments.count)
    }
  }
}
