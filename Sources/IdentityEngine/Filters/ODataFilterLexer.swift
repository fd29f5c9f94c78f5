/// The tokens of an OData `$filter` expression, each with its 0-based character position
/// (ODataLib reports positions that way in its messages).
struct ODataToken: Equatable {
  enum Kind: Equatable {
    /// A name, keyword, number, GUID or date-time literal.
    case word(String)
    /// A quoted string, unescaped (`''` → `'`).
    case string(String)
    case openParen
    case closeParen
    case comma
    case slash
    case colon
    case end
  }

  let kind: Kind
  let position: Int
}

/// Splits `$filter` text into tokens.
struct ODataFilterLexer {
  let characters: [Character]
  let text: String

  init(_ text: String) {
    self.text = text
    characters = Array(text)
  }

  /// All tokens, ending with `.end`; throws for an unterminated string or a stray character.
  func tokens() throws -> [ODataToken] {
    var result: [ODataToken] = []
    var index = 0
    while index < characters.count {
      let character = characters[index]
      let start = index
      switch character {
      case " ", "\t", "\n", "\r":
        index += 1
        continue
      case "(":
        result.append(ODataToken(kind: .openParen, position: start))
      case ")":
        result.append(ODataToken(kind: .closeParen, position: start))
      case ",":
        result.append(ODataToken(kind: .comma, position: start))
      case "/":
        result.append(ODataToken(kind: .slash, position: start))
      case ":":
        result.append(ODataToken(kind: .colon, position: start))
      case "'":
        var value = ""
        index += 1
        var closed = false
        while index < characters.count {
          if characters[index] == "'" {
            if index + 1 < characters.count, characters[index + 1] == "'" {
              value.append("'")
              index += 2
              continue
            }
            closed = true
            break
          }
          value.append(characters[index])
          index += 1
        }
        guard closed else {
          throw ODataFilterError.invalidClause(
            "There is an unterminated literal at position \(characters.count) in '\(text)'.")
        }
        result.append(ODataToken(kind: .string(value), position: start))
      default:
        guard Self.isWordCharacter(character) else {
          throw ODataFilterError.invalidClause(
            "Syntax error: character '\(character)' is not valid at position \(start) in "
              + "'\(text)'.")
        }
        var word = ""
        while index < characters.count {
          let next = characters[index]
          let continuesDate = (next == ":" || next == "+") && Self.isDateTimeHead(word)
          guard Self.isWordCharacter(next) || continuesDate else { break }
          word.append(next)
          index += 1
        }
        result.append(ODataToken(kind: .word(word), position: start))
        continue
      }
      index += 1
    }
    result.append(ODataToken(kind: .end, position: characters.count))
    return result
  }

  static func isWordCharacter(_ character: Character) -> Bool {
    character.isLetter || character.isNumber || character == "_" || character == "."
      || character == "-" || character == "@" || character == "$"
  }

  /// `2024-01-15T09`: the start of a date-time literal, which may go on with `:` and `+`.
  static func isDateTimeHead(_ word: String) -> Bool {
    let parts = Array(word)
    return parts.count >= 13 && parts[4] == "-" && parts[7] == "-" && parts[10] == "T"
      && parts[0].isNumber
  }
}

/// A `$filter` Graph rejects, with the status, code and message it answers.
public struct ODataFilterError: Error, Equatable, Sendable {
  public let message: String
  public let code: String

  /// 400 BadRequest, "Invalid filter clause: …" (a syntax or type error).
  public static func invalidClause(_ detail: String) -> ODataFilterError {
    ODataFilterError(message: "Invalid filter clause: \(detail)", code: "BadRequest")
  }

  /// 400 Request_UnsupportedQuery for a property or form the service does not filter on.
  public static func unsupported(_ property: String, _ kind: TenantObjectKind) -> ODataFilterError {
    ODataFilterError(
      message: "Unsupported or invalid query filter clause specified for property "
        + "'\(property)' of resource '\(kind.resourceName)'.", code: "Request_UnsupportedQuery")
  }

  /// 400 Request_UnsupportedQuery for an advanced operator sent without
  /// `ConsistencyLevel: eventual`.
  public static func needsConsistencyLevel(_ operatorName: String) -> ODataFilterError {
    ODataFilterError(
      message: "Operator '\(operatorName)' is not supported because the "
        + "'ConsistencyLevel:eventual' header is missing. Refer to "
        + "https://aka.ms/graph-docs/advanced-queries for more information",
      code: "Request_UnsupportedQuery")
  }
}
