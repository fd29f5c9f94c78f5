import Foundation
import ShellSyntax

/// The `switch` statement (about_Switch): every matching clause runs for each element;
/// `break` leaves the switch, `continue` moves to the next element.
extension Interpreter {
  func runSwitch(_ switchAst: SwitchStatementAst, _ scope: Scope, _ output: OutputSink) throws {
    var items: [Value]
    if switchAst.isFile {
      let path = try evaluateStatementValue(switchAst.condition, scope).toText()
      let full: String
      do {
        full = try resolvePath(path)
      } catch let drive as DriveNotFoundError {
        throw RuntimeError(drive.record(source: nil))
      }
      let read = try? String(contentsOfFile: full, encoding: .utf8)  // unreadable reads as missing
      guard let text = read else {
        throw RuntimeError.make(
          "PathNotFound", "Cannot find path '\(full)' because it does not exist.",
          category: .objectNotFound)
      }
      var lines = text.components(separatedBy: "\n")
      if lines.last == "" { lines.removeLast() }
      items = lines.map { .string($0) }
    } else {
      items = try evaluateStatementValue(switchAst.condition, scope).enumerated
      if items.isEmpty, case .null = try evaluateStatementValue(switchAst.condition, scope) {
        items = [.null]
      }
    }
    let previous = scope.local("_")?.value
    defer { scope.set("_", previous ?? .null) }
    elements: for item in items {
      scope.set("_", item)
      scope.set("PSItem", item)
      var matched = false
      for clause in switchAst.clauses {
        guard try switchClauseMatches(clause.test, item, switchAst, scope) else { continue }
        matched = true
        switch try runSwitchBody(clause.body, label: switchAst.label, scope, output) {
        case .next: continue
        case .nextElement: continue elements
        case .leave: return
        }
      }
      if !matched, let defaultBody = switchAst.defaultBody {
        switch try runSwitchBody(defaultBody, label: switchAst.label, scope, output) {
        case .next, .nextElement: continue elements
        case .leave: return
        }
      }
    }
  }

  private enum SwitchOutcome { case next, nextElement, leave }

  private func runSwitchBody(
    _ body: StatementBlock, label: String?, _ scope: Scope, _ output: OutputSink
  ) throws -> SwitchOutcome {
    do {
      try execute(body, scope, output)
      return .next
    } catch ControlFlow.breakLoop(let target)
      where target == nil || target?.lowercased() == label?.lowercased()
    {
      return .leave
    } catch ControlFlow.continueLoop(let target)
      where target == nil || target?.lowercased() == label?.lowercased()
    {
      return .nextElement
    }
  }

  private func switchClauseMatches(
    _ test: ExpressionAst, _ item: Value, _ switchAst: SwitchStatementAst, _ scope: Scope
  ) throws -> Bool {
    if case .scriptBlock(let blockAst) = test.kind {
      let sink = CollectingSink()
      try invokeDotSourced(
        ScriptBlock(ast: blockAst), scope: scope, dollarUnder: item, arguments: [], output: sink)
      return sink.result.isTruthy
    }
    let testValue = try eval(test, scope)
    let caseSensitive = switchAst.isCaseSensitive
    switch switchAst.mode {
    case .exact:
      // about_Switch: values compare as strings, case-insensitively unless -CaseSensitive.
      return caseSensitive
        ? item.toText() == testValue.toText()
        : item.toText().lowercased() == testValue.toText().lowercased()
    case .wildcard:
      return Operators.wildcardMatch(
        item.toText(), pattern: testValue.toText(), caseSensitive: caseSensitive)
    case .regex:
      let result = try Operators.binary(
        .comparison(.match, caseSensitive: caseSensitive), .string(item.toText()), testValue,
        operatorContext(scope))
      return result.isTruthy
    }
  }
}
