import Foundation
import ShellCore

/// Reads JSON text into shell values, keeping the order of object members, as ConvertFrom-Json
/// does with Newtonsoft.Json's reader.
///
/// Like that reader it accepts comments, single-quoted strings and unquoted member names, and
/// its errors carry Newtonsoft's message, JSON path, line and position.
struct JsonParser {
  /// What a JSON object becomes.
  enum ObjectKind { case customObject, hashtable }

  /// A syntax error with Newtonsoft's message text.
  struct SyntaxError: Error {
    let message: String
  }

  /// A problem PowerShell reports itself once the text has parsed (an empty or case-clashing key).
  struct ConversionError: Error {
    let errorId: String
    let message: String
  }

  private let scalars: [Unicode.Scalar]
  private var index = 0
  private var line = 1
  private var lineStart = 0
  private var started = false
  private var path: [PathPart] = []
  private let objectKind: ObjectKind
  private let maxDepth: Int
  /// ConvertFrom-Json's -DateKind, lowercased: how date strings become values.
  private let dateKind: String

  /// One step of the JSON path Newtonsoft reports (`a.b[0]`).
  private enum PathPart {
    case member(String)
    case element(Int?)
  }

  init(
    _ text: String, objectKind: ObjectKind, maxDepth: Int = 1024, dateKind: String = "default"
  ) {
    self.scalars = Array(text.unicodeScalars)
    self.objectKind = objectKind
    self.maxDepth = maxDepth
    self.dateKind = dateKind
  }

  /// Parses the whole text; nil when it holds only white space and comments.
  mutating func parseDocument() throws -> Value? {
    try skipTrivia()
    guard index < scalars.count else { return nil }
    let value = try parseValue(depth: 0)
    try skipTrivia()
    if index < scalars.count {
      throw error(
        "Additional text encountered after finished reading JSON content: "
          + "\(Character(scalars[index])).")
    }
    return value
  }

  private mutating func parseValue(depth: Int) throws -> Value {
    try skipTrivia()
    guard index < scalars.count else { throw error("Unexpected end when reading JSON.") }
    let scalar = scalars[index]
    switch scalar {
    case "{": return try parseObject(depth: depth + 1)
    case "[": return try parseArray(depth: depth + 1)
    case "\"", "'":
      let text = try parseString()
      if dateKind != "string", let date = Self.isoDate(text, kind: dateKind) { return date }
      return .string(text)
    case "t": return try literal("true", .bool(true), failure: "Error parsing boolean value.")
    case "f": return try literal("false", .bool(false), failure: "Error parsing boolean value.")
    case "n": return try literal("null", .null, failure: "Error parsing null value.")
    case "N": return try literal("NaN", .double(.nan), failure: "Cannot read NaN value.")
    case "I":
      return try literal("Infinity", .double(.infinity), failure: "Cannot read Infinity value.")
    case "u": return try literal("undefined", .null, failure: "Error parsing undefined value.")
    default:
      if scalar == "-" || scalar == "." || ("0"..."9").contains(scalar) { return try parseNumber() }
      throw error("Unexpected character encountered while parsing value: \(Character(scalar)).")
    }
  }

  private mutating func parseObject(depth: Int) throws -> Value {
    started = true
    try checkDepth(depth)
    index += 1
    var members: [(String, Value)] = []
    path.append(.member(""))
    defer { path.removeLast() }
    var first = true
    while true {
      try skipTrivia()
      guard index < scalars.count else { throw error("Unexpected end when reading JSON.") }
      if scalars[index] == "}" {
        index += 1
        break
      }
      if !first {
        guard scalars[index] == "," else {
          throw error(
            "After parsing a value an unexpected character was encountered: "
              + "\(Character(scalars[index])).")
        }
        index += 1
        try skipTrivia()
        guard index < scalars.count else { throw error("Unexpected end when reading JSON.") }
      }
      first = false
      let name = try parseMemberName()
      path[path.count - 1] = .member(name)
      try skipTrivia()
      guard index < scalars.count else { throw error("Unexpected end when reading JSON.") }
      guard scalars[index] == ":" else {
        throw error(
          "Invalid character after parsing property name. Expected ':' but got: "
            + "\(Character(scalars[index])).")
      }
      index += 1
      let value = try parseValue(depth: depth)
      if let existing = members.firstIndex(where: { $0.0 == name }) {
        members[existing].1 = value
      } else {
        members.append((name, value))
      }
    }
    return try makeObject(members)
  }

