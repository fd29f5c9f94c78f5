/// Which tokenizer rules apply, set by the parser as PowerShell's tokenizer mode is.
///
/// In expression mode `-eq` is an operator and `abc` an identifier; in argument mode
/// (after a command name) `-eq` is a parameter and `abc.txt` a bare word.
enum LexMode {
  case expression
  case argument
}

/// The category of a token.
enum TokenKind: Equatable {
  case endOfInput, newline, semicolon
  case number, variable, splattedVariable
  /// A quoted string, here-string or bare word; the value holds its parts.
  case string
  /// A bare name in expression mode: a member name or a hashtable key.
  case identifier
  case parameter, endOfParameters, label
  case redirection
  /// `<`, which PowerShell reserves.
  case redirectionInput
  case lParen, rParen, lCurly, rCurly, lBracket, rBracket
  case atParen, atCurly, dollarParen
  case comma, dot, doubleColon, questionDot, questionBracket, question, colon
  /// A unary or binary operator: `+`, `-`, `*`, `..`, `??`, `!`, `-eq`, `-not`, ...
  case op
  case assign
  case pipe, orOr, andAnd, ampersand
  case plusPlus, minusMinus
  case unknown
}

/// A piece of a string token before the parser turns `$(...)` spans into statements.
enum RawStringPart {
  case literal(String)
  case variable(VariablePath, SourceRange)
  /// `$( … )`: `start..<end` is the text between the parentheses.
  case subExpression(start: Int, end: Int, range: SourceRange)
}

/// What a redirection token does with its stream.
enum RedirectionKind: Equatable {
  case file(append: Bool)
  case merge
}

/// The payload of a token.
enum TokenValue {
  case none
  case number(ConstantValue)
  case variable(VariablePath)
  /// `isExpandable` is false for verbatim text (single quotes, plain bare words).
  case string(parts: [RawStringPart], kind: StringQuoteKind, isExpandable: Bool)
  case parameter(name: String, hasColon: Bool)
  case redirection(Redirection.Stream, RedirectionKind)
  /// Canonical operator spelling: `+`, `..`, `!`, or a lowercased dash name such as `-ceq`.
  case op(String)
  case assign(AssignmentOperator)
  case label(String)
}

/// One token with its place in the source.
struct Token {
  var kind: TokenKind
  var value: TokenValue
  /// UTF-8 offsets of the token text.
  var start: Int
  var end: Int
  /// True when whitespace or a comment separates this token from the previous one.
  var hasSpaceBefore: Bool
  /// A lexical error found while scanning this token, reported when it is consumed.
  var error: ParseError?

  init(
    _ kind: TokenKind, _ value: TokenValue = .none, start: Int, end: Int,
    hasSpaceBefore: Bool = false, error: ParseError? = nil
  ) {
    self.kind = kind
    self.value = value
    self.start = start
    self.end = end
    self.hasSpaceBefore = hasSpaceBefore
    self.error = error
  }

  /// The operator spelling for `.op` tokens, else nil.
  var opName: String? {
    if case .op(let name) = value { return name }
    return nil
  }

  /// True for a newline, `;`, or the end of input.
  var isStatementTerminator: Bool {
    kind == .newline || kind == .semicolon || kind == .endOfInput
  }

  /// True for tokens that end a pipeline element in argument mode.
  var endsCommand: Bool {
    switch kind {
    case .newline, .semicolon, .endOfInput, .rParen, .rCurly, .pipe, .orOr, .andAnd:
      return true
    default:
      return false
    }
  }
}
