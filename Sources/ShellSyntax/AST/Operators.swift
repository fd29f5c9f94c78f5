/// Binary operators.
///
/// Comparison operators carry their case mode (`-ceq`, `-ieq`, `-eq`).
public enum BinaryOperator: Sendable, Hashable {
  case add, subtract, multiply, divide, remainder
  case range  // ..
  case format  // -f
  case and, or, xor
  case band, bor, bxor, shl, shr
  case join  // -join (binary)
  case isType, isNotType, asType  // -is -isnot -as
  case nullCoalesce  // ??
  case comparison(ComparisonOperator, caseSensitive: Bool)
  /// An operator only a filter language has (the AD `-Filter`'s `-approx` and
  /// `-recursivematch`), spelled without its dash; only `Parser.parseFilter` produces it.
  case filterOperator(String)

  /// Binding strength, higher binds tighter (PowerShell's token.cs BinaryPrecedence* values).
  public var precedence: Int {
    switch self {
    case .and, .or, .xor: return 1
    case .band, .bor, .bxor: return 2
    case .comparison, .filterOperator, .isType, .isNotType, .asType, .join, .shl, .shr:
      return 5
    case .nullCoalesce: return 7
    case .add, .subtract: return 9
    case .multiply, .divide, .remainder: return 10
    case .format: return 12
    case .range: return 13
    }
  }
}

/// The comparison family, which share one precedence and have `c`/`i` spellings.
public enum ComparisonOperator: String, Sendable, Hashable {
  case eq, ne, gt, ge, lt, le
  case like, notlike, match, notmatch
  case contains, notcontains, `in`, notin
  case replace, split
}

public enum UnaryOperator: Sendable, Hashable {
  case not  // -not and !
  case bnot
  case negate  // -x
  case plus  // +x
  case preIncrement, preDecrement, postIncrement, postDecrement
  case split  // unary -split
  case join  // unary -join
  case comma  // unary ,x
}

/// `=`, `+=`, `-=`, `*=`, `/=`, `%=`, `??=`.
public enum AssignmentOperator: Sendable, Hashable {
  case assign, add, subtract, multiply, divide, remainder, nullCoalesce
}
