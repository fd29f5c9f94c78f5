import Foundation

/// `[math]::` methods with .NET's overload results: Round is banker's rounding by default,
/// Abs/Max/Min keep integer types, the rest work on doubles (or decimals).
enum MathMembers {
  static func call(_ call: MethodCall) throws -> Value? {
    switch call.key {
    case "round": return try round(call)
    case "floor", "ceiling", "truncate":
      try call.expect(1)
      let rule: FloatingPointRoundingRule =
        call.key == "floor" ? .down : (call.key == "ceiling" ? .up : .towardZero)
      if case .decimal(let value) = call.arguments[0] {
        var input = value
        var result = Decimal()
        let mode: NSDecimalNumber.RoundingMode = rule == .down ? .down : .up
        let magnitudeMode: NSDecimalNumber.RoundingMode = value < 0 ? .up : .down
        NSDecimalRound(&result, &input, 0, rule == .towardZero ? magnitudeMode : mode)
        return .decimal(result)
      }
      return .double(try call.double(0).rounded(rule))
    case "abs":
      try call.expect(1)
      switch try Numeric.from(call.arguments[0]) {
      case .int(let value):
        guard value != .min else {
          throw call.failure("Negating the minimum value of a twos complement number is invalid.")
        }
        return .int(Swift.abs(value))
      case .long(let value):
        guard value != .min else {
          throw call.failure("Negating the minimum value of a twos complement number is invalid.")
        }
        return .long(Swift.abs(value))
      case .double(let value): return .double(Swift.abs(value))
      case .decimal(let value): return .decimal(value < 0 ? -value : value)
      }
    case "max", "min":
      try call.expect(2)
      let a = try Numeric.from(call.arguments[0])
      let b = try Numeric.from(call.arguments[1])
      let order = Operators.numericCompare(a, b)
      let pick = (call.key == "max") == (order >= 0) ? a : b
      // The result takes the wider operand type, as the chosen .NET overload does.
      let widened = try Operators.compute(.add, pick, zero(like: a))
      return try Operators.compute(.add, widened, zero(like: b)).value
    case "sign":
      try call.expect(1)
      let value = try call.double(0)
      guard !value.isNaN else {
        throw call.failure("Function does not accept floating point Not-a-Number values.")
      }
      return .int(value > 0 ? 1 : (value < 0 ? -1 : 0))
    case "pow":
      try call.expect(2)
      return .double(Foundation.pow(try call.double(0), try call.double(1)))
    case "log":
      try call.expect(1, 2)
      let value = Foundation.log(try call.double(0))
      return .double(call.arguments.count == 2 ? value / Foundation.log(try call.double(1)) : value)
    case "atan2":
      try call.expect(2)
      return .double(Foundation.atan2(try call.double(0), try call.double(1)))
    default:
      guard let function = unary[call.key] else { return nil }
      try call.expect(1)
      return .double(function(try call.double(0)))
    }
  }

  private static func zero(like number: Numeric) -> Numeric {
    switch number {
    case .int: return .int(0)
    case .long: return .long(0)
    case .double: return .double(0)
    case .decimal: return .decimal(0)
    }
  }

  private static let unary: [String: (Double) -> Double] = [
    "sqrt": { $0.squareRoot() }, "log10": { Foundation.log10($0) }, "log2": { Foundation.log2($0) },
    "exp": { Foundation.exp($0) }, "sin": { Foundation.sin($0) }, "cos": { Foundation.cos($0) },
    "tan": { Foundation.tan($0) }, "asin": { Foundation.asin($0) }, "acos": { Foundation.acos($0) },
    "atan": { Foundation.atan($0) }, "sinh": { Foundation.sinh($0) },
    "cosh": { Foundation.cosh($0) },
    "tanh": { Foundation.tanh($0) }, "cbrt": { Foundation.cbrt($0) },
  ]

