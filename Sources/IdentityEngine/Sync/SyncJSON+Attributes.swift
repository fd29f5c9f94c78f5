import Foundation

/// Attribute maps (`[String: [String]]`), the engine's most written JSON, without Foundation's
/// coders: a sync cycle over 100,000 groups writes and reads them several times each.
///
/// The text is the JSON `JSONEncoder` with sorted keys writes (slashes escaped too); decoding
/// falls back to `JSONDecoder` for anything this reader does not expect.
extension SyncJSON {
  /// The JSON text of an attribute map, keys sorted.
  static func encode(_ value: [String: [String]]) -> String {
    var out: [UInt8] = [UInt8(ascii: "{")]
    out.reserveCapacity(64 + value.count * 32)
    for (index, key) in value.keys.sorted().enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      appendString(key, to: &out)
      out.append(contentsOf: [UInt8(ascii: ":"), UInt8(ascii: "[")])
      for (position, item) in (value[key] ?? []).enumerated() {
        if position > 0 { out.append(UInt8(ascii: ",")) }
        appendString(item, to: &out)
      }
      out.append(UInt8(ascii: "]"))
    }
    out.append(UInt8(ascii: "}"))
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends a JSON string literal.
  static func appendString(_ text: String, to out: inout [UInt8]) {
    out.append(UInt8(ascii: "\""))
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "\""): out.append(contentsOf: [92, byte])
      case UInt8(ascii: "\\"): out.append(contentsOf: [92, 92])
      case UInt8(ascii: "/"): out.append(contentsOf: [92, byte])
      case 0x0A: out.append(contentsOf: [92, UInt8(ascii: "n")])
      case 0x0D: out.append(contentsOf: [92, UInt8(ascii: "r")])
      case 0x09: out.append(contentsOf: [92, UInt8(ascii: "t")])
      case 0..<0x20:
        out.append(contentsOf: Array(String(format: "\\u%04x", byte).utf8))
      default: out.append(byte)
      }
    }
    out.append(UInt8(ascii: "\""))
  }

  /// The attribute map a JSON text holds; nil for nil or text of another shape.
  static func decode(_ text: String?) -> [String: [String]]? {
    guard let text else { return nil }
    var reader = AttributeJSONReader(bytes: Array(text.utf8))
    if let value = reader.readMap() { return value }
    return try? JSONDecoder().decode([String: [String]].self, from: Data(text.utf8))
  }
}

/// Contributor maps and lineage lists, the other JSON every metaverse and connector-space
/// row carries, the same way.
extension SyncJSON {
  /// The JSON text of a string map, keys sorted.
  static func encode(_ value: [String: String]) -> String {
    var out: [UInt8] = []
    appendMap(value, to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  /// The JSON text of a lineage list.
  static func encode(_ value: [CSRecord.LineageEntry]) -> String {
    var out: [UInt8] = [UInt8(ascii: "[")]
    for (index, entry) in value.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      appendMap(
        ["operation": entry.operation, "ruleId": entry.ruleId, "ruleName": entry.ruleName],
        to: &out)
    }
    out.append(UInt8(ascii: "]"))
    return String(decoding: out, as: UTF8.self)
  }

  /// Appends `{"key":"value",…}` with the keys sorted.
  static func appendMap(_ value: [String: String], to out: inout [UInt8]) {
    out.append(UInt8(ascii: "{"))
    for (index, key) in value.keys.sorted().enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      appendString(key, to: &out)
      out.append(UInt8(ascii: ":"))
      appendString(value[key] ?? "", to: &out)
    }
    out.append(UInt8(ascii: "}"))
  }

  /// The string map a JSON text holds; nil for nil or text of another shape.
  static func decode(_ text: String?) -> [String: String]? {
    guard let text else { return nil }
    var reader = AttributeJSONReader(bytes: Array(text.utf8))
    if let value = reader.readStringMap(), reader.index == reader.bytes.count { return value }
    return try? JSONDecoder().decode([String: String].self, from: Data(text.utf8))
  }

  /// The lineage list a JSON text holds; nil for nil or text of another shape.
  static func decode(_ text: String?) -> [CSRecord.LineageEntry]? {
    guard let text else { return nil }
    var reader = AttributeJSONReader(bytes: Array(text.utf8))
    if let maps = reader.readMapList(), reader.index == reader.bytes.count {
      var entries: [CSRecord.LineageEntry] = []
      for map in maps {
        guard let id = map["ruleId"], let name = map["ruleName"], let operation = map["operation"]
        else { break }
        entries.append(.init(ruleId: id, ruleName: name, operation: operation))
      }
      if entries.count == maps.count { return entries }
    }
    return try? JSONDecoder().decode([CSRecord.LineageEntry].self, from: Data(text.utf8))
  }
}

/// A reader for `{"name":["value",…],…}`; nil for any other shape.
struct AttributeJSONReader {
  let bytes: [UInt8]
  var index = 0

  mutating func readMap() -> [String: [String]]? {
    var result: [String: [String]] = [:]
    guard take(UInt8(ascii: "{")) else { return nil }
    if take(UInt8(ascii: "}")) { return index == bytes.count ? result : nil }
    repeat {
      guard let key = readString(), take(UInt8(ascii: ":")), take(UInt8(ascii: "[")) else {
        return nil
      }
      var values: [String] = []
      if !take(UInt8(ascii: "]")) {
        repeat {
          guard let value = readString() else { return nil }
          values.append(value)
        } while take(UInt8(ascii: ","))
        guard take(UInt8(ascii: "]")) else { return nil }
      }
      result[key] = values
    } while take(UInt8(ascii: ","))
    guard take(UInt8(ascii: "}")), index == bytes.count else { return nil }
    return result
  }

  /// `{"key":"value",…}`; nil for any other shape.
  mutating func readStringMap() -> [String: String]? {
    var result: [String: String] = [:]
    guard take(UInt8(ascii: "{")) else { return nil }
    if take(UInt8(ascii: "}")) { return result }
    repeat {
      guard let key = readString(), take(UInt8(ascii: ":")), let value = readString() else {
        return nil
      }
      result[key] = value
    } while take(UInt8(ascii: ","))
    return take(UInt8(ascii: "}")) ? result : nil
  }

  /// `[{…},…]` of string maps; nil for any other shape.
  mutating func readMapList() -> [[String: String]]? {
    var result: [[String: String]] = []
    guard take(UInt8(ascii: "[")) else { return nil }
    if take(UInt8(ascii: "]")) { return result }
    repeat {
      guard let map = readStringMap() else { return nil }
      result.append(map)
    } while take(UInt8(ascii: ","))
    return take(UInt8(ascii: "]")) ? result : nil
  }

  /// Consumes `byte` when it comes next.
  mutating func take(_ byte: UInt8) -> Bool {
    guard index < bytes.count, bytes[index] == byte else { return false }
    index += 1
    return true
  }

  /// A string without escapes other than `\"`, `\\`, `\/`, `\n`, `\r`, `\t`; nil otherwise.
  mutating func readString() -> String? {
    guard take(UInt8(ascii: "\"")) else { return nil }
    var out: [UInt8] = []
    while index < bytes.count {
      let byte = bytes[index]
      index += 1
      switch byte {
      case UInt8(ascii: "\""): return String(decoding: out, as: UTF8.self)
      case UInt8(ascii: "\\"):
        guard index < bytes.count else { return nil }
        let escaped = bytes[index]
        index += 1
        switch escaped {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escaped)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        default: return nil
        }
      default: out.append(byte)
      }
    }
    return nil
  }
}
