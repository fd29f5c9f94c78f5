/// Numeric literals: decimal, hex, binary, reals, type suffixes and `kb`..`pb` multipliers.
///
/// Types follow PowerShell: an integer is `int` when it fits, else `long`, else `decimal`,
/// else `double`; hex and binary literals of up to 32 bits are `int` bit patterns
/// (`0xFFFFFFFF` is -1).
extension Lexer {
  /// Scans a number token in expression mode (a `-` sign is a separate operator there).
  mutating func scanNumberToken() -> Token {
    let start = position
    guard let (value, numberEnd) = scanNumber(at: position, negative: false, textStart: start)
    else { return scanIdentifierLikeNumber() }
    position = numberEnd
    if isIdentifierByte(numberEnd) {
      while isIdentifierByte(position) { position += scalarLength(position) }
      let error = self.error(
        "BadNumericConstant", "The numeric constant \(text(start, position)) is not valid.", start,
        position)
      return Token(.number, .number(value), start: start, end: position, error: error)
    }
    return Token(.number, .number(value), start: start, end: numberEnd)
  }

  /// A digit run that is not a valid number, reported as one bad constant.
  mutating func scanIdentifierLikeNumber() -> Token {
    let start = position
    position += 1
    while isIdentifierByte(position) { position += scalarLength(position) }
    let error = self.error(
      "BadNumericConstant", "The numeric constant \(text(start, position)) is not valid.", start,
      position)
    return Token(
      .number, .number(.int(0, text: text(start, position))), start: start, end: position,
      error: error)
  }

  /// Reads a number literal at `index`, or nil when no digits are there.
  ///
  /// `textStart` is where its source text begins (before a sign).
  func scanNumber(at index: Int, negative: Bool, textStart: Int) -> (ConstantValue, Int)? {
    var cursor = index
    var radix = 10
    var isReal = false
    let zero = UInt8(ascii: "0")
    let marker = byte(cursor + 1) | 0x20
    if byte(cursor) == zero, marker == UInt8(ascii: "x"), isHexDigit(byte(cursor + 2)) {
      radix = 16
      cursor += 2
    } else if byte(cursor) == zero, marker == UInt8(ascii: "b"),
      byte(cursor + 2) == zero || byte(cursor + 2) == zero + 1
    {
      radix = 2
      cursor += 2
    }
    let digitsStart = cursor
    switch radix {
    case 16: while isHexDigit(byte(cursor)) { cursor += 1 }
    case 2: while byte(cursor) == zero || byte(cursor) == zero + 1 { cursor += 1 }
    default:
      while Self.isDigit(byte(cursor)) { cursor += 1 }
      // `20.` is the double 20, as `20.5` is 20.5; `1..5` keeps its range operator, and a
      // dot before a name (`5.ToString`) is left to the member access.
      if byte(cursor) == UInt8(ascii: "."),
        Self.isDigit(byte(cursor + 1))
          || (cursor > digitsStart && byte(cursor + 1) != UInt8(ascii: ".")
            && !isIdentifierByte(cursor + 1))
      {
        isReal = true
        cursor += 1
        while Self.isDigit(byte(cursor)) { cursor += 1 }
      }
      guard cursor > digitsStart else { return nil }
      if byte(cursor) | 0x20 == UInt8(ascii: "e") {
        var exponent = cursor + 1
        if byte(exponent) == UInt8(ascii: "+") || dashLength(exponent) == 1 { exponent += 1 }
        if Self.isDigit(byte(exponent)) {
          isReal = true
          cursor = exponent
          while Self.isDigit(byte(cursor)) { cursor += 1 }
        }
      }
    }
    guard cursor > digitsStart else { return nil }
    let digits = text(digitsStart, cursor)
    let (suffix, afterSuffix) = scanNumberSuffix(at: cursor, allowDecimal: radix == 10)
    let (multiplier, afterMultiplier) = scanMultiplier(at: afterSuffix)
    let literal = NumberLiteral(
      digits: digits, radix: radix, isReal: isReal, suffix: suffix, multiplier: multiplier,
      isNegative: negative, text: text(textStart, afterMultiplier))
    return (literal.value(), afterMultiplier)
  }

  func isHexDigit(_ value: UInt8) -> Bool {
    Self.isDigit(value) || (value | 0x20 >= UInt8(ascii: "a") && value | 0x20 <= UInt8(ascii: "f"))
  }

