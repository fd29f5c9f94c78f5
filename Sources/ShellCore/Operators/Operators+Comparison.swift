import ShellSyntax

/// The comparison family (`-eq` … `-split`): a collection on the left filters (or maps, for
/// `-replace` and `-split`); `-contains` and `-in` always answer a Boolean.
extension Operators {
  static func compareOperator(
    _ op: ComparisonOperator, _ lhs: Value, _ rhs: Value, caseSensitive: Bool,
    _ context: OperatorContext
  ) throws -> Value {
    switch op {
    case .eq, .ne, .gt, .ge, .lt, .le:
      let test: (Value) throws -> Bool = { item in
        try relation(op, item, rhs, caseSensitive: caseSensitive)
      }
      if case .array(let array) = lhs { return .array(try array.items.filter(test)) }
      return .bool(try test(lhs))
    case .like, .notlike:
      let pattern = rhs.toText()
      let wanted = op == .like
      let test: (String) -> Bool = {
        wildcardMatch($0, pattern: pattern, caseSensitive: caseSensitive) == wanted
      }
      if case .array(let array) = lhs {
        return .array(array.items.map { $0.toText() }.filter(test).map { .string($0) })
      }
      return .bool(test(lhs.toText()))
    case .match, .notmatch:
      return try matchOperator(
        lhs, rhs, negated: op == .notmatch, caseSensitive: caseSensitive, context)
    case .contains, .notcontains:
      let found = lhs.enumerated.contains { areEqual($0, rhs, caseSensitive: caseSensitive) }
      return .bool(found == (op == .contains))
    case .in, .notin:
      let found = rhs.enumerated.contains { areEqual($0, lhs, caseSensitive: caseSensitive) }
      return .bool(found == (op == .in))
    case .replace:
      return try replaceOperator(lhs, rhs, caseSensitive: caseSensitive, context)
    case .split:
      return try splitOperator(lhs, rhs, caseSensitive: caseSensitive, context)
    }
  }

  /// One scalar comparison of `-eq -ne -gt -ge -lt -le`.
  private static func relation(
    _ op: ComparisonOperator, _ lhs: Value, _ rhs: Value, caseSensitive: Bool
  ) throws -> Bool {
    switch op {
    case .eq: return areEqual(lhs, rhs, caseSensitive: caseSensitive)
    case .ne: return !areEqual(lhs, rhs, caseSensitive: caseSensitive)
    default: break
    }
    let order = try compareOrThrow(lhs, rhs, caseSensitive: caseSensitive)
    switch op {
    case .gt: return order > 0
    case .ge: return order >= 0
    case .lt: return order < 0
    default: return order <= 0
    }
  }
}
