/// A statement node: a pipeline, an assignment, or a flow-control construct.
public final class StatementAst: Sendable {
  public let kind: StatementKind
  public let range: SourceRange

  public init(_ kind: StatementKind, _ range: SourceRange) {
    self.kind = kind
    self.range = range
  }
}

public indirect enum StatementKind: Sendable {
  /// A pipeline of one or more elements; a lone expression is a one-element pipeline.
  case pipeline(PipelineAst)
  /// `a && b`, `a || b` (PowerShell 7 pipeline chains).
  case pipelineChain(StatementAst, PipelineChainOperator, StatementAst)
  /// `target op value`; `target` is a variable, member, index, or an array literal of variables for
  /// multiple assignment (`$a, $b = 1, 2`); `[int]$x = 5` is a convert target.
  case assignment(target: ExpressionAst, op: AssignmentOperator, value: StatementAst)
  case ifStatement(clauses: [IfClause], elseBody: StatementBlock?)
  case foreachStatement(
    label: String?, variable: VariablePath, iterable: StatementAst, body: StatementBlock)
  case forStatement(
    label: String?, initializer: StatementAst?, condition: StatementAst?, iterator: StatementAst?,
    body: StatementBlock)
  case whileStatement(label: String?, condition: StatementAst, body: StatementBlock)
  /// `do { } while (c)` (`isUntil` false) or `do { } until (c)` (`isUntil` true).
  case doLoop(label: String?, body: StatementBlock, condition: StatementAst, isUntil: Bool)
  case switchStatement(SwitchStatementAst)
  case breakStatement(label: ExpressionAst?)
  case continueStatement(label: ExpressionAst?)
  case returnStatement(StatementAst?)
  case exitStatement(StatementAst?)
  case throwStatement(StatementAst?)
  case functionDefinition(FunctionDefinitionAst)
  case tryStatement(body: StatementBlock, catches: [CatchClause], finally: StatementBlock?)
  case trapStatement(type: TypeName?, body: StatementBlock)
  /// `class Name { }` or `enum Name { }`; pwsh defines it when its script block starts.
  case typeDefinition(TypeDefinitionAst)
  /// A bare `{ }` block used as a statement body is not valid PowerShell; a script block literal at statement start is an expression pipeline instead.
  ///
  /// This case holds the `param()` block of a script file only when it must be re-run (not produced
  /// by the parser).
  case empty
}

public enum PipelineChainOperator: Sendable {
  case and  // &&
  case or  // ||
}

/// A `{ … }` body of a statement: a list of statements.
public struct StatementBlock: Sendable {
  public let statements: [StatementAst]
  public let range: SourceRange

  public init(statements: [StatementAst], range: SourceRange) {
    self.statements = statements
    self.range = range
  }
}

public struct IfClause: Sendable {
  public let condition: StatementAst
  public let body: StatementBlock

  public init(condition: StatementAst, body: StatementBlock) {
    self.condition = condition
    self.body = body
  }
}

public struct CatchClause: Sendable {
  /// Exception types listed after `catch`; empty catches everything.
  public let types: [TypeName]
  public let body: StatementBlock

  public init(types: [TypeName], body: StatementBlock) {
    self.types = types
    self.body = body
  }
}

/// `switch [-Regex|-Wildcard|-Exact] [-CaseSensitive] [-File] (value) { test { body } … }`.
public struct SwitchStatementAst: Sendable {
  public enum Mode: Sendable { case exact, wildcard, regex }

  public let label: String?
  public let mode: Mode
  public let isCaseSensitive: Bool
  public let isFile: Bool
  /// The value in parentheses (or the file path with `-File`).
  public let condition: StatementAst
  public let clauses: [SwitchClause]
  public let defaultBody: StatementBlock?

  public init(
    label: String?, mode: Mode, isCaseSensitive: Bool, isFile: Bool, condition: StatementAst,
    clauses: [SwitchClause], defaultBody: StatementBlock?
  ) {
    self.label = label
    self.mode = mode
    self.isCaseSensitive = isCaseSensitive
    self.isFile = isFile
    self.condition = condition
    self.clauses = clauses
    self.defaultBody = defaultBody
  }
}

public struct SwitchClause: Sendable {
  /// A bare word, string, number, variable, or script block (evaluated with `$_`).
  public let test: ExpressionAst
  public let body: StatementBlock

  public init(test: ExpressionAst, body: StatementBlock) {
    self.test = test
    self.body = body
  }
}
