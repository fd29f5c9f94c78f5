import Foundation

/// The declarative-provisioning expression language of attribute flows, the small part the
/// default rules use: `[attribute]`, string and number literals, `%Connector.Name%`
/// parameters, `&` concatenation, `=`/`<>`/`<`/`>` comparisons, `&&`/`||`, `NULL`, and the
/// functions IIF, IsPresent, IsNullOrEmpty, InStr, Left, Right, Mid, Trim, LCase, UCase, CStr,
/// EscapeDNComponent, ConvertToBase64, Replace, Coalesce, and Error, which fails the object's
/// synchronization with its text (a `sync-rule-error-function-triggered` sync error).
///
/// A value is a list of strings: empty is NULL, booleans are `True`/`False`.
public struct SyncExpression: Sendable {
  indirect enum Node: Sendable {
    case literal([String])
    case attribute(String)
    case parameter(String)
    case call(String, [Node])
    case binary(String, Node, Node)
  }

  let root: Node

  /// Parses `text`; throws `SyncError.invalidExpression` on bad syntax.
  public init(_ text: String) throws {
    var parser = Parser(text: Array(text))
    root = try parser.parseOr()
    parser.skipSpaces()
    if parser.index < parser.text.count { throw SyncError.invalidExpression(text) }
  }

  /// The functions the lab evaluates; an expression calling another one is refused when it is
  /// parsed (when a rule is built or saved), never evaluated as nothing.
  static let functions: Set<String> = [
    "iif", "ispresent", "isnullorempty", "instr", "left", "right", "mid", "trim", "lcase",
    "ucase", "cstr", "escapedncomponent", "converttobase64", "replace", "coalesce", "error",
  ]

  /// The value for an object whose attributes `lookup` answers; throws the `SyncFailure` an
  /// `Error("text")` call raises.
  func evaluate(_ lookup: (String) -> [String], parameters: [String: String]) throws
    -> [String]
  {
    try Self.evaluate(root, lookup, parameters)
  }

  /// The attribute names the expression reads.
  var attributes: [String] { Self.attributes(root) }

  private static func attributes(_ node: Node) -> [String] {
    switch node {
    case .attribute(let name): return [name]
    case .call(_, let arguments): return arguments.flatMap(attributes)
    case .binary(_, let lhs, let rhs): return attributes(lhs) + attributes(rhs)
    default: return []
    }
  }

  private static func truth(_ value: [String]) -> Bool {
    guard let first = value.first else { return false }
    return first.lowercased() == "true"
  }

  private static func bool(_ value: Bool) -> [String] { [value ? "True" : "False"] }

  private static func evaluate(
    _ node: Node, _ lookup: (String) -> [String], _ parameters: [String: String]
  ) throws -> [String] {
    func eval(_ node: Node) throws -> [String] { try evaluate(node, lookup, parameters) }
    switch node {
    case .literal(let value): return value
    case .attribute(let name): return lookup(name)
    case .parameter(let name): return parameters[name.lowercased()].map { [$0] } ?? []
    case .binary(let op, let lhs, let rhs):
      switch op {
      case "&&": return bool(try truth(eval(lhs)) && truth(eval(rhs)))
      case "||": return bool(try truth(eval(lhs)) || truth(eval(rhs)))
      case "&": return [(try eval(lhs).first ?? "") + (try eval(rhs).first ?? "")]
      default:
        let left = try eval(lhs).first ?? ""
        let right = try eval(rhs).first ?? ""
        let order: ComparisonResult
        if let l = Double(left), let r = Double(right) {
          order = l < r ? .orderedAscending : (l > r ? .orderedDescending : .orderedSame)
        } else {
          order = left.caseInsensitiveCompare(right)
        }
        switch op {
        case "=": return bool(order == .orderedSame)
        case "<>": return bool(order != .orderedSame)
        case "<": return bool(order == .orderedAscending)
        default: return bool(order == .orderedDescending)
        }
      }
    case .call(let name, let arguments):
      let values = try arguments.map(eval)
      func text(_ index: Int) -> String {
        values.indices.contains(index) ? values[index].first ?? "" : ""
      }
      func number(_ index: Int) -> Int { Int(text(index)) ?? 0 }
      switch name.lowercased() {
      case "iif":
        return truth(values.first ?? [])
          ? (values.count > 1 ? values[1] : []) : (values.count > 2 ? values[2] : [])
      case "ispresent": return bool(!(values.first ?? []).isEmpty)
      case "isnullorempty": return bool(text(0).isEmpty)
      case "instr":
        guard let range = text(0).range(of: text(1), options: .caseInsensitive) else {
          return ["0"]
        }
        return [String(text(0).distance(from: text(0).startIndex, to: range.lowerBound) + 1)]
      case "left":
        return (values.first ?? []).isEmpty ? [] : [String(text(0).prefix(max(number(1), 0)))]
      case "right":
        return (values.first ?? []).isEmpty ? [] : [String(text(0).suffix(max(number(1), 0)))]
      case "mid":
        // Mid(string, start, length), 1-based as the sync engine's VB-like functions are.
        guard !(values.first ?? []).isEmpty else { return [] }
        let characters = Array(text(0))
        let start = max(number(1) - 1, 0)
        guard start < characters.count else { return [""] }
        let end = min(start + max(number(2), 0), characters.count)
        return [String(characters[start..<end])]
      case "replace":
        guard !(values.first ?? []).isEmpty, !text(1).isEmpty else { return values.first ?? [] }
        return (values.first ?? []).map {
          $0.replacingOccurrences(of: text(1), with: text(2))
        }
      case "coalesce": return values.first { !$0.isEmpty && $0.first?.isEmpty == false } ?? []
      case "trim": return (values.first ?? []).map { $0.trimmingCharacters(in: .whitespaces) }
      case "lcase": return (values.first ?? []).map { $0.lowercased() }
      case "ucase": return (values.first ?? []).map { $0.uppercased() }
      case "cstr": return values.first ?? []
      case "escapedncomponent": return (values.first ?? []).map(escapeRDN)
      case "converttobase64": return (values.first ?? []).map(base64)
      case "error":
        throw SyncFailure(
          errorType: "sync-rule-error-function-triggered", errorCode: "0x8023134a",
          errorLiteral: "The sync rule's Error function was triggered.", extraDetails: text(0))
      default: return []
      }
    }
  }

