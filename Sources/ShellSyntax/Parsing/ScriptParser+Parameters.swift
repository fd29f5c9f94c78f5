/// `param(...)` blocks, function parameter lists, attributes and type constraints.
extension ScriptParser {
  /// An attribute `[Name(args)]` or a type constraint `[type]` in a parameter declaration.
  enum AttributeOrType {
    case attribute(AttributeAst)
    case type(TypeName)
  }

  /// Attributes such as `[CmdletBinding()]` before `param`; restores the position and
  /// returns none when no `param` follows them.
  mutating func parseAttributesBeforeParam() -> [AttributeAst] {
    guard classifyNext() == .expression, peek(.expression).kind == .lBracket else { return [] }
    let saved = checkpoint()
    var attributes: [AttributeAst] = []
    while peek(.expression).kind == .lBracket {
      guard case .attribute(let attribute)? = try? parseAttributeOrType() else {  // backtrack
        restore(saved)
        return []
      }
      attributes.append(attribute)
      skipNewlines()
    }
    guard nextIsWord("param"), errors.count == saved.errorCount else {
      restore(saved)
      return []
    }
    return attributes
  }

  /// `param( parameters )`; the current token is the `param` keyword.
  mutating func parseParamBlock(attributes: [AttributeAst]) throws -> ParamBlockAst {
    let keyword = advance(.argument)
    skipNewlines()
    let open = peek(.expression)
    guard open.kind == .lParen else {
      try failMissing(
        "MissingOpenParenthesisAfterKeyword", "Missing opening '(' after keyword 'param'.",
        before: open)
    }
    advance(.expression)
    let parameters = try parseParameterList()
    let start = attributes.first?.range.startOffset ?? keyword.start
    return ParamBlockAst(
      attributes: attributes, parameters: parameters, range: range(start, lastTokenEnd))
  }

  /// Parameters up to and including the closing `)`; the `(` is already consumed.
  mutating func parseParameterList() throws -> [ParameterAst] {
    var parameters: [ParameterAst] = []
    while true {
      skipNewlines()
      let token = peek(.expression)
      if token.kind == .rParen {
        advance(.expression)
        return parameters
      }
      if token.kind == .endOfInput {
        try failMissing(
          "MissingEndParenthesisInFunctionParameterList", Self.missingEndParenParameters,
          before: token)
      }
      parameters.append(try parseParameter())
      skipNewlines()
      let next = peek(.expression)
      if next.kind == .comma {
        advance(.expression)
        continue
      }
      if next.kind != .rParen {
        try failMissing(
          "MissingEndParenthesisInFunctionParameterList", Self.missingEndParenParameters,
          before: next)
      }
    }
  }

  /// `[attributes] [type] $name [= default]`.
  mutating func parseParameter() throws -> ParameterAst {
    var attributes: [AttributeAst] = []
    var typeName: TypeName?
    let start = peek(.expression).start
    while peek(.expression).kind == .lBracket {
      switch try parseAttributeOrType() {
      case .attribute(let attribute): attributes.append(attribute)
      case .type(let type): typeName = type
      }
      skipNewlines()
    }
    let variable = peek(.expression)
    guard variable.kind == .variable, case .variable(let path) = variable.value else {
      if variable.kind == .endOfInput {
        try failMissing(
          "MissingEndParenthesisInFunctionParameterList", Self.missingEndParenParameters,
          before: variable)
      }
      report("InvalidFunctionParameter", Self.invalidParameter, variable.start, variable.end)
      throw ParseFailure()
    }
    advance(.expression)
    var defaultValue: ExpressionAst?
    if case .assign(.assign) = peek(.expression).value, peek(.expression).kind == .assign {
      let equals = advance(.expression)
      skipNewlines()
      try requireOperand(after: equals, id: "ExpectedValueExpression")
      let saved = isCommaDisabled
      isCommaDisabled = true
      defer { isCommaDisabled = saved }
      defaultValue = try parseExpression()
    }
    return ParameterAst(
      name: path, typeName: typeName, attributes: attributes, defaultValue: defaultValue,
      range: range(start, lastTokenEnd))
  }

  /// `[Name]` or `[Name(args)]`; the current token is `[`.
  mutating func parseAttributeOrType() throws -> AttributeOrType {
    let open = advance(.expression)
    let nameStart = skipSpaces(from: open.end)
    guard let (name, nameEnd) = lexer.scanTypeName(at: nameStart) else {
      try failMissing("MissingTypename", Self.missingTypeName, before: peek(.expression))
    }
    let typeName = TypeName(name, range: range(nameStart, nameEnd))
    let after = skipSpaces(from: nameEnd)
    if lexer.byte(after) == UInt8(ascii: "]") {
      jump(to: after + 1)
      return .type(typeName)
    }
    guard lexer.byte(after) == UInt8(ascii: "(") else {
      jump(to: nameEnd)
      try failMissing(
        "EndSquareBracketExpectedAtEndOfType", Self.missingEndBracketType,
        before: peek(.expression))
    }
    jump(to: after + 1)
    let (positional, named) = try parseAttributeArguments()
    skipNewlines()
    let close = peek(.expression)
    guard close.kind == .rBracket else {
      try failMissing(
        "EndSquareBracketExpectedAtEndOfAttribute", Self.missingEndBracketAttribute, before: close)
    }
    advance(.expression)
    return .attribute(
      AttributeAst(
        typeName: typeName, positionalArguments: positional, namedArguments: named,
        range: range(open.start, close.end)))
  }

  /// Offset of the first non-space byte at or after `offset`.
  func skipSpaces(from offset: Int) -> Int {
    var cursor = offset
    while lexer.spaceLength(cursor) > 0 { cursor += lexer.spaceLength(cursor) }
    return cursor
  }

  /// `positional, Name = value, Flag )` after an attribute's `(`.
  mutating func parseAttributeArguments() throws -> (
    [ExpressionAst], [(name: String, value: ExpressionAst?)]
  ) {
    var positional: [ExpressionAst] = []
    var named: [(name: String, value: ExpressionAst?)] = []
    let saved = isCommaDisabled
    isCommaDisabled = true
    defer { isCommaDisabled = saved }
    skipNewlines()
    if peek(.expression).kind == .rParen {
      advance(.expression)
      return (positional, named)
    }
    while true {
      skipNewlines()
      let token = peek(.expression)
      if token.kind == .identifier {
        let name = source.slice(token.start, token.end)
        let before = checkpoint()
        advance(.expression)
        skipNewlines()
        let next = peek(.expression)
        if next.kind == .assign {
          let equals = advance(.expression)
          skipNewlines()
          try requireOperand(after: equals, id: "ExpectedValueExpression")
          named.append((name: name, value: try parseExpression()))
        } else if next.kind == .comma || next.kind == .rParen {
          named.append((name: name, value: nil))
        } else {
          restore(before)
          positional.append(try parseExpression())
        }
      } else {
        guard canStartOperand(token) else { try failUnexpected(token) }
        positional.append(try parseExpression())
      }
      skipNewlines()
      let separator = peek(.expression)
      if separator.kind == .comma {
        advance(.expression)
        continue
      }
      if separator.kind == .rParen {
        advance(.expression)
        return (positional, named)
      }
      try failMissing("MissingEndParenthesisInExpression", Self.missingEndParen, before: separator)
    }
  }
}
