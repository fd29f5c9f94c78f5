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
  /// The parsed text, which ends at the cursor.
  private let text: [UInt8]

  init(script: ScriptBlockAst, text: [UInt8]) {
    self.cursor = text.count
    self.text = text
    visit(script)
  }

  /// Whether a node's extent reaches the cursor, allowing blanks between its end and the
  /// cursor (`Get-Thing -Name <Tab>` still completes for `Get-Thing`).
  private func reaches(_ range: SourceRange) -> Bool {
    guard range.startOffset <= cursor else { return false }
    guard range.endOffset < cursor else { return true }
    let start = max(0, range.endOffset)
    return text[start..<cursor].allSatisfy { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") }
  }

  private mutating func visit(_ script: ScriptBlockAst) {
    for parameter in script.paramBlock?.parameters ?? [] {
      if let value = parameter.defaultValue { visit(value) }
    }
    for block in [script.beginBlock, script.processBlock, script.endBlock] {
      if let block { visit(block) }
    }
  }

  private mutating func visit(_ block: StatementBlock) {
    for statement in block.statements { visit(statement) }
  }

  private mutating func visit(_ statements: [StatementAst]) {
    for statement in statements { visit(statement) }
  }

  private mutating func visit(_ statement: StatementAst?) {
    guard let statement, reaches(statement.range) else { return }
    switch statement.kind {
    case .pipeline(let pipeline):
      for element in pipeline.elements {
        switch element {
        case .expression(let expression, _): visit(expression)
        case .command(let command): visit(command)
        }
      }
    case .pipelineChain(let left, _, let right):
      visit(left)
      visit(right)
    case .assignment(let target, _, let value):
      visit(target)
      visit(value)
    case .ifStatement(let clauses, let elseBody):
      for clause in clauses {
        visit(clause.condition)
        visit(clause.body)
      }
      if let elseBody { visit(elseBody) }
    case .foreachStatement(_, _, let iterable, let body):
      visit(iterable)
      visit(body)
    case .forStatement(_, let initializer, let condition, let iterator, let body):
      visit(initializer)
      visit(condition)
      visit(iterator)
      visit(body)
    case .whileStatement(_, let condition, let body):
      visit(condition)
      visit(body)
    case .doLoop(_, let body, let condition, _):
      visit(body)
      visit(condition)
    case .switchStatement(let switchAst):
      visit(switchAst.condition)
      for clause in switchAst.clauses {
        visit(clause.test)
        visit(clause.body)
      }
      if let defaultBody = switchAst.defaultBody { visit(defaultBody) }
    case .returnStatement(let value), .exitStatement(let value), .throwStatement(let value):
      visit(value)
    case .functionDefinition(let definition):
      visit(definition.body)
    case .tryStatement(let body, let catches, let finallyBlock):
      visit(body)
      for clause in catches { visit(clause.body) }
      if let finallyBlock { visit(finallyBlock) }
    case .trapStatement(_, let body):
      visit(body)
    case .breakStatement, .continueStatement, .empty:
      break
    }
  }

  private mutating func visit(_ command: CommandAst) {
    guard reaches(command.range) else { return }
    commands.append(command)
    visit(command.name)
    for element in command.elements {
      switch element {
      case .parameter(_, let argument, _): if let argument { visit(argument) }
      case .argument(let expression): visit(expression)
      case .endOfParameters: break
      }
    }
  }

  private mutating func visit(_ expression: ExpressionAst) {
    guard reaches(expression.range) else { return }
    switch expression.kind {
    case .variable, .member:
      if expression.range.endOffset == cursor { expressions.append(expression) }
    default:
      break
    }
    switch expression.kind {
    case .constant, .stringConstant, .typeLiteral, .variable:
      break
    case .expandableString(let parts, _):
      for case .subExpression(let statements, _) in parts { visit(statements) }
    case .binary(_, let left, let right, _):
      visit(left)
      visit(right)
    case .unary(_, let operand), .convert(_, let operand):
      visit(operand)
    case .arrayLiteral(let items):
      for item in items { visit(item) }
    case .arraySubExpression(let statements), .subExpression(let statements):
      visit(statements)
    case .paren(let statement):
      visit(statement)
    case .hashtable(let entries):
      for entry in entries {
        visit(entry.key)
        visit(entry.value)
      }
    case .scriptBlock(let script):
      visit(script)
    case .member(let target, let member, _, _):
      visit(target)
      visit(member)
    case .invokeMember(let target, let member, let arguments, _, _):
      visit(target)
      visit(member)
      for argument in arguments { visit(argument) }
    case .index(let target, let index, _):
      visit(target)
      visit(index)
    case .ternary(let condition, let ifTrue, let ifFalse):
      visit(condition)
      visit(ifTrue)
      visit(ifFalse)
    }
  }
}
