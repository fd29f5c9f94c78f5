/// String comparison as PowerShell's operators do it with the invariant culture.
///
/// Equality folds case with .NET's simple uppercase mapping. Ordering approximates the
/// invariant culture's collation: punctuation and symbols sort before digits, digits before
/// letters, letters alphabetically regardless of case, and only then lowercase before
/// uppercase (`'macOS' -clt 'MacOS'` is True).
public enum StringCollation {
  static func equal(_ a: String, _ b: String, caseSensitive: Bool) -> Bool {
    if caseSensitive { return a.unicodeScalars.elementsEqual(b.unicodeScalars) }
    return a.unicodeScalars.lazy.map { simpleUppercase($0.value) }
      .elementsEqual(b.unicodeScalars.lazy.map { simpleUppercase($0.value) })
  }

  /// -1, 0 or 1.
  public static func compare(_ a: String, _ b: String, caseSensitive: Bool) -> Int {
    let left = Array(a.unicodeScalars)
    let right = Array(b.unicodeScalars)
    for (x, y) in zip(left, right) {
      let keyX = primaryKey(x)
      let keyY = primaryKey(y)
      if keyX != keyY { return keyX < keyY ? -1 : 1 }
    }
    if left.count != right.count { return left.count < right.count ? -1 : 1 }
    guard caseSensitive else { return 0 }
    for (x, y) in zip(left, right) where x != y {
      // Same letter, different case: lowercase sorts first.
      let xIsLower = x.properties.isLowercase
      let yIsLower = y.properties.isLowercase
      if xIsLower != yIsLower { return xIsLower ? -1 : 1 }
      return x.value < y.value ? -1 : 1
    }
    return 0
  }

  /// The sort weight of a character ignoring case: its class, then its folded code.
  private static func primaryKey(_ scalar: Unicode.Scalar) -> UInt64 {
    let folded = UInt64(simpleUppercase(scalar.value))
    let rank: UInt64
    if scalar.properties.isAlphabetic {
      rank = 3
    } else if scalar.properties.numericType != nil {
      rank = 2
    } else if scalar.properties.isWhitespace {
      rank = 0
    } else {
      rank = 1
    }
    return rank << 32 | folded
  }

  /// .NET's simple (one-to-one) uppercase mapping of a code point.
  static func simpleUppercase(_ value: UInt32) -> UInt32 {
    guard let scalar = Unicode.Scalar(value) else { return value }
    let mapped = scalar.properties.uppercaseMapping.unicodeScalars
    guard mapped.count == 1, let first = mapped.first else { return value }
    return first.value
  }
}
