/// The recursive-descent parser's state: the lexer, one token of lookahead, and the errors.
///
/// Each grammar rule is a method in one of the `ScriptParser+*.swift` files. A rule that
/// cannot continue records its error and throws `ParseFailure`; the enclosing statement
/// list catches it and resynchronises at the next newline, `;` or closing brace.
struct ScriptParser {
  static let maxDepth = 200
  static let maxErrors = 100
  /// The most links a chain may have, counting those of the chains it sits in.
  ///
  /// Links are binary operators, member accesses and indexes after one operand, and commands
  /// of one pipeline: each is one more level for the evaluator to recurse through. An AD
  /// filter of 10,000 `-or` terms is a chain of 10,000 operators and must parse.
  static let maxChainLength = 20_000
  /// The most commands one pipeline may have.
  static let maxPipelineLength = 10_000

  let source: SourceText
  var lexer: Lexer
  var errors: [ParseError] = []
  /// Offset just past the last consumed token, where "missing X" errors point.
  var lastTokenEnd: Int
  /// Nesting depth of statements and unary expressions, bounded by `maxDepth`.
  var depth: Int
  /// Links of the chains being parsed, bounded by `maxChainLength`.
  var chainLength = 0
  /// Set when nesting got too deep; every later peek then sees the end of input.
  var isAborted = false
  /// Inside method-call and attribute arguments a comma separates arguments.
  var isCommaDisabled = false
  /// `Parser.parseExpression` accepts bare words as string operands (AD filters).
  let allowsBareWords: Bool
  /// `Parser.parseFilter`'s extra operators; when there are any, parentheses hold an
  /// expression rather than a statement, as in a filter language.
  let filterOperators: Set<String>

  /// The `class`/`enum` definitions of each script body being parsed, innermost last: pwsh
  /// defines them when their script block starts, wherever they are written in it.
  var typeDefinitionStack: [[TypeDefinitionAst]] = []

  private var lookahead: Token?
  private var lookaheadMode = LexMode.expression
  private var lookaheadScanStart = 0

  init(
    source: SourceText, start: Int = 0, end: Int? = nil, depth: Int = 0,
    allowsBareWords: Bool = false, filterOperators: Set<String> = []
  ) {
    self.source = source
    self.lexer = Lexer(source: source, start: start, end: end)
    self.lexer.extraDashOperators = filterOperators
    self.lastTokenEnd = lexer.position
    self.depth = depth
    self.allowsBareWords = allowsBareWords || !filterOperators.isEmpty
    self.filterOperators = filterOperators
  }

  // MARK: Tokens

  /// The next token scanned in `mode`, without consuming it.
  mutating func peek(_ mode: LexMode) -> Token {
    if isAborted { return Token(.endOfInput, start: lexer.end, end: lexer.end) }
    if let token = lookahead {
      if lookaheadMode == mode { return token }
      lexer.position = lookaheadScanStart
    }
    lookaheadScanStart = lexer.position
    let token = lexer.next(mode)
    lookahead = token
    lookaheadMode = mode
    return token
  }

  /// Consumes the next token (scanned in `mode`) and reports its lexical error, if any.
  @discardableResult
  mutating func advance(_ mode: LexMode) -> Token {
    let token = peek(mode)
    lookahead = nil
    if token.kind != .endOfInput { lastTokenEnd = token.end }
    if let error = token.error { report(error) }
    return token
  }

  /// Drops the lookahead so the lexer continues from where that token began.
  mutating func rewindLookahead() {
    if lookahead != nil {
      lexer.position = lookaheadScanStart
      lookahead = nil
    }
  }

  /// Moves the lexer to `offset` after the parser consumed raw text (type names).
  mutating func jump(to offset: Int) {
    lookahead = nil
    lexer.position = offset
    lastTokenEnd = offset
  }

  /// Consumes newline tokens.
  mutating func skipNewlines(_ mode: LexMode = .expression) {
    while peek(mode).kind == .newline { advance(mode) }
  }

  /// Consumes newline and `;` tokens.
  mutating func skipSeparators() {
    while true {
      let kind = peek(.expression).kind
      guard kind == .newline || kind == .semicolon else { return }
      advance(.expression)
    }
  }

