import Foundation

/// The binary `-split` operator: `'a,b' -split ','`, `-split ',', 2`, `-split {$_ -eq ','}`,
/// with the options string (`'SimpleMatch'`, `'Multiline'`, ...).
extension Operators {
  static func splitOperator(
    _ lhs: Value, _ rhs: Value, caseSensitive: Bool, _ context: OperatorContext
  ) throws -> Value {
    let operands = rhs.enumerated
    guard let delimiter = operands.first else {
      return .array(lhs.enumerated.map { .string($0.toText()) })
    }
    var limit = 0
    if operands.count > 1, case .int(let count) = try operands[1].convert(to: .int) {
      limit = Int(count)
    }
    let options = operands.count > 2 ? try splitOptions(operands[2].toText()) : SplitOptions()
    var pieces: [String] = []
    for item in lhs.enumerated {
      let text = item.toText()
      if case .scriptBlock(let block) = delimiter {
        pieces += try splitByPredicate(text, block, limit: limit, context)
      } else {
        var pattern = delimiter.toText()
        if options.isSimpleMatch { pattern = NSRegularExpression.escapedPattern(for: pattern) }
        if options.explicitCapture { pattern = explicitCapture(pattern) }
        let regex = try DotNetRegex.make(
          pattern, caseSensitive: caseSensitive && !options.ignoresCase, extra: options.regex)
        pieces += split(text, regex, limit: limit)
      }
      guard pieces.count <= maximumBuiltLength else { throw OperatorErrors.outOfMemory() }
    }
    return .array(pieces.map(Value.string))
  }

  /// Splits at regex matches, keeping empty fields and captured groups; a positive limit
  /// stops after that many fields, a negative one counts fields from the end.
  static func split(_ text: String, _ regex: DotNetRegex, limit: Int) -> [String] {
    let source = text as NSString
    var matches = regex.matches(in: text)
    if limit > 0 {
      matches = Array(matches.prefix(limit - 1))
    } else if limit < 0 {
      matches = Array(matches.suffix(-limit - 1))
    }
    var pieces: [String] = []
    var cursor = 0
    for result in matches {
      pieces.append(
        source.substring(
          with: NSRange(location: cursor, length: result.range.location - cursor)))
      for icuIndex in regex.icuIndexByNumber.dropFirst() where icuIndex < result.numberOfRanges {
        if let captured = DotNetRegex.text(result.range(at: icuIndex), in: text) {
          pieces.append(captured)
        }
      }
      cursor = result.range.location + result.range.length
    }
    pieces.append(source.substring(from: cursor))
    return pieces
  }

  /// Splits where the script block returns true for a character (`$_` is the character).
  ///
  /// A negative limit counts the fields from the end: the delimiters nearest the end split.
  private static func splitByPredicate(
    _ text: String, _ block: ScriptBlock, limit: Int, _ context: OperatorContext
  ) throws -> [String] {
    if limit < 0 {
      guard limit != -1 else { return [text] }
      var pieces: [String] = []
      var current = ""
      var rest = Array(text)
      while let character = rest.last, pieces.count < -limit - 1 {
        rest.removeLast()
        if try context.invokeScriptBlock(block, .string(String(character))).isTruthy {
          pieces.append(current)
          current = ""
        } else {
          current.insert(character, at: current.startIndex)
        }
      }
      pieces.append(String(rest) + current)
      return pieces.reversed()
    }
    var pieces: [String] = []
    var current = ""
    for character in text {
      let isDelimiter = limit <= 0 || pieces.count < limit - 1
      if isDelimiter, try context.invokeScriptBlock(block, .string(String(character))).isTruthy {
        pieces.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    pieces.append(current)
    return pieces
  }

  /// The options string of `-split`.
  struct SplitOptions {
    var isSimpleMatch = false
    var ignoresCase = false
    var regex: NSRegularExpression.Options = []
    var explicitCapture = false
    var isRegexMatch = false
  }

  private static func splitOptions(_ text: String) throws -> SplitOptions {
    var options = SplitOptions()
    for raw in text.split(separator: ",") {
      let name = raw.trimmingCharacters(in: .whitespaces).lowercased()
      switch name {
      case "simplematch": options.isSimpleMatch = true
      case "regexmatch": options.isRegexMatch = true
      case "cultureinvariant", "none", "": break
      case "ignorecase": options.ignoresCase = true
      case "multiline": options.regex.insert(.anchorsMatchLines)
      case "singleline": options.regex.insert(.dotMatchesLineSeparators)
      case "ignorepatternwhitespace": options.regex.insert(.allowCommentsAndWhitespace)
      case "explicitcapture": options.explicitCapture = true
      default:
        throw RuntimeError.make(
          "InvalidArgument",
          "Cannot convert value \"\(raw)\" to type "
            + "\"System.Management.Automation.SplitOptions\". Error: \"Unable to match the "
            + "identifier name \(raw) to a valid enumerator name. Specify one of the "
            + "following enumerator names and try again:\nSimpleMatch, RegexMatch, "
            + "CultureInvariant, IgnorePatternWhitespace, Multiline, Singleline, IgnoreCase, "
            + "ExplicitCapture\"",
          category: .invalidArgument)
      }
    }
    // SimpleMatch goes with IgnoreCase only (pwsh's SplitWithPattern).
    if options.isSimpleMatch,
      options.isRegexMatch || options.explicitCapture || !options.regex.isEmpty
        || text.lowercased().contains("cultureinvariant")
    {
      throw RuntimeError.make(
        "InvalidSplitOptionCombination",
        "The combination of options with the -split operator is not valid.",
        category: .parserError, exceptionType: "System.Management.Automation.ParseException")
    }
    return options
  }

  /// `(...)` groups of a pattern made non-capturing, for ExplicitCapture (named groups keep
  /// capturing); escapes and character classes are left alone.
  static func explicitCapture(_ pattern: String) -> String {
    var result = ""
    var escaped = false
    var inClass = false
    var characters = pattern.makeIterator()
    var pending: Character? = characters.next()
    while let character = pending {
      pending = characters.next()
      result.append(character)
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if inClass {
        if character == "]" { inClass = false }
      } else if character == "[" {
        inClass = true
      } else if character == "(", pending != "?" {
        result += "?:"
      }
    }
    return result
  }
}
