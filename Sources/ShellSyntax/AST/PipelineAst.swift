/// A pipeline, `element | element | …`.
///
/// The first element may be an expression; the rest are commands.
public struct PipelineAst: Sendable {
  public let elements: [PipelineElement]
  public let range: SourceRange

  public init(elements: [PipelineElement], range: SourceRange) {
    self.elements = elements
    self.range = range
  }
}

public enum PipelineElement: Sendable {
  /// An expression in the first position, for example `1..3` in `1..3 | % { $_ }`.
  case expression(ExpressionAst, redirections: [Redirection])
  case command(CommandAst)

  public var range: SourceRange {
    switch self {
    case .expression(let expression, _): return expression.range
    case .command(let command): return command.range
    }
  }
}

/// A command invocation in argument mode: `Get-Thing -Name x pos1`, `& $sb 1`, `. ./lib.ps1`.
public struct CommandAst: Sendable {
  public enum Invocation: Sendable {
    case normal
    case ampersand  // & cmd: call in a child scope
    case dot  // . cmd: dot-source into the current scope
  }

  public let invocation: Invocation
  /// The command name: a bare word, a string, a variable or a script block.
  public let name: ExpressionAst
  public let elements: [CommandElement]
  public let redirections: [Redirection]
  public let range: SourceRange

  public init(
    invocation: Invocation, name: ExpressionAst, elements: [CommandElement],
    redirections: [Redirection], range: SourceRange
  ) {
    self.invocation = invocation
    self.name = name
    self.elements = elements
    self.redirections = redirections
    self.range = range
  }

  /// The command name when it is written as a literal word or string.
  public var literalName: String? {
    switch name.kind {
    case .stringConstant(let text, _): return text
    default: return nil
    }
  }
}

public enum CommandElement: Sendable {
  /// `-Name`, or `-Name:value` when `argument` is set.
  ///
  /// `text` is the token as written.
  case parameter(name: String, argument: ExpressionAst?, range: SourceRange)
  /// A positional argument or the value after a `-Name`.
  case argument(ExpressionAst)
  /// `--`: later `-x` words are plain arguments (the parser already turned them into strings).
  case endOfParameters(SourceRange)
  /// `--%` and the rest of the line after it (to a newline or `|`), which a native command
  /// receives as written instead of parsed (`text` is what follows `--%`).
  case stopParsing(text: String, range: SourceRange)

  public var range: SourceRange {
    switch self {
    case .parameter(_, _, let range): return range
    case .argument(let expression): return expression.range
    case .endOfParameters(let range): return range
    case .stopParsing(_, let range): return range
    }
  }
}

/// `> file`, `>> file`, `2> file`, `2>&1`, `*> $null`.
public struct Redirection: Sendable {
  public enum Stream: Sendable, Hashable {
    case output, error, warning, verbose, debug, information, all
  }
  public enum Target: Sendable {
    case file(ExpressionAst, append: Bool)
    case mergeToOutput  // n>&1
  }

  public let stream: Stream
  public let target: Target
  public let range: SourceRange

  public init(stream: Stream, target: Target, range: SourceRange) {
    self.stream = stream
    self.target = target
    self.range = range
  }
}
