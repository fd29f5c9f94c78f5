/// `TimeSpan.ToString(format)` with the invariant culture: the standard formats `c` (also `t`
/// and `T`), `g` and `G`, and custom formats built from `d`, `h`, `m`, `s`, `f`, `F`, quoted
/// literals, `\x` escapes and `%x` single specifiers.
///
/// Custom formats print no sign and use the magnitude of each component, as .NET does; a
/// format character .NET does not know fails with FormatException.
extension TimeSpan {
  /// The constant (`c`) format: `[-][d.]hh:mm:ss[.fffffff]`, which string conversion uses.
  public var constantText: String {
    let parts = Magnitude(self)
    var text = ticks < 0 ? "-" : ""
    if parts.days != 0 { text += "\(parts.days)." }
    text += "\(pad(parts.hours, 2)):\(pad(parts.minutes, 2)):\(pad(parts.seconds, 2))"
    if parts.fraction != 0 { text += "." + pad(parts.fraction, 7) }
    return text
  }

  /// The text for a .NET format string; nil or empty means `c`.
  public func formatted(_ format: String?) throws(TimeSpanError) -> String {
    guard let format, !format.isEmpty else { return constantText }
    guard format.count > 1 else { return try standard(format) }
    return try custom(Array(format))
  }

  private func standard(_ format: String) throws(TimeSpanError) -> String {
    let parts = Magnitude(self)
    let sign = ticks < 0 ? "-" : ""
    switch format {
    case "c", "t", "T": return constantText
    case "g":
      var text = sign + (parts.days != 0 ? "\(parts.days):" : "")
      text += "\(parts.hours):\(pad(parts.minutes, 2)):\(pad(parts.seconds, 2))"
      let trimmed = String(pad(parts.fraction, 7).reversed().drop { $0 == "0" }.reversed())
      return text + (trimmed.isEmpty ? "" : "." + trimmed)
    case "G":
      return sign + "\(parts.days):\(pad(parts.hours, 2)):\(pad(parts.minutes, 2)):"
        + "\(pad(parts.seconds, 2)).\(pad(parts.fraction, 7))"
    default: throw .badFormatString
    }
  }

  private func custom(_ format: [Character]) throws(TimeSpanError) -> String {
    let parts = Magnitude(self)
    var text = ""
    var index = 0
    while index < format.count {
      let character = format[index]
      var length = 1
      while index + length < format.count, format[index + length] == character,
        "dhmsfF".contains(character)
      {
        length += 1
      }
      switch character {
      case "d":
        guard length <= 8 else { throw .badFormatString }
        text += pad(parts.days, length)
      case "h", "m", "s":
        guard length <= 2 else { throw .badFormatString }
        let value: Int64
        switch character {
        case "h": value = parts.hours
        case "m": value = parts.minutes
        default: value = parts.seconds
        }
        text += pad(value, length)
      case "f", "F":
        guard length <= 7 else { throw .badFormatString }
        var digits = pad(parts.fraction, 7).prefix(length)
        if character == "F" {
          while digits.last == "0" { digits = digits.dropLast() }
        }
        text += digits
      case "'", "\"":
        guard let close = format[(index + 1)...].firstIndex(of: character) else {
          throw .badFormatString
        }
        text += String(format[(index + 1)..<close])
        length = close - index + 1
      case "\\":
        guard index + 1 < format.count else { throw .badFormatString }
        text.append(format[index + 1])
        length = 2
      case "%":
        guard index + 1 < format.count, format[index + 1] != "%" else { throw .badFormatString }
        text += try custom([format[index + 1]])
        length = 2
      default: throw .badFormatString
      }
      index += length
    }
    return text
  }

  /// `value` in decimal with at least `width` digits.
  private func pad(_ value: Int64, _ width: Int) -> String {
    let digits = String(value)
    return String(repeating: "0", count: Swift.max(0, width - digits.count)) + digits
  }

  /// The unsigned components of a span, as the formatter prints them.
  private struct Magnitude {
    let days: Int64
    let hours: Int64
    let minutes: Int64
    let seconds: Int64
    /// The ticks below one second (0 to 9,999,999).
    let fraction: Int64

    init(_ span: TimeSpan) {
      // Int64.min has no positive counterpart; its magnitude is computed in UInt64.
      let magnitude = span.ticks.magnitude
      let perDay = UInt64(TimeSpan.ticksPerDay)
      days = Int64(magnitude / perDay)
      let time = Int64(magnitude % perDay)
      hours = time / TimeSpan.ticksPerHour
      minutes = time / TimeSpan.ticksPerMinute % 60
      seconds = time / TimeSpan.ticksPerSecond % 60
      fraction = time % TimeSpan.ticksPerSecond
    }
  }
}