  /// Reads a type suffix (`l`, `u`, `ul`, `d`, `s`, `us`, `y`, `uy`, `n`), lowercased.
  func scanNumberSuffix(at index: Int, allowDecimal: Bool) -> (String, Int) {
    let first = byte(index) | 0x20
    let second = byte(index + 1) | 0x20
    let letters: Set<UInt8> = [
      UInt8(ascii: "l"), UInt8(ascii: "u"), UInt8(ascii: "d"), UInt8(ascii: "s"),
      UInt8(ascii: "y"), UInt8(ascii: "n"),
    ]
    guard Self.isLetter(byte(index)), letters.contains(first) else { return ("", index) }
    if first == UInt8(ascii: "d"), !allowDecimal { return ("", index) }
    if first == UInt8(ascii: "u"), Self.isLetter(byte(index + 1)),
      [UInt8(ascii: "l"), UInt8(ascii: "s"), UInt8(ascii: "y")].contains(second)
    {
      return (text(index, index + 2).lowercased(), index + 2)
    }
    // "kb" etc. start with letters that are not suffixes, so no clash here.
    return (text(index, index + 1).lowercased(), index + 1)
  }

  /// Reads a `kb`, `mb`, `gb`, `tb` or `pb` multiplier.
  func scanMultiplier(at index: Int) -> (Int64, Int) {
    guard byte(index + 1) | 0x20 == UInt8(ascii: "b"), Self.isLetter(byte(index + 1)) else {
      return (1, index)
    }
    switch byte(index) | 0x20 {
    case UInt8(ascii: "k"): return (1 << 10, index + 2)
    case UInt8(ascii: "m"): return (1 << 20, index + 2)
    case UInt8(ascii: "g"): return (1 << 30, index + 2)
    case UInt8(ascii: "t"): return (1 << 40, index + 2)
    case UInt8(ascii: "p"): return (1 << 50, index + 2)
    default: return (1, index)
    }
  }
}

/// The pieces of a scanned number literal, turned into a typed constant.
struct NumberLiteral {
  let digits: String
  let radix: Int
  let isReal: Bool
  let suffix: String
  let multiplier: Int64
  let isNegative: Bool
  let text: String

  /// The constant PowerShell would give this literal.
  func value() -> ConstantValue {
    if suffix == "d" { return decimalValue() }
    if isReal { return realValue() }
    if radix != 10 { return bitPatternValue() }
    guard var integer = Int64(digits) else {
      return digits.count <= 28 && multiplier == 1 && suffix.isEmpty
        ? .decimal(isNegative ? "-" + digits : digits) : realValue()
    }
    if isNegative { integer = -integer }
    return fit(integer)
  }

  /// Applies the multiplier and picks int, long or double.
  func fit(_ integer: Int64) -> ConstantValue {
    let (product, overflow) = integer.multipliedReportingOverflow(by: multiplier)
    if overflow { return .double(Double(integer) * Double(multiplier), text: text) }
    if suffix.isEmpty || suffix == "s" || suffix == "y" || suffix == "us" || suffix == "uy",
      let small = Int32(exactly: product)
    {
      return .int(small, text: text)
    }
    return .long(product, text: text)
  }

  /// Hex and binary literals: 32-bit patterns are `int`, 64-bit patterns `long`.
  func bitPatternValue() -> ConstantValue {
    guard let bits = UInt64(digits, radix: radix) else {
      return .double(Double(digits) ?? 0, text: text)
    }
    let isLongPattern = suffix == "l" || bits > UInt64(UInt32.max)
    var integer =
      isLongPattern ? Int64(bitPattern: bits) : Int64(Int32(truncatingIfNeeded: UInt32(bits)))
    if suffix.hasPrefix("u") || (suffix == "l" && bits <= UInt64(UInt32.max)) {
      integer = Int64(truncatingIfNeeded: bits)
    }
    if isNegative { integer = -integer }
    if isLongPattern { return .long(integer &* multiplier, text: text) }
    return fit(integer)
  }

  func realValue() -> ConstantValue {
    let magnitude = (Double(digits) ?? 0) * Double(multiplier)
    return .double(isNegative ? -magnitude : magnitude, text: text)
  }

  func decimalValue() -> ConstantValue {
    let sign = isNegative ? "-" : ""
    if multiplier == 1 { return .decimal(sign + digits) }
    let magnitude = (Double(digits) ?? 0) * Double(multiplier)
    if let exact = Int64(exactly: magnitude) { return .decimal(sign + String(exact)) }
    return .decimal(sign + String(magnitude))
  }
}