  /// Escapes the value part of `CN=value` as a DN component.
  static func escapeRDN(_ text: String) -> String {
    guard let equals = text.firstIndex(of: "=") else { return text }
    let type = text[..<equals]
    let value = String(text[text.index(after: equals)...])
    return "\(type)=\(DistinguishedName.escape(value))"
  }

  /// Base64 of a GUID's 16 bytes in .NET order, or of the UTF-8 text for anything else.
  static func base64(_ text: String) -> String {
    let hex = text.replacingOccurrences(of: "-", with: "")
    guard text.count == 36, hex.count == 32, let raw = UUID(uuidString: text) else {
      return Data(text.utf8).base64EncodedString()
    }
    let bytes = withUnsafeBytes(of: raw.uuid) { Array($0) }
    let order = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15]
    return Data(order.map { bytes[$0] }).base64EncodedString()
  }

  /// A recursive-descent parser over the expression's characters.
  struct Parser {
    let text: [Character]
    var index = 0

    mutating func skipSpaces() {
      while index < text.count, text[index].isWhitespace { index += 1 }
    }

    mutating func take(_ token: String) -> Bool {
      skipSpaces()
      let chars = Array(token)
      guard index + chars.count <= text.count, Array(text[index..<index + chars.count]) == chars
      else { return false }
      index += chars.count
      return true
    }

    var failure: SyncError { .invalidExpression(String(text)) }

    mutating func parseOr() throws -> Node {
      var node = try parseAnd()
      while take("||") { node = .binary("||", node, try parseAnd()) }
      return node
    }

    mutating func parseAnd() throws -> Node {
      var node = try parseComparison()
      while take("&&") { node = .binary("&&", node, try parseComparison()) }
      return node
    }

    mutating func parseComparison() throws -> Node {
      let node = try parseConcat()
      for op in ["<>", "=", "<", ">"] where take(op) {
        return .binary(op, node, try parseConcat())
      }
      return node
    }

    mutating func parseConcat() throws -> Node {
      var node = try parsePrimary()
      while true {
        skipSpaces()
        guard index < text.count, text[index] == "&",
          index + 1 >= text.count || text[index + 1] != "&"
        else { return node }
        index += 1
        node = .binary("&", node, try parsePrimary())
      }
    }

    mutating func parsePrimary() throws -> Node {
      skipSpaces()
      guard index < text.count else { throw failure }
      let first = text[index]
      if first == "(" {
        index += 1
        let node = try parseOr()
        guard take(")") else { throw failure }
        return node
      }
      if first == "\"" || first == "[" || first == "%" {
        let close: Character = first == "\"" ? "\"" : (first == "[" ? "]" : "%")
        index += 1
        let start = index
        while index < text.count, text[index] != close { index += 1 }
        guard index < text.count else { throw failure }
        let body = String(text[start..<index])
        index += 1
        if first == "\"" { return .literal([body]) }
        return first == "[" ? .attribute(body) : .parameter(body)
      }
      let start = index
      while index < text.count, text[index].isLetter || text[index].isNumber {
        index += 1
      }
      let word = String(text[start..<index])
      guard !word.isEmpty else { throw failure }
      if word.first?.isNumber == true { return .literal([word]) }
      if take("(") {
        var arguments: [Node] = []
        if !take(")") {
          repeat { arguments.append(try parseOr()) } while take(",")
          guard take(")") else { throw failure }
        }
        guard SyncExpression.functions.contains(word.lowercased()) else {
          throw SyncError.unsupportedFunction(name: word, expression: String(text))
        }
        return .call(word, arguments)
      }
      switch word.lowercased() {
      case "null", "authoritativenull", "ignorethisflow": return .literal([])
      case "true": return .literal(["True"])
      case "false": return .literal(["False"])
      default: throw failure
      }
    }
  }
}
