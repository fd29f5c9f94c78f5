import Testing

@testable import ShellSyntax

/// Every node's range lies inside its parent's range and covers the expected text.
struct RangeTests {
  /// Collects `(parent, child)` range pairs that violate containment.
  final class Checker {
    var violations: [String] = []

    func check(_ child: SourceRange, in parent: SourceRange, _ what: String) {
      if child.startOffset < parent.startOffset || child.endOffset > parent.endOffset {
        violations.append("\(what) '\(child.text)' outside '\(parent.text)'")
      }
    }

    func script(_ block: ScriptBlockAst) {
      for attribute in block.attributes { check(attribute.range, in: block.range, "attribute") }
      if let param = block.paramBlock {
        check(param.range, in: block.range, "param")
        for parameter in param.parameters {
          check(parameter.range, in: param.range, "parameter")
          if let value = parameter.defaultValue { expression(value, in: parameter.range) }
        }
      }
      for named in [block.beginBlock, block.processBlock, block.endBlock] {
        guard let named else { continue }
        check(named.range, in: block.range, "named block")
        statements(named.statements, in: block.range)
      }
    }

    func statements(_ list: [StatementAst], in parent: SourceRange) {
      for item in list { statement(item, in: parent) }
    }

    func blockBody(_ block: StatementBlock, in parent: SourceRange) {
      check(block.range, in: parent, "block")
      statements(block.statements, in: block.range)
    }

    func statement(_ node: StatementAst, in parent: SourceRange) {
      check(node.range, in: parent, "statement")
      let range = node.range
      switch node.kind {
      case .pipeline(let pipeline):
        for element in pipeline.elements {
          switch element {
          case .expression(let item, let redirections):
            expression(item, in: range)
            for redirection in redirections { check(redirection.range, in: range, "redir") }
          case .command(let command):
            check(command.range, in: range, "command")
            expression(command.name, in: command.range)
            for element in command.elements {
              check(element.range, in: command.range, "command element")
            }
          }
        }
      case .pipelineChain(let left, _, let right):
        statement(left, in: range)
        statement(right, in: range)
      case .assignment(let target, _, let value):
        expression(target, in: range)
        statement(value, in: range)
      case .ifStatement(let clauses, let elseBody):
        for clause in clauses {
          statement(clause.condition, in: range)
          blockBody(clause.body, in: range)
        }
        if let elseBody { blockBody(elseBody, in: range) }
      case .foreachStatement(_, _, let iterable, let body):
        statement(iterable, in: range)
        blockBody(body, in: range)
      case .whileStatement(_, let condition, let body), .doLoop(_, let body, let condition, _):
        statement(condition, in: range)
        blockBody(body, in: range)
      case .forStatement(_, let initializer, let condition, let iterator, let body):
        for part in [initializer, condition, iterator] {
          if let part { statement(part, in: range) }
        }
        blockBody(body, in: range)
      case .switchStatement(let ast):
        statement(ast.condition, in: range)
        for clause in ast.clauses {
          expression(clause.test, in: range)
          blockBody(clause.body, in: range)
        }
      case .functionDefinition(let function):
        check(function.body.range, in: range, "function body")
        script(function.body)
      case .tryStatement(let body, let catches, let finallyBlock):
        blockBody(body, in: range)
        for clause in catches { blockBody(clause.body, in: range) }
        if let finallyBlock { blockBody(finallyBlock, in: range) }
      case .trapStatement(_, let body):
        blockBody(body, in: range)
      case .returnStatement(let value), .exitStatement(let value), .throwStatement(let value):
        if let value { statement(value, in: range) }
      case .typeDefinition(let type):
        for method in type.methods {
          check(method.body.range, in: range, "method body")
          script(method.body)
        }
      case .breakStatement, .continueStatement, .empty:
        break
      }
    }

