/// `class` and `enum` definitions: their headers, members and pwsh's errors for bad members.
extension ScriptParser {
  /// Attributes at the start of a statement followed by `class` or `enum`
  /// (`[Flags()] enum E { }`); nil, with the position restored, for anything else.
  mutating func parseAttributedTypeDefinition() throws -> StatementAst? {
    guard peek(.expression).kind == .lBracket else { return nil }
    let saved = checkpoint()
    var attributes: [AttributeAst] = []
    while peek(.expression).kind == .lBracket {
      // A type literal or a broken attribute here means an ordinary expression statement.
      guard case .attribute(let attribute)? = try? parseAttributeOrType(),  // else: backtrack
        errors.count == saved.errorCount
      else {
        restore(saved)
        return nil
      }
      attributes.append(attribute)
      skipNewlines()
    }
    for keyword in ["class", "enum"] where nextIsWord(keyword) {
      return try parseTypeDefinition(keyword, attributes: attributes)
    }
    restore(saved)
    return nil
  }

  /// `class Name [: Base [, Interface]] { members }` or `enum Name [: type] { members }`; the
  /// current token is the keyword.
  mutating func parseTypeDefinition(_ keyword: String, attributes: [AttributeAst]) throws
    -> StatementAst
  {
    let keywordToken = advance(.argument)
    let start = attributes.first?.range.startOffset ?? keywordToken.start
    let nameToken = peek(.argument)
    guard nameToken.kind == .string, let name = plainName(nameToken) else {
      try failMissing(
        "MissingNameAfterKeyword", "Missing name after \(keyword) keyword.", before: nameToken)
    }
    advance(.argument)
    let nameRange = range(nameToken.start, nameToken.end)
    skipNewlines()
    var baseTypes: [TypeName] = []
    if peek(.expression).kind == .colon {
      advance(.expression)
      repeat {
        if !baseTypes.isEmpty { advance(.expression) }  // the comma
        let nameStart = skipSpaces(from: lastTokenEnd)
        guard let (baseName, baseEnd) = lexer.scanTypeName(at: nameStart) else {
          try failMissing("TypeNameExpected", "Type name expected.", before: peek(.expression))
        }
        baseTypes.append(TypeName(baseName, range: range(nameStart, baseEnd)))
        jump(to: baseEnd)
        skipNewlines()
      } while peek(.expression).kind == .comma
    }
    guard peek(.expression).kind == .lCurly else {
      try failMissing(
        "MissingTypeBody", "Missing '\(keyword)' body in '\(keyword)' declaration.",
        before: peek(.expression))
    }
    advance(.expression)
    var properties: [PropertyMemberAst] = []
    var methods: [FunctionMemberAst] = []
    var enumMembers: [EnumMemberAst] = []
    if keyword == "enum" {
      enumMembers = parseEnumMembers()
    } else {
      (properties, methods) = parseClassMembers(className: name)
    }
    let end = expectCloseCurly()
    let definition = TypeDefinitionAst(
      kind: keyword == "enum" ? .enumType : .classType, name: name, nameRange: nameRange,
      attributes: attributes, baseTypes: baseTypes, properties: properties, methods: methods,
      enumMembers: enumMembers, range: range(start, end))
    if !typeDefinitionStack.isEmpty {
      typeDefinitionStack[typeDefinitionStack.count - 1].append(definition)
    }
    return statement(.typeDefinition(definition), start, end)
  }

  /// The text of a bare word that can name a type or member.
  func plainName(_ token: Token) -> String? {
    guard let word = plainWord(token) else { return nil }
    let text = source.slice(token.start, token.end)
    guard word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { return nil }
    return text
  }

  /// Enum members up to `}` (not consumed): `Name [= value]`, one per line or `;`.
  mutating func parseEnumMembers() -> [EnumMemberAst] {
    var members: [EnumMemberAst] = []
    var seen: Set<String> = []
    while !isAborted {
      skipSeparators()
      let token = peek(.expression)
      if token.kind == .rCurly || token.kind == .endOfInput { return members }
      guard let name = memberName(token) else {
        reportUnexpected(token)
        synchronize(closers: [.rCurly])
        continue
      }
      advance(.expression)
      var value: ExpressionAst?
      if peek(.expression).kind == .assign {
        let equals = advance(.expression)
        skipNewlines()
        do {
          try requireOperand(after: equals, id: "ExpectedValueExpression")
          value = try parseExpression()
        } catch {
          synchronize(closers: [.rCurly])
        }
      }
      if !seen.insert(name.lowercased()).inserted {
        report(
          "MemberAlreadyDefined", "The member '\(name)' is already defined.", token.start,
          token.end)
      }
      members.append(
        EnumMemberAst(name: name, value: value, range: range(token.start, lastTokenEnd)))
    }
    return members
  }
}
