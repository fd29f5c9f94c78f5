/// The `-f` operator: .NET composite formatting, `{index[,alignment][:format]}` with `{{`/`}}`.
extension Operators {
  public static func format(_ formatString: String, _ arguments: [Value]) throws -> String {
    let chars = Array(formatString)
    var output = ""
    var index = 0
    while index < chars.count {
      let char = chars[index]
      if char == "}" {
        guard index + 1 < chars.count, chars[index + 1] == "}" else { throw formatError() }
        output.append("}")
        index += 2
        continue
      }
      guard char == "{" else {
        output.append(char)
        index += 1
        continue
      }
      if index + 1 < chars.count, chars[index + 1] == "{" {
        output.append("{")
        index += 2
        continue
      }
      let item = try parseItem(chars, from: index + 1)
      index = item.end
      guard item.argument < arguments.count else {
        throw formatError(
          "Index (zero based) must be greater than or equal to zero and less than the size of "
            + "the argument list.")
      }
      var text = try formatValue(arguments[item.argument], item.format)
      let width = abs(item.alignment)
      if text.count < width {
        let padding = String(repeating: " ", count: width - text.count)
        text = item.alignment < 0 ? text + padding : padding + text
      }
      output += text
    }
    return output
  }

  /// One format item: argument index, alignment (negative = left) and format string.
  private struct FormatItem {
    var argument: Int
    var alignment: Int
    var format: String
    /// The index after the closing brace.
    var end: Int
  }

  private static func parseItem(_ chars: [Character], from start: Int) throws -> FormatItem {
    var index = start
    let skipSpaces = { while index < chars.count, chars[index] == " " { index += 1 } }
    var digits = ""
    while index < chars.count, chars[index].isASCII, chars[index].isNumber {
      digits.append(chars[index])
      index += 1
    }
    guard let argument = Int(digits), digits.count <= 6 else { throw formatError() }
    skipSpaces()
    var alignment = 0
    if index < chars.count, chars[index] == "," {
      index += 1
      skipSpaces()
      var text = ""
      if index < chars.count, chars[index] == "-" {
        text.append("-")
        index += 1
      }
      while index < chars.count, chars[index].isASCII, chars[index].isNumber {
        text.append(chars[index])
        index += 1
      }
      guard let value = Int(text), abs(value) <= 1_000_000 else { throw formatError() }
      alignment = value
      skipSpaces()
    }
    var format = ""
    if index < chars.count, chars[index] == ":" {
      index += 1
      while index < chars.count, chars[index] != "}" {
        if chars[index] == "{" { throw formatError() }
        format.append(chars[index])
        index += 1
      }
    }
    guard index < chars.count, chars[index] == "}" else { throw formatError() }
    return FormatItem(argument: argument, alignment: alignment, format: format, end: index + 1)
  }

  /// `Error formatting a string: <reason>.` as PowerShell wraps .NET's FormatException.
  private static func formatError(
    _ reason: String = "Input string was not in a correct format."
  ) -> RuntimeError {
    RuntimeError.make("FormatError", "Error formatting a string: \(reason).")
  }

  /// One argument as text: numbers and dates honour the format; other values ignore it.
  public static func formatValue(_ value: Value, _ format: String) throws -> String {
    switch value {
    case .int, .long, .double, .decimal:
      guard let number = Numeric(exactly: value) else { return value.toText() }
      if format.isEmpty { return NumberFormatting.general(number, precision: nil) }
      do {
        return try NumberFormatting.format(number, format)
      } catch let error as RuntimeError {
        throw formatError(error.record.message)
      }
    case .dateTime(let date):
      return DateFormatting.format(date, format.isEmpty ? "G" : format)
    case .timeSpan(let span):
      do {
        return try span.formatted(format)
      } catch {
        throw formatError(error.message)
      }
    case .array:
      return "System.Object[]"
    default:
      return value.toText()
    }
  }
}
