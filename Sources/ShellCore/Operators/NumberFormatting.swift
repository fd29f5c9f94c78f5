import Foundation

/// .NET standard numeric format strings (`N2`, `D3`, `X`, `F1`, `P`, `E`, `C`, `G`, `R`)
/// with the invariant culture: `,` groups thousands, `.` is the decimal point, `¤` currency.
enum NumberFormatting {
  /// The most digits a precision may ask for; .NET allows more, but nothing useful needs it.
  static let maximumPrecision = 100

  static func format(_ number: Numeric, _ spec: String) throws -> String {
    let letters = spec.prefix(1)
    let digits = spec.dropFirst()
    guard let letter = letters.first, letter.isLetter, letter.isASCII,
      digits.allSatisfy({ $0.isASCII && $0.isNumber }), digits.count <= 9
    else {
      return try CustomNumberFormatting.format(number, spec)
    }
    let precision = digits.isEmpty ? nil : min(Int(digits) ?? 0, maximumPrecision)
    switch letter {
    case "D", "d":
      guard let integer = number.asInt64 else { throw invalidSpecifier() }
      let magnitude = String(integer.magnitude)
      let padded = String(repeating: "0", count: max(0, (precision ?? 0) - magnitude.count))
      return (integer < 0 ? "-" : "") + padded + magnitude
    case "X", "x":
      guard let integer = number.asInt64 else { throw invalidSpecifier() }
      var hex: String
      if case .int(let small) = number {
        hex = String(UInt32(bitPattern: small), radix: 16)
      } else {
        hex = String(UInt64(bitPattern: integer), radix: 16)
      }
      if letter == "X" { hex = hex.uppercased() }
      return String(repeating: "0", count: max(0, (precision ?? 0) - hex.count)) + hex
    case "F", "f":
      let parts = fixed(number, decimals: precision ?? 2)
      return parts.sign + join(parts.integer, parts.fraction)
    case "N", "n":
      let parts = fixed(number, decimals: precision ?? 2)
      return parts.sign + join(grouped(parts.integer), parts.fraction)
    case "P", "p":
      let scaled = scaledByHundred(number)
      let parts = fixed(scaled, decimals: precision ?? 2)
      return parts.sign + join(grouped(parts.integer), parts.fraction) + " %"
    case "C", "c":
      let parts = fixed(number, decimals: precision ?? 2)
      let body = "\u{00A4}" + join(grouped(parts.integer), parts.fraction)
      return parts.sign.isEmpty ? body : "(" + body + ")"
    case "E", "e":
      return scientific(number, decimals: precision ?? 6, letter: letter, minimumExponent: 3)
    case "G", "g", "R", "r":
      return general(number, precision: letter == "R" || letter == "r" ? nil : precision)
    default:
      throw invalidSpecifier()
    }
  }

  static func invalidSpecifier() -> RuntimeError {
    RuntimeError.make("FormatException", "Format specifier was invalid.", category: .notSpecified)
  }

  /// Sign, integer digits and exactly `decimals` fraction digits, rounded.
  static func fixed(
    _ number: Numeric, decimals: Int
  ) -> (sign: String, integer: String, fraction: String) {
    let places = min(max(decimals, 0), maximumPrecision)
    switch number {
    case .int, .long:
      let integer = number.asInt64 ?? 0
      return (
        integer < 0 ? "-" : "", String(integer.magnitude), String(repeating: "0", count: places)
      )
    case .double(let value):
      guard value.isFinite else {
        return ("", value.isNaN ? "NaN" : (value < 0 ? "-Infinity" : "Infinity"), "")
      }
      let text = String(format: "%.\(places)f", abs(value))
      let pieces = text.split(separator: ".", maxSplits: 1).map(String.init)
      let sign = value.sign == .minus ? "-" : ""
      return (sign, pieces.first ?? "0", pieces.count > 1 ? pieces[1] : "")
    case .decimal(let value):
      var input = value < 0 ? -value : value
      var rounded = Decimal()
      NSDecimalRound(&rounded, &input, places, .plain)
      let text = NSDecimalNumberBridge.string(rounded)
      let pieces = text.split(separator: ".", maxSplits: 1).map(String.init)
      var fraction = pieces.count > 1 ? pieces[1] : ""
      fraction += String(repeating: "0", count: max(0, places - fraction.count))
      return (value < 0 ? "-" : "", pieces.first ?? "0", fraction)
    }
  }

  static func join(_ integer: String, _ fraction: String) -> String {
    fraction.isEmpty ? integer : integer + "." + fraction
  }

