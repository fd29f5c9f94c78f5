import Foundation

/// How values become a program's argv, as `$PSNativeCommandArgumentPassing = 'Standard'` (the
/// default on Linux since pwsh 7.3) passes them.
///
/// Each argument is one argv entry holding exactly its string value: nothing is re-quoted or
/// split, an empty string stays an empty argument, and `$null` passes nothing. An array
/// passes each element as its own argument.
public enum NativeArguments {
  /// The argv entries of one argument value.
  public static func words(of value: Value) -> [String] {
    switch value {
    case .null: return []
    case .array(let array):
      // One level, as pwsh enumerates an argument: a nested array is one word of its text.
      return array.items.compactMap { $0.isNull ? nil : $0.toText() }
    default:
      return [value.toText()]
    }
  }

  /// The argv entries of `-name` or `-name:value`, passed through as text.
  ///
  /// pwsh appends the value's first word to the `-name:` word and passes the other words of
  /// an array on their own.
  public static func words(ofParameter name: String, value: Value?) -> [String] {
    guard let value else { return ["-" + name] }
    let values = words(of: value)
    guard let first = values.first else { return ["-" + name + ":"] }
    return ["-" + name + ":" + first] + values.dropFirst()
  }

  /// The argv entries of the text after `--%`: `%NAME%` names an environment variable, as
  /// .NET's ExpandEnvironmentVariables reads it, and the text is then split into words the
  /// way .NET splits a command line on Linux: white space separates words, double quotes
  /// group text with spaces (and are removed), and `\"` is a literal quote.
  ///
  /// pwsh hands this text to .NET as one command-line string, which .NET splits with these
  /// rules; backslash runs before a quote are not halved here (a simplification).
  public static func verbatimWords(
    _ text: String, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> [String] {
    split(expandingVariables(text, environment: environment))
  }

  /// `%NAME%` replaced by the variable's value; unknown names and lone `%` stay as written.
  static func expandingVariables(_ text: String, environment: [String: String]) -> String {
    var result = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "%") {
      result += rest[..<open]
      let afterOpen = rest.index(after: open)
      guard let close = rest[afterOpen...].firstIndex(of: "%") else {
        rest = rest[open...]
        break
      }
      let name = String(rest[afterOpen..<close])
      if !name.isEmpty, let value = environment[name] {
        result += value
        rest = rest[rest.index(after: close)...]
      } else {
        // Not a variable: keep the first `%` and look again from the second one.
        result += "%" + name
        rest = rest[close...]
      }
    }
    return result + rest
  }

  /// Splits a command line into words: white space outside double quotes separates them.
  static func split(_ text: String) -> [String] {
    var words: [String] = []
    var current = ""
    var hasWord = false
    var isQuoted = false
    var characters = text.makeIterator()
    var pending: Character? = nil
    while let character = pending ?? characters.next() {
      pending = nil
      switch character {
      case "\\":
        let next = characters.next()
        if next == "\"" {
          current.append("\"")
        } else {
          current.append("\\")
          pending = next
        }
        hasWord = true
      case "\"":
        isQuoted.toggle()
        hasWord = true
      case _ where character.isWhitespace && !isQuoted:
        if hasWord { words.append(current) }
        current = ""
        hasWord = false
      default:
        current.append(character)
        hasWord = true
      }
    }
    if hasWord { words.append(current) }
    return words
  }
}
