import Foundation

/// A .NET-style regular expression running on ICU (NSRegularExpression).
///
/// ICU numbers capture groups left to right, while .NET numbers unnamed groups first and named
/// groups after them, and ICU names allow fewer characters. So the pattern is rewritten with
/// every named group made a plain group, and this type keeps the .NET numbers and names.
public final class DotNetRegex {
  /// The pattern as written, in .NET syntax.
  public let pattern: String
  let regex: NSRegularExpression
  /// For each .NET group number (index), the ICU group index; 0 is the whole match.
  let icuIndexByNumber: [Int]
  /// The .NET group names in .NET order: the numbers first, then the named groups.
  let groupNames: [String]

  init(_ pattern: String, options: NSRegularExpression.Options) throws {
    self.pattern = pattern
    let scan = DotNetRegex.translate(pattern)
    do {
      // An empty pattern matches the empty string everywhere, as in .NET.
      let icuPattern = scan.icuPattern.isEmpty ? "(?:)" : scan.icuPattern
      regex = try NSRegularExpression(pattern: icuPattern, options: options)
    } catch {
      throw OperatorErrors.invalidRegex(pattern)
    }
    var numbers = [0]
    var names = ["0"]
    var unnamedCount = 0
    for (offset, name) in scan.groups.enumerated() where name == nil {
      unnamedCount += 1
      numbers.append(offset + 1)
      names.append(String(unnamedCount))
    }
    for (offset, name) in scan.groups.enumerated() {
      guard let name else { continue }
      numbers.append(offset + 1)
      names.append(name)
    }
    icuIndexByNumber = numbers
    groupNames = names
  }

  /// The ICU group index for a .NET group name or number.
  func icuIndex(ofGroup name: String) -> Int? {
    if let position = groupNames.firstIndex(where: { $0.caseInsensitiveEquals(name) }) {
      return icuIndexByNumber[position]
    }
    return nil
  }

  /// Every match in a text, left to right.
  public func matches(in text: String) -> [NSTextCheckingResult] {
    regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
  }

  /// The first match in a text, if any.
  public func firstMatch(in text: String) -> NSTextCheckingResult? {
    regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length))
  }

  /// The text a group captured, or nil when it did not participate.
  static func text(_ range: NSRange, in text: String) -> String? {
    guard range.location != NSNotFound else { return nil }
    return (text as NSString).substring(with: range)
  }

  private static let cacheLock = NSLock()
  nonisolated(unsafe) private static var cache: [String: DotNetRegex] = [:]

  /// A compiled regex, cached by pattern and options as PowerShell's operators cache them.
  public static func make(
    _ pattern: String, caseSensitive: Bool, extra: NSRegularExpression.Options = []
  ) throws -> DotNetRegex {
    var options = extra
    if !caseSensitive { options.insert(.caseInsensitive) }
    let key = "\(options.rawValue)\u{0}\(pattern)"
    cacheLock.lock()
    defer { cacheLock.unlock() }
    if let cached = cache[key] { return cached }
    let compiled = try DotNetRegex(pattern, options: options)
    if cache.count > 1000 { cache.removeAll() }
    cache[key] = compiled
    return compiled
  }

  /// The rewritten pattern and its capture groups in order of appearance (nil = unnamed).
  private static func translate(_ pattern: String) -> (icuPattern: String, groups: [String?]) {
    let chars = Array(pattern)
    var output = ""
    var groups: [String?] = []
    var pendingBackreferences: [(range: Range<String.Index>, name: String)] = []
    var index = 0
    var inClass = false
    while index < chars.count {
      let char = chars[index]
      if char == "\\", index + 1 < chars.count {
        let next = chars[index + 1]
        if !inClass, next == "k", index + 2 < chars.count,
          chars[index + 2] == "<"
            || chars[index + 2] == "'",
          let close = chars[(index + 3)...].firstIndex(of: chars[index + 2] == "<" ? ">" : "'")
        {
          let name = String(chars[(index + 3)..<close])
          let start = output.endIndex
          output += "\\k<\(name)>"
          pendingBackreferences.append((start..<output.endIndex, name))
          index = close + 1
          continue
        }
        if next == "p" || next == "P", index + 2 < chars.count, chars[index + 2] == "{",
          let close = chars[(index + 2)...].firstIndex(of: "}")
        {
          // A Unicode category, `\p{Lu}`: its braces are no quantifier.
          output += String(chars[index...close])
          index = close + 1
          continue
        }
        output.append(char)
        output.append(next)
        index += 2
        continue
      }
      if inClass {
        if char == "]" { inClass = false }
        // In .NET `[` and `&` are plain members of a class; ICU reads them as a nested set
        // and an intersection.
        if char == "[" || char == "&" { output.append("\\") }
        output.append(char)
        index += 1
        continue
      }
      if char == "{" || char == "}" {
        // .NET reads `{` as a quantifier only in the forms {n}, {n,} and {n,m}; anything else,
        // such as `{1, 2}` or `{,2}`, is literal text, where ICU reports an error.
        if char == "{", let end = quantifierEnd(chars, at: index) {
          output += String(chars[index...end])
          index = end + 1
        } else {
          output += "\\" + String(char)
          index += 1
        }
        continue
      }
      if char == "[" {
        inClass = true
        output.append(char)
        if index + 1 < chars.count, chars[index + 1] == "]" || chars[index + 1] == "^" {
          output.append(chars[index + 1])
          index += 1
        }
        index += 1
        continue
      }
      if char == "(" {
        if index + 1 < chars.count, chars[index + 1] == "?" {
          if let (name, end) = groupName(chars, at: index + 2) {
            groups.append(name)
            output.append("(")
            index = end
            continue
          }
        } else if index + 1 < chars.count, chars[index + 1] == "*" {
          output.append(char)
        } else {
          groups.append(nil)
        }
      }
      output.append(char)
      index += 1
    }
    // Resolve \k<name> to ICU's numbered back-references now that all groups are known.
    for reference in pendingBackreferences.reversed() {
      let target: Int? =
        groups.firstIndex(where: { $0?.caseInsensitiveEquals(reference.name) ?? false })
        .map { $0 + 1 } ?? Int(reference.name)
      guard let target else { continue }
      output.replaceSubrange(reference.range, with: "\\\(target)")
    }
    return (output, groups)
  }

  /// The index of the `}` closing a .NET quantifier that starts at `start`, or nil when the
  /// brace is literal.
  private static func quantifierEnd(_ chars: [Character], at start: Int) -> Int? {
    var index = start + 1
    let digit = { (position: Int) in
      position < chars.count && chars[position].isASCII
        && chars[position].isNumber
    }
    guard digit(index) else { return nil }
    while digit(index) { index += 1 }
    if index < chars.count, chars[index] == "," {
      index += 1
      while digit(index) { index += 1 }
    }
    return index < chars.count && chars[index] == "}" ? index : nil
  }

  /// Reads `<name>`, `'name'` or `P<name>` after `(?`; returns the name and the index after it.
  private static func groupName(_ chars: [Character], at start: Int) -> (String, Int)? {
    var index = start
    if index < chars.count, chars[index] == "P" { index += 1 }
    guard index < chars.count, chars[index] == "<" || chars[index] == "'" else { return nil }
    let closer: Character = chars[index] == "<" ? ">" : "'"
    guard index + 1 < chars.count, chars[index + 1] != "=", chars[index + 1] != "!",
      let close = chars[(index + 1)...].firstIndex(of: closer)
    else { return nil }
    let name = String(chars[(index + 1)..<close])
    guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
      return nil
    }
    return (name, close + 1)
  }
}
