/// The members of a `class` body: properties, methods and constructors, with pwsh's checks for
/// duplicates and incomplete members.
extension ScriptParser {
  /// The attributes, type and `hidden`/`static` keywords before a member, in any order.
  struct MemberPrefix {
    var attributes: [AttributeAst] = []
    var typeName: TypeName?
    var isStatic = false
    var isHidden = false
    var start: Int
  }

  /// Members up to `}` (not consumed).
  mutating func parseClassMembers(className: String) -> (
    [PropertyMemberAst], [FunctionMemberAst]
  ) {
    var properties: [PropertyMemberAst] = []
    var methods: [FunctionMemberAst] = []
    var propertyNames: Set<String> = []
    var signatures: Set<String> = []
    while !isAborted {
      skipSeparators()
      let token = peek(.expression)
      if token.kind == .rCurly || token.kind == .endOfInput { break }
      do {
        let prefix = try parseMemberPrefix()
        let next = peek(.expression)
        if next.kind == .variable, case .variable(let path) = next.value {
          let property = try parseProperty(prefix, name: path.name, token: next)
          if !propertyNames.insert(path.name.lowercased()).inserted {
            report(
              "MemberAlreadyDefined", "The member '\(path.name)' is already defined.",
              next.start, next.end)
          }
          properties.append(property)
          continue
        }
        guard let name = memberName(peek(.expression)) else {
          let bad = peek(.expression)
          if bad.kind == .rCurly || bad.kind == .endOfInput || bad.isStatementTerminator {
            try failMissing(
              "IncompleteMemberDefinition", "Missing a property name or method definition.",
              before: bad)
          }
          try failUnexpected(bad)
        }
        let nameToken = advance(.expression)
        let method = try parseMethod(prefix, name: name, className: className)
        let signature =
          name.lowercased() + "("
          + method.parameters.map { $0.typeName?.name.lowercased() ?? "object" }.joined(
            separator: ",") + ")"
        if !signatures.insert(signature).inserted {
          report(
            "MemberAlreadyDefined", "The member '\(name)' is already defined.", nameToken.start,
            nameToken.end)
        }
        methods.append(method)
      } catch {
        synchronize(closers: [.rCurly])
      }
    }
    return (properties, methods)
  }

  /// The name an expression-mode identifier token spells; nil for other tokens.
  func memberName(_ token: Token) -> String? {
    guard token.kind == .identifier else { return nil }
    return source.slice(token.start, token.end)
  }

  mutating func parseMemberPrefix() throws -> MemberPrefix {
    var prefix = MemberPrefix(start: peek(.expression).start)
    while true {
      if peek(.expression).kind == .lBracket {
        let bracket = peek(.expression)
        switch try parseAttributeOrType() {
        case .attribute(let attribute): prefix.attributes.append(attribute)
        case .type(let type):
          if prefix.typeName != nil {
            report(
              "TooManyTypes", "Only one type may be specified on class members.", bracket.start,
              lastTokenEnd)
          }
          prefix.typeName = type
        }
      } else if nextIsWord("static") {
        advance(.argument)
        prefix.isStatic = true
      } else if nextIsWord("hidden") {
        advance(.argument)
        prefix.isHidden = true
      } else {
        return prefix
      }
      skipNewlines()
    }
  }

  /// `$Name [= initializer]` then the end of the line, `;` or `}`.
  mutating func parseProperty(_ prefix: MemberPrefix, name: String, token: Token) throws
    -> PropertyMemberAst
  {
    advance(.expression)
    var initializer: ExpressionAst?
    if peek(.expression).kind == .assign {
      let equals = advance(.expression)
      skipNewlines()
      try requireOperand(after: equals, id: "ExpectedValueExpression")
      initializer = try parseExpression()
    }
    let next = peek(.expression)
    if !next.isStatementTerminator, next.kind != .rCurly {
      report(
        "MissingPropertyTerminator", "Missing ';' or end-of-line in property definition.",
        lastTokenEnd, lastTokenEnd)
      throw ParseFailure()
    }
    return PropertyMemberAst(
      name: name, typeName: prefix.typeName, isStatic: prefix.isStatic, isHidden: prefix.isHidden,
      attributes: prefix.attributes, initializer: initializer,
      range: range(prefix.start, lastTokenEnd))
  }

  /// `Name(params) [: base(args)] { body }`; the name is consumed.
  mutating func parseMethod(_ prefix: MemberPrefix, name: String, className: String) throws
    -> FunctionMemberAst
  {
    guard peek(.expression).kind == .lParen else {
      try failMissing(
        "MissingMethodParameterList", "Missing '(' in class method parameter list.",
        before: peek(.expression))
    }
    advance(.expression)
    let parameters = try parseParameterList()
    let isConstructor = name.lowercased() == className.lowercased()
    if isConstructor, let type = prefix.typeName {
      let offset = type.range?.startOffset ?? prefix.start
      report(
        "ConstructorCantHaveReturnType", "A constructor cannot specify a return type.", offset,
        type.range?.endOffset ?? offset)
    }
    skipNewlines()
    var baseArguments: [ExpressionAst]?
    if isConstructor, peek(.expression).kind == .colon {
      advance(.expression)
      skipNewlines()
      guard nextIsWord("base") else {
        try failMissing(
          "MissingBaseCtorCall", "Missing 'base' after ':' in a base class constructor call.",
          before: peek(.expression))
      }
      advance(.argument)
      guard peek(.expression).kind == .lParen else {
        try failMissing(
          "MissingMethodParameterList", "Missing '(' in class method parameter list.",
          before: peek(.expression))
      }
      advance(.expression)
      baseArguments = try parseMethodArguments()
      skipNewlines()
    }
    guard peek(.expression).kind == .lCurly else {
      try failMissing("MissingFunctionBody", Self.missingFunctionBody, before: peek(.expression))
    }
    let body = try parseScriptBlockLiteral()
    return FunctionMemberAst(
      name: name, returnType: isConstructor ? nil : prefix.typeName, isStatic: prefix.isStatic,
      isHidden: prefix.isHidden, isConstructor: isConstructor, parameters: parameters,
      baseArguments: baseArguments, body: body, range: range(prefix.start, body.range.endOffset))
  }
}
