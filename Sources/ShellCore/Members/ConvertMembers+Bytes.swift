import Foundation

/// `[Convert]`'s Base64 and hex conversions and its conversions to the sized integer types,
/// with a number base: scripts encode credentials and tokens with them and read hex or binary
/// digits.
extension ConvertMembers {
  static let widths: [String: (SizedNumber?, bits: Int, signed: Bool)] = [
    "tobyte": (.byte, 8, false), "tosbyte": (.sbyte, 8, true), "toint16": (.int16, 16, true),
    "touint16": (.uint16, 16, false), "toint32": (nil, 32, true), "touint32": (.uint32, 32, false),
    "toint64": (nil, 64, true), "touint64": (.uint64, 64, false),
  ]

  static func bytesCall(_ call: MethodCall) throws -> Value? {
    switch call.key {
    case "tobase64string":
      try call.expect(1, 2, 3, 4)
      var bytes = try Members.bytes(call, 0)
      let numbers = call.arguments.dropFirst().filter { $0.unwrapped.isNumeric }
      if numbers.count == 2 {
        let start = numbers.first?.intValue ?? 0
        let length = numbers.last?.intValue ?? 0
        guard start >= 0, length >= 0, start + length <= bytes.count else {
          throw call.failure(
            "Index was out of range. Must be non-negative and less than the size of the "
              + "collection. (Parameter 'offset')")
        }
        bytes = Array(bytes[start..<(start + length)])
      }
      let breaks = call.arguments.dropFirst().contains {
        $0.toText().lowercased() == "insertlinebreaks"
      }
      let options: Data.Base64EncodingOptions =
        breaks ? [.lineLength76Characters, .endLineWithCarriageReturn, .endLineWithLineFeed] : []
      return .string(Data(bytes).base64EncodedString(options: options))
    case "frombase64string":
      try call.expect(1)
      if call.arguments[0].isNull { throw call.failure("Value cannot be null. (Parameter 's')") }
      let text = call.string(0).filter { !" \t\r\n".contains($0) }
      guard text.count % 4 == 0, let data = Data(base64Encoded: text) else {
        throw call.failure(
          "The input is not a valid Base-64 string as it contains a non-base 64 character, more "
            + "than two padding characters, or an illegal character among the padding "
            + "characters.")
      }
      return Members.byteArray(Array(data))
    case "tohexstring":
      try call.expect(1, 3)
      return .string(try Members.bytes(call, 0).map { String(format: "%02X", $0) }.joined())
    case "fromhexstring":
      try call.expect(1)
      let text = Array(call.string(0))
      guard text.count % 2 == 0 else {
        throw call.failure(
          "The input is not a valid hex string as its length is not a multiple of 2.")
      }
      var bytes: [UInt8] = []
      for index in stride(from: 0, to: text.count, by: 2) {
        guard let byte = UInt8(String(text[index...index + 1]), radix: 16) else {
          throw call.failure(
            "The input is not a valid hex string as it contains a non-hex character.")
        }
        bytes.append(byte)
      }
      return Members.byteArray(bytes)
    default:
      guard let (sized, bits, signed) = widths[call.key] else { return nil }
      if call.arguments.count == 2 { return try fromBase(call, sized, bits: bits, signed: signed) }
      guard let sized, call.arguments.count == 1 else { return nil }
      do {
        return try sized.convert(call.arguments[0])
      } catch let error as RuntimeError {
        let detail = error.record.message
        if detail.contains("too large or too small") { throw call.failure(sized.overflowMessage) }
        if case .string(let text) = call.arguments[0] {
          throw call.failure("The input string '\(text)' was not in a correct format.")
        }
        throw call.failure(detail)
      }
    }
  }

  /// ToInt32("ff", 16) and friends: bases 2, 8 and 16 read the digits as the type's bit
  /// pattern; base 10 reads a signed number and checks the range.
  private static func fromBase(_ call: MethodCall, _ sized: SizedNumber?, bits: Int, signed: Bool)
    throws -> Value
  {
    let base = try call.int(1)
    guard [2, 8, 10, 16].contains(base) else {
      throw call.failure("Invalid Base. (Parameter 'fromBase')")
    }
    var text = Substring(call.string(0).trimmingCharacters(in: .whitespaces))
    var negative = false
    if text.hasPrefix("-") {
      guard base == 10 else {
        throw call.failure("String cannot contain a minus sign if the base is not 10.")
      }
      negative = true
      text = text.dropFirst()
    }
    if base == 16, text.lowercased().hasPrefix("0x") { text = text.dropFirst(2) }
    let digits = text.prefix {
      $0.isASCII && $0.isHexDigit && (Int(String($0), radix: 16) ?? base) < base
    }
    guard !digits.isEmpty else { throw call.failure("Could not find any recognizable digits.") }
    guard digits.count == text.count else {
      throw call.failure("Additional non-parsable characters are at the end of the string.")
    }
    let overflow =
      sized?.overflowMessage
      ?? "Value was either too large or too small for \(bits == 64 ? "an Int64" : "an Int32")."
    guard let magnitude = UInt64(digits, radix: base) else { throw call.failure(overflow) }
    let limit = bits == 64 ? UInt64.max : (UInt64(1) << bits) - 1
    guard magnitude <= limit else { throw call.failure(overflow) }
    var number: Decimal
    if base == 10 {
      number = negative ? -Decimal(magnitude) : Decimal(magnitude)
      let low: Decimal = signed ? -(Decimal(limit / 2) + 1) : 0
      let high: Decimal = signed ? Decimal(limit / 2) : Decimal(limit)
      guard number >= low, number <= high else { throw call.failure(overflow) }
    } else if signed, magnitude > limit / 2 {
      number = Decimal(magnitude) - Decimal(limit) - 1
    } else {
      number = Decimal(magnitude)
    }
    let value = SizedNumber.compact(number)
    if let sized { return sized.make(value) }
    if bits == 64, case .int(let small) = value { return .long(Int64(small)) }
    return value
  }
}
