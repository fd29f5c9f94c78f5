import Foundation

/// .NET custom numeric format strings: `0`, `#`, `.`, `,` (grouping and scaling), `%`,
/// quoted and escaped literals, and `;` sections for positive, negative and zero values.
enum CustomNumberFormatting {
  /// One parsed element of a custom format section.
  private enum Part {
    case digit(isZero: Bool)
    case point
    case literal(String)
  }

  static func format(_ number: Numeric, _ spec: String) throws -> String {
    let sections = splitSections(spec)
    let isNegative = number.asDouble < 0
    let isZero = number.asDouble == 0
    var section = sections.first ?? ""
    var showSign = isNegative
    if isNegative, sections.count > 1, !sections[1].isEmpty {
      section = sections[1]
      showSign = false
    } else if isZero, sections.count > 2, !sections[2].isEmpty {
      section = sections[2]
    }
    let (parts, grouping, scale) = parse(section)
    let integerPlaces = parts.prefix { if case .point = $0 { return false } else { return true } }
      .filter { if case .digit = $0 { return true } else { return false } }.count
    let pointIndex = parts.firstIndex { if case .point = $0 { return true } else { return false } }
    var fractionMax = 0
    var fractionMin = 0
    if let pointIndex {
      for part in parts[(pointIndex + 1)...] {
        if case .digit(let isZero) = part {
          fractionMax += 1
          if isZero { fractionMin = fractionMax }
        }
      }
    }
    var mandatoryInteger = 0
    if let first = parts.firstIndex(where: { if case .digit(true) = $0 { true } else { false } }),
      pointIndex.map({ first < $0 }) ?? true
    {
      mandatoryInteger =
        parts[first..<(pointIndex ?? parts.count)]
        .filter { if case .digit = $0 { return true } else { return false } }.count
    }
    let (integerDigits, fraction) = digits(number, scale: scale, decimals: fractionMax)
    var fractionDigits = Array(fraction)
    while fractionDigits.count > fractionMin, fractionDigits.last == "0" {
      fractionDigits.removeLast()
    }
    let integer = Array(integerDigits == "0" ? "" : integerDigits)
    var output = ""
    var placeholder = 0
    var fractionPosition = 0
    var afterPoint = false
    let emitDigit: (Int) -> String = { position in
      var text = ""
      if position < integer.count {
        text.append(integer[integer.count - 1 - position])
      } else if position < mandatoryInteger {
        text.append("0")
      }
      if grouping, position > 0, position % 3 == 0, !text.isEmpty { text.append(",") }
      return text
    }
    for part in parts {
      switch part {
      case .literal(let text): output += text
      case .point:
        afterPoint = true
        if !fractionDigits.isEmpty { output += "." }
      case .digit:
        if afterPoint {
          if fractionPosition < fractionDigits.count {
            output.append(fractionDigits[fractionPosition])
          }
          fractionPosition += 1
          continue
        }
        let position = integerPlaces - 1 - placeholder
        if placeholder == 0 {
          var extra = max(integer.count, mandatoryInteger) - 1
          while extra > position {
            output += emitDigit(extra)
            extra -= 1
          }
        }
        output += emitDigit(position)
        placeholder += 1
      }
    }
    let allZero = integer.isEmpty && !fractionDigits.contains { $0 != "0" }
    return (showSign && !allZero ? "-" : "") + output
  }

  /// Splits at unquoted `;`.
  private static func splitSections(_ spec: String) -> [String] {
    var sections: [String] = []
    var current = ""
    var quote: Character?
    var escaped = false
    for char in spec {
      if escaped {
        escaped = false
      } else if char == "\\" {
        escaped = true
      } else if let open = quote {
        if char == open { quote = nil }
      } else if char == "'" || char == "\"" {
        quote = char
      } else if char == ";" {
        sections.append(current)
        current = ""
        continue
      }
      current.append(char)
    }
    sections.append(current)
    return sections
  }

  /// Parses a section into parts, whether it groups thousands, and its power-of-ten scale
  /// (`%` multiplies by 100; a `,` before the point divides by 1000).
  private static func parse(_ section: String) -> ([Part], Bool, Int) {
    var parts: [Part] = []
    var grouping = false
    var scale = 0
    let chars = Array(section)
    var index = 0
    var seenPoint = false
    while index < chars.count {
      let char = chars[index]
      switch char {
      case "0", "#": parts.append(.digit(isZero: char == "0"))
      case ".":
        if !seenPoint { parts.append(.point) }
        seenPoint = true
      case ",":
        let nextIsDigit =
          index + 1 < chars.count && (chars[index + 1] == "0" || chars[index + 1] == "#")
        let hasDigitBefore = parts.contains { if case .digit = $0 { true } else { false } }
        if !seenPoint, nextIsDigit, hasDigitBefore {
          grouping = true
        } else if !seenPoint, hasDigitBefore {
          scale -= 3
        }
      case "%":
        scale += 2
        parts.append(.literal("%"))
      case "\u{2030}":
        scale += 3
        parts.append(.literal("\u{2030}"))
      case "\\":
        if index + 1 < chars.count {
          parts.append(.literal(String(chars[index + 1])))
          index += 1
        }
      case "'", "\"":
        var literal = ""
        index += 1
        while index < chars.count, chars[index] != char {
          literal.append(chars[index])
          index += 1
        }
        parts.append(.literal(literal))
      default: parts.append(.literal(String(char)))
      }
      index += 1
    }
    return (parts, grouping, scale)
  }

  /// The magnitude's integer digits and `decimals` fraction digits, rounded half away from
  /// zero after taking a double to 15 significant digits, as .NET's custom formats do.
  private static func digits(_ number: Numeric, scale: Int, decimals: Int) -> (String, String) {
    var value: Decimal
    switch number {
    case .double(let double):
      guard double.isFinite else { return (double.isNaN ? "NaN" : "Infinity", "") }
      let text = String(format: "%.14e", abs(double))
      value = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) ?? 0
    default:
      value = number.asDecimal
      if value < 0 { value = -value }
    }
    if scale != 0 {
      value *= pow(Decimal(10), abs(scale))
      if scale < 0 { value /= pow(Decimal(10), 2 * abs(scale)) }
    }
    var input = value
    var rounded = Decimal()
    NSDecimalRound(&rounded, &input, min(decimals, NumberFormatting.maximumPrecision), .plain)
    let text = NSDecimalNumberBridge.string(rounded)
    let pieces = text.split(separator: ".", maxSplits: 1).map(String.init)
    var fraction = pieces.count > 1 ? pieces[1] : ""
    fraction += String(repeating: "0", count: max(0, decimals - fraction.count))
    return (pieces.first ?? "0", fraction)
  }
}
