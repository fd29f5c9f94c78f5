import Foundation

/// `-match`, `-replace` and `-split`, which use .NET regular expressions.
extension Operators {
  static func matchOperator(
    _ lhs: Value, _ rhs: Value, negated: Bool, caseSensitive: Bool, _ context: OperatorContext
  ) throws -> Value {
    let regex = try DotNetRegex.make(rhs.toText(), caseSensitive: caseSensitive)
    if case .array(let array) = lhs {
      return .array(
        array.items.filter { (regex.firstMatch(in: $0.toText()) != nil) != negated })
    }
    let text = lhs.toText()
    guard let result = regex.firstMatch(in: text) else { return .bool(negated) }
    context.setMatches(RegexMatchObject.matchesTable(result, regex: regex, in: text))
    return .bool(!negated)
  }

  static func replaceOperator(
    _ lhs: Value, _ rhs: Value, caseSensitive: Bool, _ context: OperatorContext
  ) throws -> Value {
    let operands = rhs.enumerated
    guard operands.count <= 2 else {
      throw RuntimeError.make(
        "BadReplaceArgument",
        "The -replace operator allows only two elements to follow it, not \(operands.count).")
    }
    let pattern = operands.first?.toText() ?? ""
    let replacement = operands.count == 2 ? operands[1] : .string("")
    let regex = try DotNetRegex.make(pattern, caseSensitive: caseSensitive)
    let replaceOne: (Value) throws -> Value = { item in
      .string(try replace(item.toText(), regex, with: replacement, context))
    }
    if case .array(let array) = lhs { return .array(try array.items.map(replaceOne)) }
    return try replaceOne(lhs)
  }

  /// Replaces every match: a script block gets the Match as `$_`, text is a substitution.
  static func replace(
    _ text: String, _ regex: DotNetRegex, with replacement: Value, _ context: OperatorContext
  ) throws -> String {
    let source = text as NSString
    var output = ""
    var cursor = 0
    for result in regex.matches(in: text) {
      let gap = NSRange(location: cursor, length: result.range.location - cursor)
      output += source.substring(with: gap)
      if case .scriptBlock(let block) = replacement {
        let match = RegexMatchObject.make(result, regex: regex, in: text)
        output += try context.invokeScriptBlock(block, match).toText()
      } else {
        output += substitute(replacement.toText(), result, regex, in: text)
      }
      cursor = result.range.location + result.range.length
      guard output.utf8.count <= maximumBuiltLength else { throw OperatorErrors.outOfMemory() }
    }
    output += source.substring(from: cursor)
    return output
  }

  /// Expands .NET substitutions: `$1`, `${name}`, `$$`, `$&`, `` $` ``, `$'`, `$+`, `$_`.
  static func substitute(
    _ replacement: String, _ result: NSTextCheckingResult, _ regex: DotNetRegex,
    in text: String
  ) -> String {
    let source = text as NSString
    let group: (Int) -> String = { icuIndex in
      guard icuIndex < result.numberOfRanges else { return "" }
      return DotNetRegex.text(result.range(at: icuIndex), in: text) ?? ""
    }
    let chars = Array(replacement)
    var output = ""
    var index = 0
    while index < chars.count {
      let char = chars[index]
      guard char == "$", index + 1 < chars.count else {
        output.append(char)
        index += 1
        continue
      }
      let next = chars[index + 1]
      switch next {
      case "$":
        output.append("$")
        index += 2
      case "&":
        output += group(0)
        index += 2
      case "`":
        output += source.substring(to: result.range.location)
        index += 2
      case "'":
        output += source.substring(from: result.range.location + result.range.length)
        index += 2
      case "_":
        output += text
        index += 2
      case "+":
        output += group(regex.icuIndexByNumber.last ?? 0)
        index += 2
      case "{":
        if let close = chars[(index + 2)...].firstIndex(of: "}"),
          let icuIndex = regex.icuIndex(ofGroup: String(chars[(index + 2)..<close]))
        {
          output += group(icuIndex)
          index = close + 1
        } else {
          output.append(char)
          index += 1
        }
      default:
        var end = index + 1
        var number: Int?
        var digits = ""
        while end < chars.count, chars[end].isASCII, chars[end].isNumber {
          digits.append(chars[end])
          guard let candidate = Int(digits), candidate < regex.icuIndexByNumber.count else {
            break
          }
          number = candidate
          end += 1
        }
        if let number {
          output += group(regex.icuIndexByNumber[number])
          index = end
        } else {
          output.append(char)
          index += 1
        }
      }
    }
    return output
  }
}
