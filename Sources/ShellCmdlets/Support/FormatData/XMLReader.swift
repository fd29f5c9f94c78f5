import Foundation

/// A small, strict XML reader for format files: elements, attributes, text, CDATA, the five
/// predefined entities and numeric character references.
///
/// It refuses what is not well-formed (an unclosed or mismatched tag, text after the root) with
/// the line of the problem, as .NET's XmlReader does, and it never recurses: an element stack
/// bounds nothing but memory, so a deeply nested file cannot overflow the thread's stack.
struct XMLReader {
  struct Failure: Error {
    let message: String
    let line: Int
  }

  private let bytes: [UInt8]
  private var index = 0
  private var line = 1

  init(_ text: String) { bytes = Array(text.utf8) }

  /// Reads the document and returns its root element.
  static func parse(_ text: String) throws -> XMLElementNode {
    var reader = XMLReader(text)
    return try reader.document()
  }

  private mutating func document() throws -> XMLElementNode {
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    var stack: [XMLElementNode] = []
    var root: XMLElementNode?
    while index < bytes.count {
      if bytes[index] != UInt8(ascii: "<") {
        let text = try readText()
        if stack.isEmpty {
          guard text.allSatisfy(\.isWhitespace) else {
            throw fail("Data at the root level is invalid.")
          }
        } else {
          stack[stack.count - 1].text += text
        }
        continue
      }
      if skip("<?") {
        try skipPast("?>")
      } else if skip("<!--") {
        try skipPast("-->")
      } else if skip("<![CDATA[") {
        let start = index
        try skipPast("]]>")
        guard !stack.isEmpty else { throw fail("Data at the root level is invalid.") }
        stack[stack.count - 1].text += String(decoding: bytes[start..<(index - 3)], as: UTF8.self)
      } else if skip("<!") {
        try skipPast(">")
      } else if skip("</") {
        let name = readName()
        skipSpace()
        guard skip(">") else { throw fail("'>' is expected after the end tag '\(name)'.") }
        guard let open = stack.popLast() else { throw fail("Unexpected end tag '\(name)'.") }
        guard open.name == name else {
          throw fail(
            "The '\(open.name)' start tag on line \(open.line) does not match the end tag of '\(name)'."
          )
        }
        if stack.isEmpty { root = open } else { stack[stack.count - 1].children.append(open) }
      } else {
        index += 1
        let element = try readStartTag()
        if root != nil, stack.isEmpty { throw fail("There are multiple root elements.") }
        if element.selfClosing {
          if stack.isEmpty {
            root = element.node
          } else {
            stack[stack.count - 1].children.append(element.node)
          }
        } else {
          stack.append(element.node)
        }
      }
    }
    if let open = stack.last {
      throw fail(
        "Unexpected end of file. The element '\(open.name)' (line \(open.line)) is not closed.")
    }
    guard let root else { throw fail("Root element is missing.") }
    return root
  }

  private mutating func readStartTag() throws -> (node: XMLElementNode, selfClosing: Bool) {
    let name = readName()
    guard !name.isEmpty else { throw fail("Name cannot begin with the '<' character.") }
    var node = XMLElementNode(name: name, line: line)
    while true {
      skipSpace()
      if skip("/>") { return (node, true) }
      if skip(">") { return (node, false) }
      let attribute = readName()
      skipSpace()
      guard !attribute.isEmpty, skip("=") else {
        throw fail("The tag '\(name)' is not well-formed.")
      }
      skipSpace()
      guard index < bytes.count,
        bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'")
      else { throw fail("The value of attribute '\(attribute)' must be quoted.") }
      let quote = bytes[index]
      index += 1
      let start = index
      while index < bytes.count, bytes[index] != quote { advance() }
      guard index < bytes.count else {
        throw fail("Unexpected end of file in attribute '\(attribute)'.")
      }
      node.attributes[attribute] = try decode(String(decoding: bytes[start..<index], as: UTF8.self))
      index += 1
    }
  }

  private mutating func readText() throws -> String {
    let start = index
    while index < bytes.count, bytes[index] != UInt8(ascii: "<") { advance() }
    return try decode(String(decoding: bytes[start..<index], as: UTF8.self))
  }

  private mutating func readName() -> String {
    let start = index
    while index < bytes.count {
      let byte = bytes[index]
      let isNameByte =
        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
        || (byte >= 0x61 && byte <= 0x7A) || [0x2D, 0x2E, 0x3A, 0x5F].contains(byte)
      guard isNameByte else { break }
      index += 1
    }
    return String(decoding: bytes[start..<index], as: UTF8.self)
  }

  /// Decodes `&lt;` `&gt;` `&amp;` `&quot;` `&apos;` and `&#NN;` / `&#xNN;`.
  private func decode(_ text: String) throws -> String {
    guard text.contains("&") else { return text }
    var result = ""
    var rest = Substring(text)
    while let ampersand = rest.firstIndex(of: "&") {
      result += rest[..<ampersand]
      guard let semicolon = rest[ampersand...].firstIndex(of: ";") else {
        throw fail("An entity reference is not terminated with ';'.")
      }
      let entity = rest[rest.index(after: ampersand)..<semicolon]
      switch entity {
      case "lt": result += "<"
      case "gt": result += ">"
      case "amp": result += "&"
      case "quot": result += "\""
      case "apos": result += "'"
      default:
        let isHex = entity.hasPrefix("#x") || entity.hasPrefix("#X")
        let digits = entity.dropFirst(isHex ? 2 : 1)
        guard entity.hasPrefix("#"), let code = UInt32(digits, radix: isHex ? 16 : 10),
          let scalar = Unicode.Scalar(code)
        else { throw fail("Reference to undeclared entity '\(entity)'.") }
        result.unicodeScalars.append(scalar)
      }
      rest = rest[rest.index(after: semicolon)...]
    }
    return result + rest
  }

  private mutating func skip(_ literal: String) -> Bool {
    let pattern = Array(literal.utf8)
    guard bytes[index...].starts(with: pattern) else { return false }
    index += pattern.count
    return true
  }

  private mutating func skipPast(_ literal: String) throws {
    let pattern = Array(literal.utf8)
    while index < bytes.count {
      if bytes[index...].starts(with: pattern) {
        index += pattern.count
        return
      }
      advance()
    }
    throw fail("Unexpected end of file while looking for '\(literal)'.")
  }

  private mutating func skipSpace() {
    while index < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[index]) { advance() }
  }

  private mutating func advance() {
    if bytes[index] == 0x0A { line += 1 }
    index += 1
  }

  private func fail(_ message: String) -> Failure { Failure(message: message, line: line) }
}
