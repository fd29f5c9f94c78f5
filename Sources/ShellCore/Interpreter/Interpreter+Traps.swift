import ShellSyntax

/// `trap [Type] { ... }` (about_Trap): a trap covers every statement of the list it is in,
/// wherever it stands in the list.
///
/// When a statement of the list fails with a terminating error, the first trap whose type
/// matches runs with `$_` set to the error. `continue` in it resumes with the next statement
/// and shows nothing; `break` passes the error on; a trap that ends otherwise shows the error
/// and resumes with the next statement.
extension Interpreter {
  /// Runs the first trap of `statements` that matches `error`; false when none does, and the
  /// error takes its ordinary course.
  func runTrap(
    in statements: [StatementAst], for error: RuntimeError, _ scope: Scope,
    _ output: OutputSink
  ) throws -> Bool {
    var matching: StatementBlock?
    for statement in statements {
      guard case .trapStatement(let type, let body) = statement.kind else { continue }
      if let type, !catchMatches(CatchClause(types: [type], body: body), error.record) {
        continue
      }
      matching = body
      break
    }
    guard let body = matching else { return false }
    let previous = scope.local("_")?.value
    scope.set("_", errorValue(error.record))
    scope.set("PSItem", errorValue(error.record))
    defer { scope.set("_", previous ?? .null) }
    do {
      try execute(body, scope, output)
    } catch ControlFlow.continueLoop(label: nil) {
      return true
    } catch ControlFlow.breakLoop(label: nil) {
      var escalated = error
      escalated.scope = .script
      throw escalated
    }
    reportTerminating(error.record, scope: scope)
    return true
  }
}
