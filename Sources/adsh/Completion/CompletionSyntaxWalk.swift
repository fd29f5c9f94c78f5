import ShellSyntax

/// Finds, in the parsed text before the cursor, the command and the expression the cursor ends.
///
/// Completion reads the parser's AST instead of tokenizing the line again: the innermost
/// command whose extent reaches the cursor tells which parameter table applies, and the
/// innermost variable or member expression ending at the cursor is the word being typed.
struct CompletionSyntaxWalk {
  /// The UTF-8 offset of the cursor; the parsed text ends there.
  let cursor: Int
  /// Commands whose extent contains the cursor, outermost first.
  private(set) var commands: [CommandAst] = []
  /// Variable and member expressions that end at the cursor, outermost first.
  private(set) var expressions: [ExpressionAst] = []
  /// Pipelines whose extent contains the cursor, outermost first: what flows into a command.
  private(set) var pipelines: [PipelineAst] = []
  /// The parsed text, which ends at the cursor.
  private let text: [UInt8]

  init(script: ScriptBlockAst, text: [UInt8]) {
    self.cursor = text.count
    self.text = text
    var commands: [CommandAst] = []
    var expressions: [ExpressionAst] = []
    var pipelines: [PipelineAst] = []
    AstWalk.walk(.scriptBlock(script)) { node in
      // A node that ends before the cursor holds nothing being typed, nor do its children.
      if case .scriptBlock = node { return .continue }
      guard reaches(node.range) else { return .skipChildren }
      switch node {
      case .command(let command):
        commands.append(command)
      case .expression(let expression):
        switch expression.kind {
        case .variable, .member:
          if expression.range.endOffset == cursor { expressions.append(expression) }
        default:
          break
        }
      case .statement(let statement):
        if case .pipeline(let pipeline) = statement.kind { pipelines.append(pipeline) }
      case .scriptBlock:
        break
      }
      return .continue
    }
    self.commands = commands
    self.expressions = expressions
    self.pipelines = pipelines
  }

  /// Whether a node's extent reaches the cursor, allowing blanks between its end and the
  /// cursor (`Get-Thing -Name <Tab>` still completes for `Get-Thing`).
  private func reaches(_ range: SourceRange) -> Bool {
    guard range.startOffset <= cursor else { return false }
    guard range.endOffset < cursor else { return true }
    let start = max(0, range.endOffset)
    return text[start..<cursor].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }
}