  /// Round(x), Round(x, digits), Round(x, mode), Round(x, digits, mode).
  private static func round(_ call: MethodCall) throws -> Value {
    try call.expect(1, 2, 3)
    var digits = 0
    var awayFromZero = false
    for argument in call.arguments.dropFirst() {
      if case .string(let mode) = argument {
        awayFromZero = mode.lowercased() == "awayfromzero"
      } else {
        digits = try MethodCall(
          target: call.target, name: call.name, key: call.key, arguments: [argument]
        ).int(0)
      }
    }
    if case .decimal(let value) = call.arguments[0] {
      guard (0...28).contains(digits) else {
        throw call.failure(
          "Decimal can only round to between 0 and 28 digits of precision. (Parameter 'decimals')")
      }
      var input = value
      var result = Decimal()
      NSDecimalRound(&result, &input, digits, awayFromZero ? .plain : .bankers)
      return .decimal(result)
    }
    guard (0...15).contains(digits) else {
      throw call.failure(
        "Rounding digits must be between 0 and 15, inclusive. (Parameter 'digits')")
    }
    let value = try call.double(0)
    let rule: FloatingPointRoundingRule = awayFromZero ? .toNearestOrAwayFromZero : .toNearestOrEven
    guard Swift.abs(value) < 1e16 else { return .double(value) }
    let power = Foundation.pow(10.0, Double(digits))
    return .double((value * power).rounded(rule) / power)
  }
}

/// `[convert]::` conversions, including bases 2, 8, 10 and 16.
enum ConvertMembers {
  static func call(_ call: MethodCall) throws -> Value? {
    if let result = try bytesCall(call) { return result }
    switch call.key {
    case "toint32", "toint64", "toint16", "tobyte":
      try call.expect(1, 2)
      let isLong = call.key == "toint64"
      if call.arguments.count == 2 {
        let base = try call.int(1)
        guard [2, 8, 10, 16].contains(base) else {
          throw call.failure("Invalid Base. (Parameter 'fromBase')")
        }
        var text = call.string(0).lowercased()
        if base == 16, text.hasPrefix("0x") { text.removeFirst(2) }
        guard let parsed = UInt64(text, radix: base) else {
          throw call.failure("Could not find any recognizable digits.")
        }
        if isLong { return .long(Int64(bitPattern: parsed)) }
        guard parsed <= UInt64(UInt32.max) else {
          throw call.failure("Value was either too large or too small for an Int32.")
        }
        return .int(Int32(bitPattern: UInt32(parsed)))
      }
      let target: PSType = isLong ? .long : .int
      do {
        return try call.arguments[0].convert(to: target)
      } catch let error as RuntimeError {
        throw call.failure(error.record.message)
      }
    case "todouble":
      try call.expect(1)
      return .double(try call.double(0))
    case "todecimal":
      try call.expect(1)
      return try call.arguments[0].convert(to: .decimal)
    case "toboolean":
      try call.expect(1)
      if case .string(let text) = call.arguments[0] {
        switch text.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true": return .bool(true)
        case "false": return .bool(false)
        default: throw call.failure("String '\(text)' was not recognized as a valid Boolean.")
        }
      }
      return .bool(call.arguments[0].isTruthy)
    case "tostring":
      try call.expect(1, 2)
      if call.arguments.count == 2, let number = call.arguments[0].intValue {
        let base = try call.int(1)
        guard [2, 8, 10, 16].contains(base) else {
          throw call.failure("Invalid Base. (Parameter 'toBase')")
        }
        if base == 10 { return .string(String(number)) }
        let isLong = { if case .long = call.arguments[0] { return true } else { return false } }()
        let bits =
          isLong ? UInt64(bitPattern: Int64(number)) : UInt64(UInt32(truncatingIfNeeded: number))
        return .string(String(bits, radix: base))
      }
      return .string(Members.defaultToString(call.arguments[0]))
    default: return nil
    }
  }
}
