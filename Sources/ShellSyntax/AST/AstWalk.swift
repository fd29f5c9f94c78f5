/// One node of the tree, of whichever kind, for walks that visit them all.
public enum AstNode: Sendable {
  case statement(StatementAst)
  case expression(ExpressionAst)
  case command(CommandAst)
  case scriptBlock(ScriptBlockAst)

  public var range: SourceRange {
    switch self {
    case .statement(let statement): return statement.range
    case .expression(let expression): return expression.range
    case .command(let command): return command.range
    case .scriptBlock(let block): return block.range
    }
  }
}

/// What a visit tells the walk to do next (PowerShell's AstVisitAction).
public enum AstVisitAction: Sendable {
  /// Visit this node's children, then go on.
  case `continue`
  /// Go on with the next node, leaving this one's children out.
  case skipChildren
  /// End the walk.
  case stop
}

/// Walks a tree in source order, every node before its children, as PowerShell's
/// `Ast.Visit` and `Ast.FindAll` do.
///
/// The walk keeps its own stack instead of recursing, so however deep the tree, it never
/// overflows the thread's stack. Every node kind's children are listed in one place
/// (`AstNode.children`): a walk written with it sees a new kind of node without change.
public enum AstWalk {
  /// Calls `visit` for `root` and every node below it, in source order.
  public static func walk(_ root: AstNode, _ visit: (AstNode) throws -> AstVisitAction) rethrows {
    var pending = [root]
    while let node = pending.popLast() {
      switch try visit(node) {
      case .continue: pending.append(contentsOf: node.children.reversed())
      case .skipChildren: continue
      case .stop: return
      }
    }
  }

  /// Every node at or below `root` that `predicate` accepts, in source order; with
  /// `searchNestedScriptBlocks` false, the insides of nested script blocks are left out.
  public static func findAll(
    _ root: AstNode, searchNestedScriptBlocks: Bool = true, where predicate: (AstNode) -> Bool
  ) -> [AstNode] {
    var found: [AstNode] = []
    var isRoot = true
    walk(root) { node in
      if predicate(node) { found.append(node) }
      defer { isRoot = false }
      if !searchNestedScriptBlocks, !isRoot, case .scriptBlock = node { return .skipChildren }
      return .continue
    }
    return found
  }
}

extension AstNode {
  /// The node's direct children, in source order.
  public var children: [AstNode] {
    switch self {
    case .statement(let statement): return statement.kind.children
    case .expression(let expression): return expression.kind.children
    case .command(let command):
      var nodes: [AstNode] = [.expression(command.name)]
      for element in command.elements {
        switch element {
        case .parameter(_, let argument, _): nodes += argument.map { [.expression($0)] } ?? []
        case .argument(let expression): nodes.append(.expression(expression))
        case .endOfParameters, .stopParsing: break
        }
      }
      return nodes + command.redirections.compactMap(\.targetNode)
    case .scriptBlock(let block):
      var nodes: [AstNode] = []
      for attribute in block.attributes { nodes += attribute.children }
      if let parameters = block.paramBlock {
        for attribute in parameters.attributes { nodes += attribute.children }
        for parameter in parameters.parameters { nodes += parameter.children }
      }
      for body in [block.beginBlock, block.processBlock, block.endBlock, block.cleanBlock] {
        nodes += (body?.statements ?? []).map(AstNode.statement)
      }
      return nodes
    }
  }
}

