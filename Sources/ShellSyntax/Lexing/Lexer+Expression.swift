/// Expression-mode scanning: operators, identifiers, numbers, variables and strings.
extension Lexer {
  /// Dash operators PowerShell knows, spelled without the dash and lowercased.
  static let dashOperatorNames: Set<String> = {
    var names: Set<String> = [
      "and", "or", "xor", "not", "band", "bor", "bxor", "bnot", "shl", "shr",
      "is", "isnot", "as", "f", "join",
    ]
    for name in ComparisonOperator.allNames {
      names.insert(name)
      names.insert("i" + name)
      names.insert("c" + name)
    }
    return names
  }()

  /// Scans one expression-mode token.
  mutating func scanExpressionToken() -> Token {
    let value = byte(position)
    if let token = scanCommonPunctuation() { return token }
    if singleQuoteLength(position) > 0 || doubleQuoteLength(position) > 0 {
      return scanQuotedString()
    }
    let dash = dashLength(position)
    if dash > 0 { return scanDashInExpression(dash) }
    switch value {
    case UInt8(ascii: "$"):
      if byte(position + 1) == UInt8(ascii: "(") { return simple(.dollarParen, 2) }
      return scanVariableToken(splat: false)
    case UInt8(ascii: "@"):
      return scanAtSign(mode: .expression)
    case UInt8(ascii: "0")...UInt8(ascii: "9"):
      return scanNumberToken()
    case UInt8(ascii: "."):
      if byte(position + 1) == UInt8(ascii: ".") { return simple(.op, 2, .op("..")) }
      if Self.isDigit(byte(position + 1)) { return scanNumberToken() }
      return simple(.dot, 1)
    case UInt8(ascii: ":"):
      return byte(position + 1) == UInt8(ascii: ":") ? simple(.doubleColon, 2) : simple(.colon, 1)
    case UInt8(ascii: "?"):
      return scanQuestion()
    case UInt8(ascii: "["): return simple(.lBracket, 1)
    case UInt8(ascii: "]"): return simple(.rBracket, 1)
    case UInt8(ascii: "+"):
      if byte(position + 1) == UInt8(ascii: "+") { return simple(.plusPlus, 2) }
      if byte(position + 1) == UInt8(ascii: "=") { return simple(.assign, 2, .assign(.add)) }
      return simple(.op, 1, .op("+"))
    case UInt8(ascii: "*"): return operatorOrAssign("*", .multiply)
    case UInt8(ascii: "/"): return operatorOrAssign("/", .divide)
    case UInt8(ascii: "%"): return operatorOrAssign("%", .remainder)
    case UInt8(ascii: "="): return simple(.assign, 1, .assign(.assign))
    case UInt8(ascii: "!"): return simple(.op, 1, .op("!"))
    case UInt8(ascii: ">"):
      return scanRedirection() ?? scanUnknown()
    default:
      if isIdentifierByte(position) { return scanIdentifier() }
      return scanUnknown()
    }
  }

  /// `*`, `*=` and the like.
  mutating func operatorOrAssign(_ name: String, _ assign: AssignmentOperator) -> Token {
    if byte(position + 1) == UInt8(ascii: "=") { return simple(.assign, 2, .assign(assign)) }
    return simple(.op, 1, .op(name))
  }

  /// `?.`, `?[`, `??=`, `??` and the ternary `?`.
  mutating func scanQuestion() -> Token {
    let next = byte(position + 1)
    if next == UInt8(ascii: "?") {
      if byte(position + 2) == UInt8(ascii: "=") {
        return simple(.assign, 3, .assign(.nullCoalesce))
      }
      return simple(.op, 2, .op("??"))
    }
    if next == UInt8(ascii: "."), byte(position + 2) != UInt8(ascii: ".") {
      return simple(.questionDot, 2)
    }
    if next == UInt8(ascii: "[") { return simple(.questionBracket, 2) }
    return simple(.question, 1)
  }

  /// A dash in expression mode: `-`, `--`, `-=`, or a dash operator such as `-eq`.
  mutating func scanDashInExpression(_ dash: Int) -> Token {
    let start = position
    let afterDash = position + dash
    if dashLength(afterDash) > 0 {
      return simple(.minusMinus, dash + dashLength(afterDash))
    }
    if byte(afterDash) == UInt8(ascii: "=") {
      return simple(.assign, dash + 1, .assign(.subtract))
    }
    var cursor = afterDash
    while Self.isLetter(byte(cursor)) { cursor += 1 }
    if cursor > afterDash {
      let name = text(afterDash, cursor).lowercased()
      if Self.dashOperatorNames.contains(name) || extraDashOperators.contains(name),
        !isIdentifierByte(cursor)
      {
        position = cursor
        return Token(.op, .op("-" + name), start: start, end: cursor)
      }
      return scanParameter(dash: dash)
    }
    return simple(.op, dash, .op("-"))
  }

  /// A bare name in expression mode (member names, hashtable keys, attribute arguments).
  mutating func scanIdentifier() -> Token {
    let start = position
    while position < end, isIdentifierByte(position) { position += scalarLength(position) }
    let name = text(start, position)
    return Token(
      .identifier, .string(parts: [.literal(name)], kind: .bare, isExpandable: false),
      start: start, end: position)
  }

  /// `@(`, `@{`, here-strings, and `@name` splatting.
  mutating func scanAtSign(mode: LexMode) -> Token {
    let next = position + 1
    if byte(next) == UInt8(ascii: "(") { return simple(.atParen, 2) }
    if byte(next) == UInt8(ascii: "{") { return simple(.atCurly, 2) }
    if singleQuoteLength(next) > 0 || doubleQuoteLength(next) > 0 {
      return scanHereString()
    }
    if isVariableNameByte(next) { return scanVariableToken(splat: true) }
    if mode == .argument { return scanWord() }
    return scanUnknown()
  }
}

extension ComparisonOperator {
  /// Every comparison operator name (without dash or case prefix).
  static let allNames: [String] = [
    "eq", "ne", "gt", "ge", "lt", "le", "like", "notlike", "match", "notmatch",
    "contains", "notcontains", "in", "notin", "replace", "split",
  ]
}
