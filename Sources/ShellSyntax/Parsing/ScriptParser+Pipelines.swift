/// Pipeline chains (`&&`, `||`), assignments, pipelines and redirections.
extension ScriptParser {
  /// `pipeline [&& pipeline | || pipeline]...`; a lone pipeline may be an assignment.
  mutating func parsePipelineChain() throws -> StatementAst {
    var left = try parsePipeline(allowsAssignment: true)
    while true {
      let token = peek(.expression)
      let op: PipelineChainOperator
      switch token.kind {
      case .andAnd: op = .and
      case .orOr: op = .or
      default: return left
      }
      advance(.expression)
      skipNewlines()
      let next = peek(.expression)
      if next.endsCommand {
        try failMissing("EmptyPipelineChainElement", Self.emptyChainElement, before: next)
      }
      let right = try parsePipeline(allowsAssignment: false)
      left = statement(
        .pipelineChain(left, op, right), left.range.startOffset, right.range.endOffset)
    }
  }

  /// `element | element ...`, or `target = value` when the first element is an assignable
  /// expression followed by an assignment operator.
  mutating func parsePipeline(allowsAssignment: Bool) throws -> StatementAst {
    var elements: [PipelineElement] = []
    let opening = peek(.expression)
    if opening.kind == .pipe {
      // A line that starts with `|` continues the pipeline on the line before it; with nothing
      // before it (a blank line between), the element before the pipe is empty.
      report("EmptyPipeElement", Self.emptyPipeElement, opening.start, opening.start)
      throw ParseFailure()
    }
    let start = classifyNext()
    if start == .expression {
      let expression = try parseExpression()
      let next = peek(.expression)
      if next.kind == .assign, case .assign(let op) = next.value {
        guard allowsAssignment else { try failUnexpected(next) }
        return try parseAssignment(target: expression, op: op)
      }
      let redirections = try parseRedirections()
      elements.append(.expression(expression, redirections: redirections))
    } else {
      elements.append(.command(try parseCommand(start)))
    }
    var links = 0
    defer { chainLength -= links }
    while peek(.expression).kind == .pipe || nextLineStartsWithPipe() {
      skipNewlines()
      let pipe = advance(.expression)
      try extendChain(&links, at: pipe, limit: Self.maxPipelineLength)
      skipNewlines()
      let next = peek(.argument)
      if next.endsCommand {
        report(
          "EmptyPipeElement", Self.emptyPipeElement, pipe.end, pipe.end,
          incomplete: next.kind == .endOfInput)
        throw ParseFailure()
      }
      let elementStart = classifyNext()
      if elementStart == .expression {
        let token = peek(.expression)
        report(
          "ExpressionsMustBeFirstInPipeline", Self.expressionsMustBeFirst, token.start,
          token.end)
        throw ParseFailure()
      }
      elements.append(.command(try parseCommand(elementStart)))
    }
    let first = elements.first?.range.startOffset ?? lastTokenEnd
    let last = elements.last.map(elementEnd) ?? lastTokenEnd
    let pipeline = PipelineAst(elements: elements, range: range(first, last))
    return statement(.pipeline(pipeline), first, last)
  }

  /// True when the next line that is not only a comment starts with a single `|`.
  ///
  /// pwsh 7 continues the pipeline there; a blank line between ends the pipeline.
  mutating func nextLineStartsWithPipe() -> Bool {
    let token = peek(.expression)
    guard token.kind == .newline else { return false }
    let bytes = source.utf8
    var index = token.start
    while index < bytes.count {
      // Past the line end: `\r\n`, `\n` or a lone `\r`.
      if bytes[index] == UInt8(ascii: "\r") { index += 1 }
      if index < bytes.count, bytes[index] == UInt8(ascii: "\n") { index += 1 }
      while index < bytes.count, Self.isLineSpace(bytes, index) {
        index += bytes[index] == 0xC2 ? 2 : 1
      }
      guard index < bytes.count else { return false }
      switch bytes[index] {
      case UInt8(ascii: "#"):
        while index < bytes.count, bytes[index] != UInt8(ascii: "\n"),
          bytes[index] != UInt8(ascii: "\r")
        {
          index += 1
        }
      case UInt8(ascii: "|"):
        return index + 1 >= bytes.count || bytes[index + 1] != UInt8(ascii: "|")
      default:
        return false
      }
    }
    return false
  }

