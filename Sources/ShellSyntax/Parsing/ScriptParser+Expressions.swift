/// Expressions: ternary, binary operators by precedence, the comma operator, unary
/// operators and casts.
extension ScriptParser {
  /// A full expression (the ternary level).
  mutating func parseExpression() throws -> ExpressionAst {
    let condition = try parseBinary(minimumPrecedence: 1)
    guard peek(.expression).kind == .question else { return condition }
    let question = advance(.expression)
    skipNewlines()
    try requireOperand(after: question, id: "ExpectedValueExpression")
    let ifTrue = try parseExpression()
    skipNewlines()
    let colon = peek(.expression)
    guard colon.kind == .colon else {
      try failMissing("MissingColonInTernaryExpression", Self.missingColonInTernary, before: colon)
    }
    advance(.expression)
    skipNewlines()
    try requireOperand(after: colon, id: "ExpectedValueExpression")
    let ifFalse = try parseExpression()
    return expression(
      .ternary(condition, ifTrue, ifFalse), condition.range.startOffset, ifFalse.range.endOffset)
  }

  /// Binary operators at or above `minimumPrecedence`, left-associative (precedence climbing
  /// over `BinaryOperator.precedence`).
  mutating func parseBinary(minimumPrecedence: Int) throws -> ExpressionAst {
    var left = try parseArrayLiteral()
    var links = 0
    defer { chainLength -= links }
    while true {
      let token = peek(.expression)
      if token.kind == .redirectionInput {
        report("RedirectionNotSupported", Self.redirectionNotSupported("<"), token.start, token.end)
        throw ParseFailure()
      }
      guard token.kind == .op, let name = token.opName,
        let op = Self.binaryOperator(name) ?? filterOperator(name),
        op.precedence >= minimumPrecedence
      else { return left }
      try extendChain(&links, at: token)
      advance(.expression)
      skipNewlines()
      try requireOperand(after: token, id: "ExpectedValueExpression")
      let right = try parseBinary(minimumPrecedence: op.precedence + 1)
      left = expression(
        .binary(op, left, right, operatorRange: range(token.start, token.end)),
        left.range.startOffset, right.range.endOffset)
    }
  }

  /// `a, b, c`: binds tighter than binary operators and looser than unary ones.
  mutating func parseArrayLiteral() throws -> ExpressionAst {
    let first = try parseUnary()
    guard !isCommaDisabled, peek(.expression).kind == .comma else { return first }
    var items = [first]
    while peek(.expression).kind == .comma {
      let comma = advance(.expression)
      skipNewlines()
      try requireOperand(after: comma, id: "MissingExpressionAfterToken")
      items.append(try parseUnary())
    }
    let end = items.last?.range.endOffset ?? first.range.endOffset
    return expression(.arrayLiteral(items), first.range.startOffset, end)
  }

  /// Unary operators, casts, and postfix expressions.
  mutating func parseUnary() throws -> ExpressionAst {
    try enterNesting()
    defer { leaveNesting() }
    let token = peek(.expression)
    switch token.kind {
    case .op:
      guard let name = token.opName, let op = Self.unaryOperator(name) else { break }
      advance(.expression)
      if op == .negate, let number = negativeNumber(after: token) { return number }
      try requireOperand(after: token, id: "MissingExpressionAfterOperator")
      let operand = try parseUnary()
      return expression(.unary(op, operand), token.start, operand.range.endOffset)
    case .plusPlus, .minusMinus:
      advance(.expression)
      try requireOperand(after: token, id: "MissingExpressionAfterOperator")
      let operand = try parseUnary()
      let op: UnaryOperator = token.kind == .plusPlus ? .preIncrement : .preDecrement
      return expression(.unary(op, operand), token.start, operand.range.endOffset)
    case .comma:
      advance(.expression)
      try requireOperand(after: token, id: "MissingExpressionAfterOperator")
      let operand = try parseUnary()
      return expression(.unary(.comma, operand), token.start, operand.range.endOffset)
    case .lBracket:
      return try parseCastOrTypeLiteral()
    default:
      break
    }
    return try parsePostfix(try parsePrimary())
  }

  /// `-5` written with the sign next to the digits becomes one negative constant.
  mutating func negativeNumber(after minus: Token) -> ExpressionAst? {
    let next = peek(.expression)
    guard next.kind == .number, !next.hasSpaceBefore, next.error == nil,
      let (value, end) = lexer.scanNumber(at: next.start, negative: true, textStart: minus.start),
      end == next.end
    else { return nil }
    advance(.expression)
    return expression(.constant(value), minus.start, end)
  }

  /// `[type] operand` (a cast) or `[type]` alone (a type literal, often before `::`).
  mutating func parseCastOrTypeLiteral() throws -> ExpressionAst {
    let open = advance(.expression)
    let nameStart = skipSpaces(from: open.end)
    guard let (name, nameEnd) = lexer.scanTypeName(at: nameStart) else {
      try failMissing("MissingTypename", Self.missingTypeName, before: peek(.expression))
    }
    let after = skipSpaces(from: nameEnd)
    if lexer.byte(after) == UInt8(ascii: "(") {
      return try parseAttributedExpression(open: open, name: name, nameRange: (nameStart, nameEnd))
    }
    guard lexer.byte(after) == UInt8(ascii: "]") else {
      jump(to: nameEnd)
      try failMissing(
        "EndSquareBracketExpectedAtEndOfType", Self.missingEndBracketType,
        before: peek(.expression))
    }
    jump(to: after + 1)
    let typeName = TypeName(name, range: range(nameStart, nameEnd))
    let next = peek(.expression)
    if isCastOperand(next) {
      let operand = try parseUnary()
      return expression(.convert(typeName, operand), open.start, operand.range.endOffset)
    }
    return try parsePostfix(expression(.typeLiteral(typeName), open.start, after + 1))
  }