  private func makeObject(_ members: [(String, Value)]) throws -> Value {
    switch objectKind {
    case .hashtable:
      let table = PSHashtable()
      table.isOrderedHashtable = true
      for (name, value) in members { table[name] = value }
      return .hashtable(table)
    case .customObject:
      let object = PSObject()
      for (name, value) in members {
        if name.isEmpty {
          throw ConversionError(
            errorId: "EmptyKeyInJsonString",
            message: "The provided JSON includes a property whose name is an empty string, this "
              + "is only supported using the -AsHashTable switch.")
        }
        if let clash = object.property(name) {
          throw ConversionError(
            errorId: "KeysWithDifferentCasingInJsonString",
            message: "Cannot convert the JSON string because it contains keys with different "
              + "casing. Please use the -AsHashTable switch instead. The key that was attempted "
              + "to be added to the existing key '\(clash.name)' was '\(name)'.")
        }
        object.set(name, value)
      }
      return .object(object)
    }
  }

  private mutating func parseMemberName() throws -> String {
    let scalar = scalars[index]
    if scalar == "\"" || scalar == "'" { return try parseString() }
    guard Self.isIdentifier(scalar) else {
      throw error("Invalid property identifier character: \(Character(scalar)).")
    }
    var name = ""
    while index < scalars.count, Self.isIdentifier(scalars[index]) {
      name.unicodeScalars.append(scalars[index])
      index += 1
    }
    return name
  }

  private static func isIdentifier(_ scalar: Unicode.Scalar) -> Bool {
    scalar == "_" || scalar == "$" || scalar.properties.isAlphabetic
      || ("0"..."9").contains(scalar)
  }

  private mutating func parseArray(depth: Int) throws -> Value {
    started = true
    try checkDepth(depth)
    index += 1
    var items: [Value] = []
    path.append(.element(nil))
    defer { path.removeLast() }
    while true {
      try skipTrivia()
      guard index < scalars.count else { throw error("Unexpected end when reading JSON.") }
      if scalars[index] == "]" {
        index += 1
        break
      }
      if !items.isEmpty {
        guard scalars[index] == "," else {
          throw error(
            "After parsing a value an unexpected character was encountered: "
              + "\(Character(scalars[index])).")
        }
        index += 1
      }
      items.append(try parseValue(depth: depth))
      path[path.count - 1] = .element(items.count - 1)
    }
    return .array(items)
  }

  private mutating func parseString() throws -> String {
    started = true
    let quote = scalars[index]
    index += 1
    var text = ""
    while true {
      guard index < scalars.count else {
        throw error("Unterminated string. Expected delimiter: \(Character(quote)).")
      }
      let scalar = scalars[index]
      index += 1
      if scalar == quote { return text }
      if scalar == "\n" {
        line += 1
        lineStart = index
      }
      guard scalar == "\\" else {
        text.unicodeScalars.append(scalar)
        continue
      }
      guard index < scalars.count else {
        throw error("Unterminated string. Expected delimiter: \(Character(quote)).")
      }
      let escaped = scalars[index]
      index += 1
      switch escaped {
      case "n": text += "\n"
      case "r": text += "\r"
      case "t": text += "\t"
      case "b": text += "\u{08}"
      case "f": text += "\u{0C}"
      case "u": text.unicodeScalars.append(try parseUnicodeEscape())
      default: text.unicodeScalars.append(escaped)
      }
    }
  }

