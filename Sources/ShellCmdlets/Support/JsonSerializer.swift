import Foundation
import ShellCore

/// Writes shell values as JSON text the way ConvertTo-Json does: PowerShell's JsonObject walks
/// the object to -Depth, and Newtonsoft.Json lays it out.
///
/// The root is level 0 and each nested array, hashtable or object adds one; a non-primitive
/// found deeper than `maxDepth` is written as its `ToString()` text and `depthExceeded` is set,
/// for the cmdlet's one warning (JsonObject.ProcessValue).
struct JsonSerializer {
  /// How strings are escaped (`-EscapeHandling`, Newtonsoft's StringEscapeHandling).
  enum Escaping: String, CaseIterable {
    case defaultHandling = "Default"
    case escapeNonAscii = "EscapeNonAscii"
    case escapeHtml = "EscapeHtml"
  }

  var maxDepth = 2
  var compress = false
  var escaping = Escaping.defaultHandling
  private(set) var depthExceeded = false

  /// One JSON value after the depth rule was applied.
  indirect enum Node {
    case null
    case literal(String)
    case string(String)
    case array([Node])
    case object([(String, Node)])
  }

  /// The JSON text of a value.
  mutating func serialize(_ value: Value) -> String {
    let node = convert(value, depth: 0)
    var text = ""
    write(node, indent: 0, into: &text)
    return text
  }

  /// Applies PowerShell's conversion rules: primitives as themselves, containers by level.
  mutating func convert(_ value: Value, depth: Int) -> Node {
    switch value {
    case .null: return .null
    case .bool(let flag): return .literal(flag ? "true" : "false")
    case .int(let number): return .literal(String(number))
    case .long(let number): return .literal(String(number))
    case .double(let number): return Self.double(number)
    case .decimal(let number):
      return .literal(Self.withDecimalPlace(NSDecimalNumberBridge.string(number)))
    case .string(let text): return .string(text)
    case .char(let character): return .string(String(character))
    case .dateTime(let date): return .string(Self.isoDate(date))
    case .type(let type): return .string(type.fullName)
    case .scriptBlock(let block): return .string(block.text)
    case .object where DateTimeOffsetValue.from(value) != nil:
      return .string(
        DateTimeOffsetValue.from(value)?.text("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK") ?? "")
    case .object(let object) where object.baseValue != nil:
      return convert(object.baseValue ?? .null, depth: depth)
    case .array, .hashtable, .object, .timeSpan:
      if depth > maxDepth {
        depthExceeded = true
        return .string(ObjectText.converted(value))
      }
      return container(value, depth: depth)
    }
  }

  private mutating func container(_ value: Value, depth: Int) -> Node {
    switch value {
    case .array(let array):
      return .array(array.items.map { convert($0, depth: depth + 1) })
    case .hashtable(let table):
      return .object(table.entries.map { ($0.key.toText(), convert($0.value, depth: depth + 1)) })
    case .object(let object):
      if object.typeName == "System.Management.Automation.PSCustomObject"
        || !object.properties.isEmpty
      {
        return .object(
          object.properties.values.map { ($0.name, convert($0.value, depth: depth + 1)) })
      }
      return .string(object.text)
    case .timeSpan:
      // A TimeSpan is written as an object of its properties, as for any other .NET struct.
      return .object(
        Members.timeSpanPropertyNames.map { name in
          (name, convert(Members.property(of: value, named: name) ?? .null, depth: depth + 1))
        })
    default:
      return convert(value, depth: depth)
    }
  }

  private func write(_ node: Node, indent: Int, into text: inout String) {
    let newline = compress ? "" : "\n"
    let inner = compress ? "" : String(repeating: "  ", count: indent + 1)
    let outer = compress ? "" : String(repeating: "  ", count: indent)
    switch node {
    case .null: text += "null"
    case .literal(let literal): text += literal
    case .string(let string): text += quoted(string)
    case .array(let items):
      guard !items.isEmpty else {
        text += "[]"
        return
      }
      text += "[" + newline
      for (index, item) in items.enumerated() {
        text += inner
        write(item, indent: indent + 1, into: &text)
        text += (index == items.count - 1 ? "" : ",") + newline
      }
      text += outer + "]"
    case .object(let members):
      guard !members.isEmpty else {
        text += "{}"
        return
      }
      text += "{" + newline
      for (index, member) in members.enumerated() {
        text += inner + quoted(member.0) + (compress ? ":" : ": ")
        write(member.1, indent: indent + 1, into: &text)
        text += (index == members.count - 1 ? "" : ",") + newline
      }
      text += outer + "}"
    }
  }

