import ShellSyntax

/// Ranges enumerated lazily where pwsh does: at the head of a pipeline and in `foreach`.
///
/// Anywhere else (`$a = 1..10`, `(1..10)[3]`, an argument) `a..b` is an array, built in full
/// and limited by `Operators.maximumRangeLength`.
extension Interpreter {
  /// The range `expression` denotes, unbuilt; nil when it is not a range (`a..b`, or one in
  /// parentheses).
  func lazyRange(_ expression: ExpressionAst, _ scope: Scope) throws -> RangeItems? {
    switch expression.kind {
    case .binary(.range, let left, let right, _):
      return try Operators.rangeItems(eval(left, scope), eval(right, scope))
    case .paren(let statement):
      return try lazyRange(statement, scope)
    default:
      return nil
    }
  }

  /// The range a statement consisting of one range expression denotes (`foreach`'s operand).
  func lazyRange(_ statement: StatementAst, _ scope: Scope) throws -> RangeItems? {
    guard case .pipeline(let pipeline) = statement.kind, pipeline.elements.count == 1,
      case .expression(let expression, let redirections) = pipeline.elements[0],
      redirections.isEmpty
    else { return nil }
    return try lazyRange(expression, scope)
  }
}