  /// `[Name(args)] operand`: an attribute before a variable (usually a typed one) being
  /// assigned; the current position is the `(` after the name.
  mutating func parseAttributedExpression(
    open: Token, name: String, nameRange: (Int, Int)
  ) throws -> ExpressionAst {
    jump(to: skipSpaces(from: nameRange.1) + 1)
    let (positional, named) = try parseAttributeArguments()
    skipNewlines()
    let close = peek(.expression)
    guard close.kind == .rBracket else {
      try failMissing(
        "EndSquareBracketExpectedAtEndOfAttribute", Self.missingEndBracketAttribute, before: close)
    }
    advance(.expression)
    let attribute = AttributeAst(
      typeName: TypeName(name, range: range(nameRange.0, nameRange.1)),
      positionalArguments: positional, namedArguments: named, range: range(open.start, close.end))
    skipNewlines()
    let next = peek(.expression)
    guard next.kind == .lBracket || next.kind == .variable else {
      // Only a variable (typed or not) takes an attribute in an expression.
      report("UnexpectedAttribute", "Unexpected attribute '\(name)'.", open.start, close.end)
      throw ParseFailure()
    }
    let operand = try parseUnary()
    return expression(.attributed(attribute, operand), open.start, operand.range.endOffset)
  }

  /// True when `token` starts the operand of a cast rather than following a type literal.
  func isCastOperand(_ token: Token) -> Bool {
    switch token.kind {
    case .number, .variable, .string, .lParen, .dollarParen, .atParen, .atCurly, .lCurly,
      .lBracket, .plusPlus, .minusMinus:
      return true
    case .op:
      switch token.opName {
      case "!", "-not", "-bnot": return true
      case "-", "+": return !token.hasSpaceBefore
      default: return false
      }
    default:
      return false
    }
  }

  /// True when `token` can begin an operand.
  func canStartOperand(_ token: Token) -> Bool {
    switch token.kind {
    case .number, .variable, .splattedVariable, .string, .lParen, .dollarParen, .atParen,
      .atCurly, .lCurly, .lBracket, .plusPlus, .minusMinus, .comma:
      return true
    case .op:
      return token.opName.flatMap(Self.unaryOperator) != nil
    case .identifier:
      return allowsBareWords
    default:
      return false
    }
  }

  /// Fails with `id` just after `token` when the next token cannot start an operand.
  mutating func requireOperand(after token: Token, id: String) throws {
    let next = peek(.expression)
    guard !canStartOperand(next) else { return }
    let text = source.slice(token.start, token.end)
    let message: String
    switch id {
    case "ExpectedValueExpression": message = Self.expectedValue(text)
    case "MissingExpressionAfterOperator": message = Self.missingAfterUnary(text)
    default: message = Self.missingAfterToken(text)
    }
    if next.kind == .newline || next.kind == .endOfInput || next.kind == .semicolon
      || next.kind == .rParen || next.kind == .rCurly || next.kind == .pipe
    {
      report(id, message, token.end, token.end, incomplete: next.kind == .endOfInput)
      throw ParseFailure()
    }
    // pwsh reports the missing operand first, then the token that stands where it should be.
    report(id, message, token.end, token.end)
    try failUnexpected(next)
  }

  /// The binary operator an operator token spells, if any.
  static func binaryOperator(_ name: String) -> BinaryOperator? {
    if let op = fixedBinaryOperators[name] { return op }
    guard name.hasPrefix("-") else { return nil }
    let bare = String(name.dropFirst())
    if let comparison = ComparisonOperator(rawValue: bare) {
      return .comparison(comparison, caseSensitive: false)
    }
    guard let prefix = bare.first, prefix == "c" || prefix == "i",
      let comparison = ComparisonOperator(rawValue: String(bare.dropFirst()))
    else { return nil }
    return .comparison(comparison, caseSensitive: prefix == "c")
  }

  static let fixedBinaryOperators: [String: BinaryOperator] = [
    "+": .add, "-": .subtract, "*": .multiply, "/": .divide, "%": .remainder, "..": .range,
    "??": .nullCoalesce, "-f": .format, "-and": .and, "-or": .or, "-xor": .xor,
    "-band": .band, "-bor": .bor, "-bxor": .bxor, "-shl": .shl, "-shr": .shr,
    "-is": .isType, "-isnot": .isNotType, "-as": .asType, "-join": .join,
  ]

  /// A filter language's own operator (`-approx`), in filter mode only.
  func filterOperator(_ name: String) -> BinaryOperator? {
    let bare = name.dropFirst().lowercased()
    guard name.hasPrefix("-"), filterOperators.contains(bare) else { return nil }
    return .filterOperator(bare)
  }

  /// The unary operator an operator token spells, if any.
  static func unaryOperator(_ name: String) -> UnaryOperator? {
    switch name {
    case "!", "-not": return .not
    case "-bnot": return .bnot
    case "-": return .negate
    case "+": return .plus
    case "-split", "-isplit", "-csplit": return .split
    case "-join": return .join
    default: return nil
    }
  }
}