  /// Inserts `,` every three digits from the right.
  static func grouped(_ digits: String) -> String {
    guard digits.count > 3, digits.allSatisfy(\.isNumber) else { return digits }
    var output = ""
    for (offset, digit) in digits.enumerated() {
      if offset > 0, (digits.count - offset) % 3 == 0 { output.append(",") }
      output.append(digit)
    }
    return output
  }

  private static func scaledByHundred(_ number: Numeric) -> Numeric {
    switch number {
    case .decimal(let value): return .decimal(value * 100)
    case .double(let value): return .double(value * 100)
    default: return .decimal(number.asDecimal * 100)
    }
  }

  /// `E`: one digit, `decimals` fraction digits, and a signed exponent of at least
  /// `minimumExponent` digits (`1.234500E+003`).
  static func scientific(
    _ number: Numeric, decimals: Int, letter: Character, minimumExponent: Int
  ) -> String {
    let value = number.asDouble
    guard value.isFinite else { return fixed(.double(value), decimals: 0).integer }
    let text = String(format: "%.\(min(decimals, maximumPrecision))e", abs(value))
    let parts = text.split(separator: "e").map(String.init)
    let mantissa = parts.first ?? "0"
    let exponent = Int(parts.last ?? "0") ?? 0
    let digits = String(abs(exponent))
    let padded = String(repeating: "0", count: max(0, minimumExponent - digits.count)) + digits
    let sign = value.sign == .minus ? "-" : ""
    return sign + mantissa + String(letter) + (exponent < 0 ? "-" : "+") + padded
  }

  /// `G`/`R` and the default: the shortest text that round-trips (or `precision` significant
  /// digits), switching to `E+XX` notation for large and small exponents as .NET does.
  static func general(_ number: Numeric, precision: Int?) -> String {
    switch number {
    case .int, .long: return String(number.asInt64 ?? 0)
    case .decimal(let value): return NSDecimalNumberBridge.string(value)
    case .double(let value):
      guard value.isFinite else { return fixed(number, decimals: 0).integer }
      if value == 0 { return value.sign == .minus ? "-0" : "0" }
      var digits: String
      var exponent: Int
      if let precision, precision > 0 {
        let text = String(format: "%.\(min(precision, maximumPrecision) - 1)e", abs(value))
        let parts = text.split(separator: "e").map(String.init)
        digits = (parts.first ?? "0").replacingOccurrences(of: ".", with: "")
        exponent = Int(parts.last ?? "0") ?? 0
      } else {
        (digits, exponent) = shortestDigits(abs(value))
      }
      while digits.count > 1, digits.hasSuffix("0") { digits.removeLast() }
      let limit = precision.map { $0 > 0 ? $0 : 15 } ?? 15
      let sign = value < 0 ? "-" : ""
      if exponent >= limit || exponent < -5 {
        let mantissa =
          digits.count > 1 ? String(digits.prefix(1)) + "." + digits.dropFirst() : digits
        let exponentDigits = String(abs(exponent))
        let paddedExponent = exponentDigits.count < 2 ? "0" + exponentDigits : exponentDigits
        return sign + mantissa + "E" + (exponent < 0 ? "-" : "+") + paddedExponent
      }
      if exponent < 0 {
        return sign + "0." + String(repeating: "0", count: -exponent - 1) + digits
      }
      if digits.count <= exponent + 1 {
        return sign + digits + String(repeating: "0", count: exponent + 1 - digits.count)
      }
      let split = digits.index(digits.startIndex, offsetBy: exponent + 1)
      return sign + digits[..<split] + "." + digits[split...]
    }
  }

  /// The shortest round-trip significant digits of a positive double and its decimal exponent.
  private static func shortestDigits(_ value: Double) -> (String, Int) {
    let text = "\(value)"
    let lower = text.lowercased()
    var mantissa = lower
    var exponent = 0
    if let e = lower.firstIndex(of: "e") {
      mantissa = String(lower[..<e])
      exponent = Int(lower[lower.index(after: e)...]) ?? 0
    }
    let pieces = mantissa.split(separator: ".", maxSplits: 1).map(String.init)
    let integer = pieces.first ?? "0"
    let fraction = pieces.count > 1 ? pieces[1] : ""
    var digits = integer + fraction
    var pointPosition = integer.count + exponent
    while digits.count > 1, digits.hasPrefix("0") {
      digits.removeFirst()
      pointPosition -= 1
    }
    return (digits, pointPosition - 1)
  }
}