  /// A JSON string literal with Newtonsoft's escapes: control characters, quote, backslash and
  /// the line separators U+0085, U+2028, U+2029; more under `-EscapeHandling`.
  func quoted(_ string: String) -> String {
    var result = "\""
    for scalar in string.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case "\u{08}": result += "\\b"
      case "\u{0C}": result += "\\f"
      default:
        let needsEscape =
          scalar.value < 0x20 || scalar.value == 0x85 || scalar.value == 0x2028
          || scalar.value == 0x2029
          || (escaping == .escapeNonAscii && scalar.value > 0x7E)
          || (escaping == .escapeHtml && "<>'&".unicodeScalars.contains(scalar))
        if needsEscape {
          result += Self.unicodeEscape(scalar)
        } else {
          result.unicodeScalars.append(scalar)
        }
      }
    }
    return result + "\""
  }

  /// `\u00e9`, with UTF-16 surrogate pairs above U+FFFF (lowercase hex, as Newtonsoft writes).
  private static func unicodeEscape(_ scalar: Unicode.Scalar) -> String {
    String(scalar).utf16.map { unit in
      let hex = String(unit, radix: 16)
      return "\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }.joined()
  }

  /// A double as Newtonsoft writes it: round-trip digits, `.0` added to whole numbers, and
  /// NaN and the infinities as strings.
  static func double(_ number: Double) -> Node {
    if number.isNaN { return .string("NaN") }
    if number.isInfinite { return .string(number < 0 ? "-Infinity" : "Infinity") }
    return .literal(withDecimalPlace(roundTrip(number)))
  }

  /// .NET's shortest round-trip text (`R`): fixed notation for exponents from -4 to 14,
  /// otherwise `1E+15` / `1E-05`.
  static func roundTrip(_ number: Double) -> String {
    if number == 0 { return number.sign == .minus ? "-0" : "0" }
    // Swift's description is also the shortest round-trip form; take its digits and exponent.
    var description = "\(abs(number))"
    var exponent = 0
    if let e = description.firstIndex(where: { $0 == "e" || $0 == "E" }) {
      exponent = Int(description[description.index(after: e)...]) ?? 0
      description = String(description[..<e])
    }
    var integerPart = description
    var fraction = ""
    if let dot = description.firstIndex(of: ".") {
      integerPart = String(description[..<dot])
      fraction = String(description[description.index(after: dot)...])
    }
    var digits = integerPart + fraction
    var pointPosition = integerPart.count + exponent
    let leadingZeros = digits.prefix { $0 == "0" }.count
    digits.removeFirst(leadingZeros)
    pointPosition -= leadingZeros
    while digits.hasSuffix("0") { digits.removeLast() }
    if digits.isEmpty { return "0" }
    let sign = number < 0 ? "-" : ""
    let scientificExponent = pointPosition - 1
    if scientificExponent >= 15 || scientificExponent < -4 {
      let mantissa =
        digits.count > 1 ? String(digits.prefix(1)) + "." + digits.dropFirst() : digits
      let exponentDigits = String(abs(scientificExponent))
      return sign + mantissa + "E" + (scientificExponent < 0 ? "-" : "+")
        + String(repeating: "0", count: max(0, 2 - exponentDigits.count)) + exponentDigits
    }
    if pointPosition <= 0 {
      return sign + "0." + String(repeating: "0", count: -pointPosition) + digits
    }
    if pointPosition >= digits.count {
      return sign + digits + String(repeating: "0", count: pointPosition - digits.count)
    }
    let split = digits.index(digits.startIndex, offsetBy: pointPosition)
    return sign + digits[..<split] + "." + digits[split...]
  }

  /// Newtonsoft's EnsureDecimalPlace: `1` becomes `1.0`; `1.5` and `1E+20` stay.
  static func withDecimalPlace(_ text: String) -> String {
    text.contains(where: { $0 == "." || $0 == "E" || $0 == "e" }) ? text : text + ".0"
  }

  /// ISO 8601 as Newtonsoft writes a DateTime (round-trip kind): `2024-01-15T10:30:00` with
  /// up to seven fraction digits when the time has them, then `Z` for a UTC date or the
  /// offset for a local one.
  static func isoDate(_ date: DateTimeValue) -> String {
    DateFormatting.format(date, "yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFK")
  }
}
