import Foundation

/// The .NET number types the Value enum has no case for: Byte, SByte, Int16, UInt16, UInt32,
/// UInt64, Single and BigInteger.
///
/// They are rare in scripts, so instead of widening the enum (which every operator switches
/// on) each is a PSObject whose `baseValue` is the number as an int, long, double or decimal:
/// arithmetic and comparisons see that value, while `GetType()`, `-is` and the text show the
/// .NET type. A cast checks the type's range with .NET's overflow message.
public struct SizedNumber: Sendable {
  /// The .NET full name, for example `System.UInt16`.
  public let fullName: String
  /// The smallest and largest value; nil for BigInteger, which is unbounded.
  let range: ClosedRange<Decimal>?
  /// The type as .NET's OverflowException message names it, such as `an unsigned byte`.
  let overflowName: String
  let isFloatingPoint: Bool

  static let byte = SizedNumber("System.Byte", 0, 255, "an unsigned byte")
  static let sbyte = SizedNumber("System.SByte", -128, 127, "a signed byte")
  static let int16 = SizedNumber("System.Int16", -32768, 32767, "an Int16")
  static let uint16 = SizedNumber("System.UInt16", 0, 65535, "a UInt16")
  static let uint32 = SizedNumber("System.UInt32", 0, 4_294_967_295, "a UInt32")
  static let uint64 = SizedNumber(
    "System.UInt64", 0, Decimal(string: "18446744073709551615") ?? 0, "a UInt64")
  static let single = SizedNumber(
    fullName: "System.Single", range: nil, overflowName: "a Single", isFloatingPoint: true)
  static let bigInteger = SizedNumber(
    fullName: "System.Numerics.BigInteger", range: nil, overflowName: "a BigInteger",
    isFloatingPoint: false)

  private static let all = [byte, sbyte, int16, uint16, uint32, uint64, single, bigInteger]
  private static let byName: [String: SizedNumber] = Dictionary(
    uniqueKeysWithValues: all.map { ($0.fullName.lowercased(), $0) })

  private init(_ fullName: String, _ low: Decimal, _ high: Decimal, _ overflowName: String) {
    self.init(
      fullName: fullName, range: low...high, overflowName: overflowName, isFloatingPoint: false)
  }

  private init(
    fullName: String, range: ClosedRange<Decimal>?, overflowName: String,
    isFloatingPoint: Bool
  ) {
    self.fullName = fullName
    self.range = range
    self.overflowName = overflowName
    self.isFloatingPoint = isFloatingPoint
  }

  /// The sized type with this full name (case-insensitive), or nil.
  public static func named(_ fullName: String) -> SizedNumber? { byName[fullName.lowercased()] }

  /// The sized type a value is, when it is one.
  public static func of(_ value: Value) -> SizedNumber? {
    guard case .object(let object) = value, object.baseValue != nil else { return nil }
    return named(object.typeName)
  }

  private var typeNames: [String] { [fullName, "System.ValueType", "System.Object"] }

  /// Converts a value to this type as a cast does, or throws PowerShell's conversion error.
  func convert(_ value: Value) throws -> Value {
    let type = PSType.resolve(fullName) ?? PSType(kind: .other, fullName: fullName)
    if case .string(let text) = value, !isFloatingPoint, fullName.hasSuffix("BigInteger"),
      let big = Self.parseBigInteger(text)
    {
      return make(big)
    }
    guard let number = value.numericValue() else {
      if case .string(let text) = value {
        throw Value.conversionError(
          value, type, detail: "The input string '\(text)' was not in a correct format.")
      }
      throw Value.conversionError(value, type, detail: nil)
    }
    if isFloatingPoint {
      return make(.double(Double(Float(Numeric(exactly: number)?.asDouble ?? 0))))
    }
    var whole: Decimal
    switch number {
    case .int(let small): whole = Decimal(Int(small))
    case .long(let large): whole = Decimal(large)
    case .double(let real):
      guard real.isFinite else {
        throw Value.conversionError(value, type, detail: overflowMessage)
      }
      // .NET rounds to even when a floating value becomes an integer; BigInteger truncates.
      whole = Decimal(real.rounded(range == nil ? .towardZero : .toNearestOrEven))
    case .decimal(var exact):
      var rounded = Decimal()
      NSDecimalRound(&rounded, &exact, 0, range == nil ? .down : .bankers)
      whole = rounded
    default: whole = 0
    }
    if let range, !range.contains(whole) {
      throw Value.conversionError(value, type, detail: overflowMessage)
    }
    return make(Self.compact(whole))
  }

  var overflowMessage: String { "Value was either too large or too small for \(overflowName)." }

  /// The wrapper for a number already known to be in range.
  func make(_ number: Value) -> Value {
    let object = PSObject(typeNames: typeNames)
    object.baseValue = number
    let text = isFloatingPoint ? Self.singleText(Float(number.doubleValue ?? 0)) : number.toText()
    object.stringValue = { text }
    return .object(object)
  }

  /// A whole number as the smallest of int, long and decimal that holds it.
  static func compact(_ whole: Decimal) -> Value {
    if let exact = Int64(exactly: NSDecimalNumber(decimal: whole).int64Value),
      Decimal(exact) == whole
    {
      return Value.integerValue(exact)
    }
    return .decimal(whole)
  }

  /// A BigInteger written in decimal digits with an optional sign.
  static func parseBigInteger(_ text: String) -> Value? {
    let trimmed = text.trimmingCharacters(in: .whitespaces)
    let digits = trimmed.drop { $0 == "-" || $0 == "+" }
    guard !digits.isEmpty, trimmed.count - digits.count <= 1,
      digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Decimal(string: trimmed)
    else { return nil }
    return compact(value)
  }

  /// A Single as .NET Core writes it: the shortest digits that read back the same value, in
  /// exponent form when the exponent passes the digit count (at least 7) or is below -4.
  static func singleText(_ value: Float) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-Infinity" : "Infinity" }
    if value == 0 { return value.sign == .minus ? "-0" : "0" }
    // Swift's description is also the shortest round-trip form; only its layout differs.
    let description = "\(value.magnitude)"
    let parts = description.lowercased().split(separator: "e")
    let mantissa = parts[0]
    var exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
    let pieces = mantissa.split(separator: ".", omittingEmptySubsequences: false)
    let integerPart = String(pieces[0])
    let fraction = pieces.count > 1 ? String(pieces[1]) : ""
    var digits = integerPart + fraction
    exponent += integerPart.count
    while digits.hasPrefix("0") {
      digits.removeFirst()
      exponent -= 1
    }
    while digits.hasSuffix("0") { digits.removeLast() }
    let sign = value < 0 ? "-" : ""
    let position = exponent
    if position > max(digits.count, 7) || position < -3 {
      let tail = digits.dropFirst()
      let power = position - 1
      let powerText = (power < 0 ? "-" : "+") + (abs(power) < 10 ? "0" : "") + String(abs(power))
      return sign + String(digits.prefix(1)) + (tail.isEmpty ? "" : "." + tail) + "E" + powerText
    }
    if position <= 0 {
      return sign + "0." + String(repeating: "0", count: -position) + digits
    }
    if digits.count <= position {
      return sign + digits + String(repeating: "0", count: position - digits.count)
    }
    let split = digits.index(digits.startIndex, offsetBy: position)
    return sign + digits[..<split] + "." + digits[split...]
  }
}