extension StatementKind {
  fileprivate var children: [AstNode] {
    func block(_ body: StatementBlock?) -> [AstNode] {
      (body?.statements ?? []).map(AstNode.statement)
    }
    func optional(_ statement: StatementAst?) -> [AstNode] {
      statement.map { [.statement($0)] } ?? []
    }
    switch self {
    case .pipeline(let pipeline):
      return pipeline.elements.flatMap { element -> [AstNode] in
        switch element {
        case .expression(let expression, let redirections):
          return [.expression(expression)] + redirections.compactMap(\.targetNode)
        case .command(let command): return [.command(command)]
        }
      }
    case .pipelineChain(let left, _, let right): return [.statement(left), .statement(right)]
    case .assignment(let target, _, let value): return [.expression(target), .statement(value)]
    case .ifStatement(let clauses, let elseBody):
      return clauses.flatMap { [.statement($0.condition)] + block($0.body) } + block(elseBody)
    case .foreachStatement(_, _, let iterable, let body):
      return [.statement(iterable)] + block(body)
    case .forStatement(_, let initializer, let condition, let iterator, let body):
      return optional(initializer) + optional(condition) + optional(iterator) + block(body)
    case .whileStatement(_, let condition, let body):
      return [.statement(condition)] + block(body)
    case .doLoop(_, let body, let condition, _): return block(body) + [.statement(condition)]
    case .switchStatement(let switchAst):
      return [.statement(switchAst.condition)]
        + switchAst.clauses.flatMap { [.expression($0.test)] + block($0.body) }
        + block(switchAst.defaultBody)
    case .breakStatement(let label), .continueStatement(let label):
      return label.map { [.expression($0)] } ?? []
    case .returnStatement(let value), .exitStatement(let value), .throwStatement(let value):
      return optional(value)
    case .functionDefinition(let function):
      return (function.parameters ?? []).flatMap(\.children) + [.scriptBlock(function.body)]
    case .tryStatement(let body, let catches, let finallyBody):
      return block(body) + catches.flatMap { block($0.body) } + block(finallyBody)
    case .trapStatement(_, let body): return block(body)
    case .typeDefinition(let type): return type.children
    case .empty: return []
    }
  }
}

extension ExpressionKind {
  fileprivate var children: [AstNode] {
    switch self {
    case .constant, .stringConstant, .variable, .typeLiteral: return []
    case .expandableString(let parts, _):
      return parts.flatMap { part -> [AstNode] in
        if case .subExpression(let statements, _) = part {
          return statements.map(AstNode.statement)
        }
        return []
      }
    case .binary(_, let left, let right, _): return [.expression(left), .expression(right)]
    case .unary(_, let operand), .convert(_, let operand): return [.expression(operand)]
    case .attributed(let attribute, let operand): return attribute.children + [.expression(operand)]
    case .arrayLiteral(let items): return items.map(AstNode.expression)
    case .arraySubExpression(let statements), .subExpression(let statements):
      return statements.map(AstNode.statement)
    case .paren(let statement): return [.statement(statement)]
    case .hashtable(let entries):
      return entries.flatMap { [.expression($0.key), .statement($0.value)] }
    case .scriptBlock(let block): return [.scriptBlock(block)]
    case .member(let target, let member, _, _): return [.expression(target), .expression(member)]
    case .invokeMember(let target, let member, let arguments, _, _):
      return [.expression(target), .expression(member)] + arguments.map(AstNode.expression)
    case .index(let target, let index, _): return [.expression(target), .expression(index)]
    case .ternary(let condition, let whenTrue, let whenFalse):
      return [.expression(condition), .expression(whenTrue), .expression(whenFalse)]
    }
  }
}

extension Redirection {
  /// The file a redirection writes to, as a node; nil for `2>&1`.
  fileprivate var targetNode: AstNode? {
    if case .file(let path, _) = target { return .expression(path) }
    return nil
  }
}

extension AttributeAst {
  fileprivate var children: [AstNode] {
    positionalArguments.map(AstNode.expression)
      + namedArguments.compactMap { $0.value.map(AstNode.expression) }
  }
}

extension ParameterAst {
  fileprivate var children: [AstNode] {
    attributes.flatMap(\.children) + (defaultValue.map { [.expression($0)] } ?? [])
  }
}

extension TypeDefinitionAst {
  fileprivate var children: [AstNode] {
    var nodes = attributes.flatMap(\.children)
    for property in properties {
      nodes += property.attributes.flatMap(\.children)
      nodes += property.initializer.map { [.expression($0)] } ?? []
    }
    for method in methods {
      nodes += method.parameters.flatMap(\.children)
      nodes += (method.baseArguments ?? []).map(AstNode.expression)
      nodes.append(.scriptBlock(method.body))
    }
    for member in enumMembers { nodes += member.value.map { [.expression($0)] } ?? [] }
    return nodes
  }
}
