import ShellCore

/// The text forms CLIXML gives its values, as pwsh's serializer writes them: the `_xHHHH_`
/// escape of strings and names, XML escaping, and the XmlConvert forms of dates, durations and
/// doubles.
enum ClixmlText {
  /// The PowerShell serialization namespace, the root element's `xmlns`.
  static let namespace = "http://schemas.microsoft.com/powershell/2004/04"
  /// The serialization version the root element's `Version` names.
  static let version = "1.1.0.1"

  /// A string with control characters (U+0000–U+001F, U+007F–U+009F), surrogates and a `_`
  /// before `x` written as `_xHHHH_` (InternalSerializer.EncodeString).
  static func encode(_ text: String) -> String {
    let units = Array(text.utf16)
    var result = ""
    for (index, unit) in units.enumerated() {
      let escapeMark =
        unit == 0x5F && index + 1 < units.count
        && (units[index + 1] == 0x78 || units[index + 1] == 0x58)
      if unit <= 0x1F || (0x7F...0x9F).contains(unit) || (0xD800...0xDFFF).contains(unit)
        || escapeMark
      {
        let hex = String(unit, radix: 16, uppercase: true)
        result += "_x" + String(repeating: "0", count: 4 - hex.count) + hex + "_"
      } else if let scalar = Unicode.Scalar(unit) {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Reverses `encode`: `_xHHHH_` (and `_xHHHHHHHH_`) become the characters they name, as
  /// XmlConvert.DecodeName reads them.
  static func decode(_ text: String) -> String {
    guard text.contains("_x") || text.contains("_X") else { return text }
    var units: [UInt16] = []
    let source = Array(text.utf16)
    var index = 0
    while index < source.count {
      if source[index] == 0x5F, index + 6 < source.count,
        source[index + 1] == 0x78 || source[index + 1] == 0x58
      {
        if let code = hexValue(source[(index + 2)..<(index + 6)]), source[index + 6] == 0x5F {
          units.append(UInt16(code))
          index += 7
          continue
        }
        if index + 10 < source.count, source[index + 10] == 0x5F,
          let code = hexValue(source[(index + 2)..<(index + 10)]),
          let scalar = Unicode.Scalar(code)
        {
          units.append(contentsOf: Array(String(Character(scalar)).utf16))
          index += 11
          continue
        }
      }
      units.append(source[index])
      index += 1
    }
    return String(decoding: units, as: UTF16.self)
  }

  private static func hexValue(_ units: ArraySlice<UInt16>) -> UInt32? {
    guard units.allSatisfy({ $0 < 128 }) else { return nil }
    return UInt32(String(decoding: units, as: UTF16.self), radix: 16)
  }

  /// A secure string's text as pwsh on Unix protects it (SecureStringHelper.Protect: no
  /// DPAPI there, so the UTF-16LE bytes in lower-case hexadecimal).
  static func protect(_ text: String) -> String {
    text.utf16.map { unit in
      let low = String(unit & 0xFF, radix: 16)
      let high = String(unit >> 8, radix: 16)
      return (low.count == 1 ? "0" + low : low) + (high.count == 1 ? "0" + high : high)
    }.joined()
  }

  /// Reverses `protect`; nil for text that is not pairs of hexadecimal digits.
  static func unprotect(_ text: String) -> String? {
    let digits = Array(text.utf8)
    guard digits.count % 4 == 0 else { return nil }
    var units: [UInt16] = []
    var index = 0
    while index < digits.count {
      guard
        let low = UInt16(String(decoding: digits[index..<(index + 2)], as: UTF8.self), radix: 16),
        let high = UInt16(
          String(decoding: digits[(index + 2)..<(index + 4)], as: UTF8.self), radix: 16)
      else { return nil }
      units.append(high << 8 | low)
      index += 4
    }
    return String(decoding: units, as: UTF16.self)
  }

  /// Text content escaped for XML (`&`, `<`, `>`), as XmlWriter writes element text.
  static func escapeText(_ text: String) -> String {
    var result = ""
    for character in text {
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      default: result.append(character)
      }
    }
    return result
  }

  /// An attribute value escaped for XML (`&`, `<`, `>`, `"`).
  static func escapeAttribute(_ text: String) -> String {
    escapeText(text).replacingOccurrences(of: "\"", with: "&quot;")
  }

  /// A DateTime as XmlConvert writes it with RoundtripKind: seven fraction digits without
  /// trailing zeros, then `Z` (UTC), the local offset (Local) or nothing (Unspecified).
  static func dateTime(_ value: DateTimeValue) -> String {
    let (year, month, day) = value.civil
    var text =
      pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2) + "T" + pad(value.hour, 2) + ":"
      + pad(value.minute, 2) + ":" + pad(value.second, 2)
    var fraction = pad(Int(value.fraction), 7)
    while fraction.hasSuffix("0") { fraction.removeLast() }
    if !fraction.isEmpty { text += "." + fraction }
    switch value.kind {
    case .utc: text += "Z"
    case .local:
      let offset = value.localOffsetSeconds
      let minutes = abs(offset) / 60
      text += (offset < 0 ? "-" : "+") + pad(minutes / 60, 2) + ":" + pad(minutes % 60, 2)
    default: break
    }
    return text
  }

  /// A TimeSpan as an XML Schema duration (XmlConvert.ToString): `PT1H2M3.5S`, `P1D`, `PT0S`.
  static func duration(_ span: TimeSpan) -> String {
    let negative = span.ticks < 0
    let ticks = span.ticks.magnitude
    let days = ticks / UInt64(DateTimeValue.ticksPerDay)
    let hours = ticks / 36_000_000_000 % 24
    let minutes = ticks / 600_000_000 % 60
    let seconds = ticks / 10_000_000 % 60
    let nanoseconds = ticks % 10_000_000 * 100
    var text = negative ? "-P" : "P"
    if days != 0 { text += "\(days)D" }
    if hours != 0 || minutes != 0 || seconds != 0 || nanoseconds != 0 {
      text += "T"
      if hours != 0 { text += "\(hours)H" }
      if minutes != 0 { text += "\(minutes)M" }
      if seconds != 0 || nanoseconds != 0 {
        text += "\(seconds)"
        if nanoseconds != 0 {
          var digits = pad(Int(nanoseconds), 9)
          while digits.hasSuffix("0") { digits.removeLast() }
          text += "." + digits
        }
        text += "S"
      }
    }
    return text.hasSuffix("P") ? text + "T0S" : text
  }

  /// A double as XmlConvert writes it: the shortest round-trip form, `INF`, `-INF`, `NaN`.
  static func double(_ value: Double) -> String {
    if value.isNaN { return "NaN" }
    if value.isInfinite { return value < 0 ? "-INF" : "INF" }
    return Value.double(value).toText()
  }

  private static func pad(_ number: Int, _ width: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, width - digits.count)) + digits
  }
}
