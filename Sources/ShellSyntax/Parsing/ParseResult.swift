/// What the parser returns: the script's AST and the errors it found.
///
/// The parser never throws and never stops at the first error; the runner executes nothing
/// when `errors` is not empty.
public struct ParseResult: Sendable {
  public let script: ScriptBlockAst
  public let errors: [ParseError]

  public init(script: ScriptBlockAst, errors: [ParseError]) {
    self.script = script
    self.errors = errors
  }

  /// True when the input stopped inside an unfinished construct, so more lines may complete it.
  public var isIncompleteInput: Bool { errors.contains { $0.isIncompleteInput } }
}