  /// How the next statement or pipeline element starts (command or expression).
  mutating func classifyNext() -> Lexer.ElementStart {
    rewindLookahead()
    if isAborted { return .command }
    return lexer.classifyElementStart()
  }

  /// The lowercased text of a plain bare word token, used to spot keywords.
  func plainWord(_ token: Token) -> String? {
    guard token.kind == .string,
      case .string(_, .bare, false) = token.value
    else { return nil }
    let text = source.slice(token.start, token.end)
    guard !text.contains("`"), !text.contains("'"), !text.contains("\"") else { return nil }
    return text.lowercased()
  }

  /// True when the next token is the plain word `word` in argument mode.
  mutating func nextIsWord(_ word: String) -> Bool {
    nextMayBeWord() && plainWord(peek(.argument)) == word
  }

  /// False when the next character (after spaces) is a digit or a character that starts an
  /// expression, so no word can follow: a test that saves scanning a 200,000-character
  /// `1+1+…` as one argument word to learn that it is not `begin` or `else`.
  func nextMayBeWord() -> Bool {
    let start = skipSpaces(from: lookahead != nil ? lookaheadScanStart : lexer.position)
    switch lexer.byte(start) {
    case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "$"), UInt8(ascii: "("),
      UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "'"):
      return false
    default:
      return true
    }
  }

  // MARK: Backtracking

  /// A saved parser position for speculative parsing.
  struct Checkpoint {
    let position: Int
    let errorCount: Int
    let lastTokenEnd: Int
  }

  mutating func checkpoint() -> Checkpoint {
    Checkpoint(
      position: lookahead != nil ? lookaheadScanStart : lexer.position, errorCount: errors.count,
      lastTokenEnd: lastTokenEnd)
  }

  mutating func restore(_ checkpoint: Checkpoint) {
    lookahead = nil
    lexer.position = checkpoint.position
    if errors.count > checkpoint.errorCount { errors.removeSubrange(checkpoint.errorCount...) }
    lastTokenEnd = checkpoint.lastTokenEnd
  }

  // MARK: Errors and nesting

  mutating func report(_ error: ParseError) {
    guard !isAborted else { return }
    errors.append(error)
    if errors.count >= Self.maxErrors { isAborted = true }
  }

  /// Enters one nesting level; past `maxDepth` the parse stops with one error.
  mutating func enterNesting() throws {
    depth += 1
    guard depth <= Self.maxDepth else {
      let token = peek(.expression)
      report("ScriptTooComplicated", Self.tooComplex, token.start, token.end)
      isAborted = true
      throw ParseFailure()
    }
  }

  mutating func leaveNesting() { depth -= 1 }

  /// Adds one link to the chain being parsed (counted in `links`, which the caller gives back
  /// with `chainLength -= links` when the chain ends); past `maxChainLength` the parse stops
  /// with the error pwsh gives a script too deep for its stack.
  mutating func extendChain(
    _ links: inout Int, at token: Token, limit: Int = ScriptParser.maxChainLength
  ) throws {
    links += 1
    chainLength += 1
    guard chainLength <= Self.maxChainLength, links <= limit else {
      report("ScriptTooComplicated", Self.tooComplex, token.start, token.end)
      isAborted = true
      throw ParseFailure()
    }
  }

  // MARK: Ranges

  func range(_ start: Int, _ end: Int) -> SourceRange {
    SourceRange(source: source, startOffset: start, endOffset: end)
  }

  func expression(_ kind: ExpressionKind, _ start: Int, _ end: Int) -> ExpressionAst {
    ExpressionAst(kind, range(start, end))
  }

  func statement(_ kind: StatementKind, _ start: Int, _ end: Int) -> StatementAst {
    StatementAst(kind, range(start, end))
  }

  /// Wraps an expression as a one-element pipeline statement.
  func pipelineStatement(_ expression: ExpressionAst) -> StatementAst {
    let pipeline = PipelineAst(
      elements: [.expression(expression, redirections: [])], range: expression.range)
    return StatementAst(.pipeline(pipeline), expression.range)
  }
}