  /// Reads the four hex digits after `\u`, joining a UTF-16 surrogate pair.
  private mutating func parseUnicodeEscape() throws -> Unicode.Scalar {
    let high = try hexUnit()
    if (0xD800...0xDBFF).contains(high), index + 1 < scalars.count, scalars[index] == "\\",
      scalars[index + 1] == "u"
    {
      index += 2
      let low = try hexUnit()
      let combined = 0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
      return Unicode.Scalar(combined) ?? "\u{FFFD}"
    }
    return Unicode.Scalar(high) ?? "\u{FFFD}"
  }

  private mutating func hexUnit() throws -> UInt32 {
    guard index + 4 <= scalars.count else {
      throw error("Unexpected end while parsing Unicode escape sequence.")
    }
    var text = ""
    for scalar in scalars[index..<index + 4] { text.unicodeScalars.append(scalar) }
    guard let value = UInt32(text, radix: 16) else {
      throw error("Invalid Unicode escape sequence: \\u\(text).")
    }
    index += 4
    return value
  }

  private mutating func parseNumber() throws -> Value {
    started = true
    let start = index
    while index < scalars.count, !Self.endsNumber(scalars[index]) { index += 1 }
    var text = ""
    for scalar in scalars[start..<index] { text.unicodeScalars.append(scalar) }
    if text == "-Infinity" { return .double(-.infinity) }
    let isInteger = !text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" })
    if isInteger, let integer = Int64(text) { return .long(integer) }
    if let double = Double(text), text.allSatisfy({ "0123456789+-.eE".contains($0) }) {
      return .double(double)
    }
    index = start
    throw error("Input string '\(text)' is not a valid number.")
  }

  private static func endsNumber(_ scalar: Unicode.Scalar) -> Bool {
    ",]}/ \t\r\n".unicodeScalars.contains(scalar)
  }

  private mutating func literal(_ word: String, _ value: Value, failure: String) throws -> Value {
    let expected = Array(word.unicodeScalars)
    guard index + expected.count <= scalars.count,
      Array(scalars[index..<index + expected.count]) == expected
    else { throw error(failure) }
    started = true
    index += expected.count
    return value
  }

  private func checkDepth(_ depth: Int) throws {
    if depth > maxDepth { throw error("The reader's MaxDepth of \(maxDepth) has been exceeded.") }
  }

  /// Skips white space and `//` or `/* */` comments, counting lines.
  private mutating func skipTrivia() throws {
    while index < scalars.count {
      let scalar = scalars[index]
      if scalar == "\n" {
        index += 1
        line += 1
        lineStart = index
      } else if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\u{FEFF}" {
        index += 1
      } else if scalar == "/", index + 1 < scalars.count, scalars[index + 1] == "/" {
        while index < scalars.count, scalars[index] != "\n" { index += 1 }
      } else if scalar == "/", index + 1 < scalars.count, scalars[index + 1] == "*" {
        index += 2
        while index + 1 < scalars.count, !(scalars[index] == "*" && scalars[index + 1] == "/") {
          if scalars[index] == "\n" {
            line += 1
            lineStart = index + 1
          }
          index += 1
        }
        guard index + 1 < scalars.count else {
          throw error("Unexpected end while parsing comment.")
        }
        index += 2
      } else {
        return
      }
    }
  }

  /// The error with Newtonsoft's suffix, for example `Path 'a.b[0]', line 1, position 6.`.
  private func error(_ message: String) -> SyntaxError {
    let position = index - lineStart
    let shownLine = !started && position == 0 && line == 1 ? 0 : line
    return SyntaxError(
      message: "\(message) Path '\(pathText)', line \(shownLine), position \(position).")
  }

  private var pathText: String {
    var text = ""
    for part in path {
      switch part {
      case .member(let name):
        if name.isEmpty { continue }
        let plain = name.unicodeScalars.allSatisfy { Self.isIdentifier($0) }
        text += plain ? (text.isEmpty ? name : "." + name) : "['\(name)']"
      case .element(let position):
        if let position { text += "[\(position)]" }
      }
    }
    return text
  }
}