    func expression(_ node: ExpressionAst, in parent: SourceRange) {
      check(node.range, in: parent, "expression")
      let range = node.range
      switch node.kind {
      case .binary(_, let left, let right, let operatorRange):
        expression(left, in: range)
        expression(right, in: range)
        check(operatorRange, in: range, "operator")
      case .unary(_, let operand), .convert(_, let operand), .attributed(_, let operand):
        expression(operand, in: range)
      case .arrayLiteral(let items):
        for item in items { expression(item, in: range) }
      case .arraySubExpression(let list), .subExpression(let list):
        statements(list, in: range)
      case .paren(let inner):
        statement(inner, in: range)
      case .hashtable(let entries):
        for entry in entries {
          expression(entry.key, in: range)
          statement(entry.value, in: range)
        }
      case .scriptBlock(let block):
        script(block)
      case .member(let target, let member, _, _):
        expression(target, in: range)
        expression(member, in: range)
      case .invokeMember(let target, let member, let arguments, _, _):
        expression(target, in: range)
        expression(member, in: range)
        for argument in arguments { expression(argument, in: range) }
      case .index(let target, let index, _):
        expression(target, in: range)
        expression(index, in: range)
      case .ternary(let condition, let ifTrue, let ifFalse):
        expression(condition, in: range)
        expression(ifTrue, in: range)
        expression(ifFalse, in: range)
      case .expandableString(let parts, _):
        for part in parts {
          switch part {
          case .literal: break
          case .variable(_, let partRange): check(partRange, in: range, "string variable")
          case .subExpression(let list, let partRange):
            check(partRange, in: range, "string subexpression")
            statements(list, in: partRange)
          }
        }
      case .constant, .stringConstant, .variable, .typeLiteral:
        break
      }
    }
  }

  @Test func sampleScriptRangesNest() {
    let result = Parser.parse(SourceText(RobustnessTests.sampleScript))
    let checker = Checker()
    checker.script(result.script)
    #expect(checker.violations.isEmpty, "\(checker.violations)")
  }

  @Test(arguments: [
    ("  1 + 2  ", "1 + 2"),
    ("$a.b.c", "$a.b.c"),
    ("$x.M(1, 2)", "$x.M(1, 2)"),
    ("$a[0]", "$a[0]"),
    ("[int]$x", "[int]$x"),
    ("[int]::MaxValue", "[int]::MaxValue"),
    ("-5", "-5"),
    ("-not $x", "-not $x"),
    ("@{ a = 1 }", "@{ a = 1 }"),
    ("@(1)", "@(1)"),
    ("$(1)", "$(1)"),
    ("(1)", "(1)"),
    ("\"a $x\"", "\"a $x\""),
    ("@'\nx\n'@", "@'\nx\n'@"),
    ("1,2", "1,2"),
    ("$x ? 1 : 2", "$x ? 1 : 2"),
    ("$i++", "$i++"),
  ])
  func expressionRangeCoversItsText(input: String, expected: String) throws {
    let result = Parser.parse(SourceText(input))
    let statement = try #require(result.script.endBlock?.statements.first)
    guard case .pipeline(let pipeline) = statement.kind,
      case .expression(let expression, _) = pipeline.elements.first
    else {
      Issue.record("expected an expression statement")
      return
    }
    #expect(expression.range.text == expected)
  }

  @Test(arguments: [
    ("if ($a) { 1 } else { 2 }", "if ($a) { 1 } else { 2 }"),
    ("foreach ($i in $x) { }", "foreach ($i in $x) { }"),
    ("$x = 5 ", "$x = 5"),
    ("function f { 1 }", "function f { 1 }"),
    ("try { } catch { }", "try { } catch { }"),
    ("a && b", "a && b"),
    ("Get-X -Name:v 2>&1", "Get-X -Name:v 2>&1"),
    ("return 1", "return 1"),
    ("switch ($x) { 1 { } }", "switch ($x) { 1 { } }"),
  ])
  func statementRangeCoversItsText(input: String, expected: String) throws {
    let result = Parser.parse(SourceText(input))
    #expect(result.errors.isEmpty)
    let statement = try #require(result.script.endBlock?.statements.first)
    #expect(statement.range.text == expected)
  }

  @Test func positionsUseLinesAndCharacterColumns() {
    let result = Parser.parse(SourceText("$é = 'ü'\n  1 +"))
    let error = result.errors.first
    #expect(error?.range.start.line == 2)
    #expect(error?.range.start.column == 6)
  }
}
