/// PowerShell wildcard patterns (`-like`, `Where-Object -Like`, `-Filter` names).
///
/// `*` matches any run, `?` one character, `[abc]` and `[a-z]` one of a set; a backtick makes
/// the next character literal. The whole string must match.
extension Operators {
  public static func wildcardMatch(
    _ text: String, pattern: String, caseSensitive: Bool = false
  ) -> Bool {
    let tokens = WildcardToken.parse(pattern)
    let fold: (Unicode.Scalar) -> UInt32 = {
      caseSensitive ? $0.value : StringCollation.simpleUppercase($0.value)
    }
    let input = text.unicodeScalars.map(fold)
    var textIndex = 0
    var tokenIndex = 0
    var starToken = -1
    var starText = 0
    while textIndex < input.count {
      if tokenIndex < tokens.count, tokens[tokenIndex] == .anyRun {
        starToken = tokenIndex
        starText = textIndex
        tokenIndex += 1
      } else if tokenIndex < tokens.count,
        tokens[tokenIndex].matches(input[textIndex], caseSensitive: caseSensitive)
      {
        textIndex += 1
        tokenIndex += 1
      } else if starToken >= 0 {
        tokenIndex = starToken + 1
        starText += 1
        textIndex = starText
      } else {
        return false
      }
    }
    while tokenIndex < tokens.count, tokens[tokenIndex] == .anyRun { tokenIndex += 1 }
    return tokenIndex == tokens.count
  }
}

/// One element of a parsed wildcard pattern.
enum WildcardToken: Equatable {
  case anyRun
  case anyOne
  case literal(UInt32)
  /// Inclusive code ranges; a single character is a one-element range.
  case set([ClosedRange<UInt32>])

  func matches(_ folded: UInt32, caseSensitive: Bool) -> Bool {
    let fold: (UInt32) -> UInt32 = {
      caseSensitive ? $0 : StringCollation.simpleUppercase($0)
    }
    switch self {
    case .anyRun, .anyOne: return true
    case .literal(let code): return fold(code) == folded
    case .set(let ranges):
      return ranges.contains { range in
        if range.contains(folded) { return true }
        guard !caseSensitive else { return false }
        // Fold each bound for case-insensitive ranges such as [a-z] against 'Q'.
        let low = fold(range.lowerBound)
        let high = fold(range.upperBound)
        return low <= high && (low...high).contains(folded)
      }
    }
  }

  static func parse(_ pattern: String) -> [WildcardToken] {
    let scalars = Array(pattern.unicodeScalars)
    var tokens: [WildcardToken] = []
    var index = 0
    while index < scalars.count {
      let scalar = scalars[index]
      switch scalar {
      case "*":
        if tokens.last != .anyRun { tokens.append(.anyRun) }
      case "?": tokens.append(.anyOne)
      case "`" where index + 1 < scalars.count:
        index += 1
        tokens.append(.literal(scalars[index].value))
      case "[":
        if let (set, next) = parseSet(scalars, from: index + 1) {
          tokens.append(set)
          index = next
        } else {
          tokens.append(.literal(scalar.value))
        }
      default: tokens.append(.literal(scalar.value))
      }
      index += 1
    }
    return tokens
  }

  /// Parses `[...]` after the bracket; returns the set and the index of the closing `]`.
  private static func parseSet(
    _ scalars: [Unicode.Scalar], from start: Int
  ) -> (WildcardToken, Int)? {
    var ranges: [ClosedRange<UInt32>] = []
    var index = start
    while index < scalars.count, scalars[index] != "]" {
      var low = scalars[index].value
      if scalars[index] == "`", index + 1 < scalars.count {
        index += 1
        low = scalars[index].value
      }
      if index + 2 < scalars.count, scalars[index + 1] == "-", scalars[index + 2] != "]" {
        let high = scalars[index + 2].value
        ranges.append(min(low, high)...max(low, high))
        index += 3
      } else {
        ranges.append(low...low)
        index += 1
      }
    }
    guard index < scalars.count else { return nil }
    return (.set(ranges), index)
  }
}