  /// Space, tab, form feed, vertical tab, and (UTF-8) no-break space and next-line: the white
  /// space pwsh allows before a continuing pipe.
  private static func isLineSpace(_ bytes: [UInt8], _ index: Int) -> Bool {
    switch bytes[index] {
    case 0x20, 0x09, 0x0B, 0x0C: return true
    case 0xC2:
      return index + 1 < bytes.count && (bytes[index + 1] == 0xA0 || bytes[index + 1] == 0x85)
    default: return false
    }
  }

  /// The end of an element including its redirections.
  func elementEnd(_ element: PipelineElement) -> Int {
    switch element {
    case .expression(let expression, let redirections):
      return max(expression.range.endOffset, redirections.last?.range.endOffset ?? 0)
    case .command(let command):
      return command.range.endOffset
    }
  }

  /// `target op value`; the value is itself a statement (`$a = $b = 1`, `$x = if ...`).
  mutating func parseAssignment(target: ExpressionAst, op: AssignmentOperator) throws
    -> StatementAst
  {
    let opToken = advance(.expression)
    // Only `=` spreads a value over several targets (`$a, $b = 1, 2`); `$a, $b += 1` is invalid.
    var isArrayTarget = false
    if case .arrayLiteral = target.kind { isArrayTarget = true }
    if !isAssignable(target) || (isArrayTarget && op != .assign) {
      report(
        "InvalidLeftHandSide", Self.invalidLeftHandSide, target.range.startOffset,
        target.range.endOffset)
    }
    skipNewlines()
    let next = peek(.argument)
    if next.endsCommand {
      let text = source.slice(opToken.start, opToken.end)
      report(
        "ExpectedValueExpression", Self.expectedValue(text), opToken.end, opToken.end,
        incomplete: next.kind == .endOfInput)
      throw ParseFailure()
    }
    let value = try parseStatement()
    return statement(
      .assignment(target: target, op: op, value: value), target.range.startOffset,
      value.range.endOffset)
  }

  /// True for expressions that can be assigned to: variables, members, indexes, casts of
  /// those, and arrays of them.
  func isAssignable(_ expression: ExpressionAst) -> Bool {
    switch expression.kind {
    case .variable(_, isSplatted: false), .member, .index:
      return true
    case .convert(_, let inner), .attributed(_, let inner):
      return isAssignable(inner)
    case .arrayLiteral(let items):
      return items.allSatisfy(isAssignable)
    case .paren(let statement):
      if case .pipeline(let pipeline) = statement.kind, pipeline.elements.count == 1,
        case .expression(let inner, _) = pipeline.elements[0]
      {
        return isAssignable(inner)
      }
      return false
    default:
      return false
    }
  }

  /// Redirections after an expression pipeline element (`$x > file`, `$y 2>&1`).
  mutating func parseRedirections() throws -> [Redirection] {
    var redirections: [Redirection] = []
    while true {
      let token = peek(.argument)
      if token.kind == .redirection {
        redirections.append(try parseRedirection())
      } else if token.kind == .redirectionInput {
        advance(.argument)
        report("RedirectionNotSupported", Self.redirectionNotSupported("<"), token.start, token.end)
      } else {
        return redirections
      }
    }
  }

  /// One redirection; the current token (argument mode) is the operator.
  mutating func parseRedirection() throws -> Redirection {
    let token = advance(.argument)
    guard case .redirection(let stream, let kind) = token.value else {
      try failUnexpected(token)
    }
    switch kind {
    case .merge:
      return Redirection(
        stream: stream, target: .mergeToOutput, range: range(token.start, token.end))
    case .file(let append):
      let next = peek(.argument)
      if next.endsCommand || next.kind == .redirection {
        try failMissing("MissingFileSpecification", Self.missingFileSpecification, before: next)
      }
      let target = try parseCommandArgument()
      return Redirection(
        stream: stream, target: .file(target, append: append),
        range: range(token.start, target.range.endOffset))
    }
  }
}
