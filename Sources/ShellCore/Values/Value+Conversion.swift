import Foundation

/// PowerShell's conversions (LanguagePrimitives): to Boolean, to string, to numbers, and casts.
extension Value {
  /// PowerShell truthiness: `$null`, 0, `''`, empty arrays are false; a one-element array is its
  /// element's truthiness; every object is true.
  public var isTruthy: Bool {
    switch unwrapped {
    case .null: return false
    case .bool(let flag): return flag
    case .int(let number): return number != 0
    case .long(let number): return number != 0
    case .double(let number): return number != 0
    case .decimal(let number): return !number.isZero
    case .string(let text): return !text.isEmpty
    case .char(let character): return character != "\0"
    case .array(let array):
      if array.items.isEmpty { return false }
      if array.items.count == 1 { return array.items[0].isTruthy }
      return true
    default: return true
    }
  }

  /// The value as a string, culture-invariantly, as casts and string expansion give it.
  ///
  /// Array elements are joined with `separator` (`$OFS`, a space by default); an element that
  /// is itself an array shows as its type name, as .NET's ToString gives it (`1,(2,3)` is
  /// "1 System.Object[]"), so an array that holds itself converts instead of recursing.
  public func toText(separator: String = " ") -> String {
    switch self {
    case .null: return ""
    case .bool(let flag): return flag ? "True" : "False"
    case .int(let number): return String(number)
    case .long(let number): return String(number)
    case .double(let number): return Value.formatDouble(number)
    case .decimal(let number): return NSDecimalNumberBridge.string(number)
    case .string(let text): return text
    case .char(let character): return String(character)
    case .dateTime(let date): return DateFormatting.format(date, "G")
    case .timeSpan(let span): return span.constantText
    case .array(let array):
      return array.items.map { item in
        if case .array = item { return item.typeNameChain.first ?? "System.Object[]" }
        return item.toText(separator: separator)
      }.joined(separator: separator)
    case .hashtable: return dotNetType.fullName
    case .object(let object): return object.text
    case .scriptBlock(let block): return block.text
    case .type(let type): return type.fullName
    }
  }

  /// Formats a double the way .NET's "G15"/round-trip default prints it: `0.3`, `1E+20`.
  public static func formatDouble(_ number: Double) -> String {
    if number.isNaN { return "NaN" }
    if number.isInfinite { return number < 0 ? "-Infinity" : "Infinity" }
    if number == number.rounded(), abs(number) < 1e15 {
      return String(Int64(number))
    }
    var text = String(format: "%.15G", number)
    // .NET writes at least two exponent digits, like C, but no leading '+0' padding beyond two.
    if let range = text.range(of: "E") {
      let mantissa = text[text.startIndex..<range.lowerBound]
      var exponent = String(text[range.upperBound...])
      let sign = exponent.first == "-" ? "-" : "+"
      exponent = String(exponent.drop { $0 == "+" || $0 == "-" })
      while exponent.count > 2, exponent.first == "0" { exponent.removeFirst() }
      text = mantissa + "E" + sign + exponent
    }
    return text
  }

  /// The value as a number for arithmetic, or nil when it has no numeric reading.
  ///
  /// Strings are parsed as PowerShell parses them (`'0x10'`, `' 42 '`, `'1e3'`, `'1kb'`).
  public func numericValue() -> Value? {
    if case .object(let object) = self, let base = object.baseValue { return base.numericValue() }
    switch self {
    case .int, .long, .double, .decimal: return self
    case .null: return .int(0)
    case .bool(let flag): return .int(flag ? 1 : 0)
    case .char(let character):
      return character.unicodeScalars.first.map { .int(Int32($0.value)) }
    case .string(let text): return Value.parseNumber(text)
    case .array(let array) where array.items.count == 1: return array.items[0].numericValue()
    default: return nil
    }
  }

  /// Parses a number written as PowerShell accepts it in a string-to-number conversion.
  public static func parseNumber(_ raw: String) -> Value? {
    let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
    if text.isEmpty { return .int(0) }
    var body = Substring(text)
    var negative = false
    if body.first == "-" || body.first == "+" {
      negative = body.first == "-"
      body = body.dropFirst()
    }
    var multiplier: Int64 = 1
    let lower = body.lowercased()
    for (suffix, factor) in [("kb", 1 << 10), ("mb", 1 << 20), ("gb", 1 << 30), ("tb", 1 << 40)]
    where lower.hasSuffix(suffix) {
      multiplier = Int64(factor)
      body = body.dropLast(2)
      break
    }
    if body.lowercased().hasPrefix("0x"), let hex = UInt64(body.dropFirst(2), radix: 16) {
      let signed = Int64(bitPattern: hex)
      return integerValue(negative ? -signed * multiplier : signed * multiplier)
    }
    if body.allSatisfy({ $0.isASCII && $0.isNumber }), let integer = Int64(body) {
      let (product, overflow) = integer.multipliedReportingOverflow(by: multiplier)
      if !overflow { return integerValue(negative ? -product : product) }
    }
    guard body.allSatisfy({ $0.isASCII && ($0.isNumber || ".eE+-".contains($0)) }),
      let double = Double(body)
    else { return nil }
    return .double((negative ? -double : double) * Double(multiplier))
  }

  static func integerValue(_ value: Int64) -> Value {
    if let small = Int32(exactly: value) { return .int(small) }
    return .long(value)
  }

  /// The value as a Swift Double when it is numeric or numeric text.
  public var doubleValue: Double? {
    switch numericValue() {
    case .int(let number): return Double(number)
    case .long(let number): return Double(number)
    case .double(let number): return number
    case .decimal(let number): return NSDecimalNumberBridge.double(number)
    default: return nil
    }
  }

  /// The value as a Swift Int when it is an integral number or numeric text.
  public var intValue: Int? {
    switch numericValue() {
    case .int(let number): return Int(number)
    case .long(let number): return Int(number)
    case .double(let number):
      return number.isFinite ? Int(exactly: number.rounded(.toNearestOrEven)) : nil
    case .decimal(let number):
      return Int(exactly: NSDecimalNumberBridge.double(number).rounded(.toNearestOrEven))
    default: return nil
    }
  }
}
