import Foundation

/// System.String's methods.
///
/// Indexes and lengths count UTF-16 code units, as .NET's do; Replace, Contains, IndexOf and Split
/// compare ordinally and case-sensitively.
extension Members {
  static func stringMethod(_ text: String, _ call: MethodCall) throws -> Value? {
    if let result = try StringComparisonMembers.instanceCall(text, call) { return result }
    let units = Array(text.utf16)
    switch call.key {
    case "toupper", "toupperinvariant": return .string(text.uppercased())
    case "tolower", "tolowerinvariant": return .string(text.lowercased())
    case "trim", "trimstart", "trimend":
      let set = call.arguments.isEmpty ? nil : Set(call.arguments.flatMap { charList($0) })
      let shouldTrim: (Character) -> Bool = { set?.contains($0) ?? $0.isWhitespace }
      var result = Substring(text)
      if call.key != "trimend" { result = result.drop(while: shouldTrim) }
      if call.key != "trimstart" {
        while let last = result.last, shouldTrim(last) { result = result.dropLast() }
      }
      return .string(String(result))
    case "substring":
      try call.expect(1, 2)
      let start = try call.int(0)
      guard start >= 0, start <= units.count else {
        throw call.failure(
          "startIndex cannot be larger than length of string. (Parameter 'startIndex')")
      }
      let length = call.arguments.count == 2 ? try call.int(1) : units.count - start
      guard length >= 0, start + length <= units.count else {
        throw call.failure(
          "Index and length must refer to a location within the string. (Parameter 'length')")
      }
      return .string(utf16String(units[start..<(start + length)]))
    case "replace":
      try call.expect(2, 3)
      let old = call.string(0)
      guard !old.isEmpty else {
        throw call.failure("String cannot be of zero length. (Parameter 'oldValue')")
      }
      let ignoreCase = call.arguments.count == 3 && call.arguments[2].isTruthy
      let options: String.CompareOptions = ignoreCase ? [.caseInsensitive] : [.literal]
      return .string(text.replacingOccurrences(of: old, with: call.string(1), options: options))
    case "split": return .array(split(text, call).map(Value.string))
    case "contains", "startswith", "endswith":
      try call.expect(1, 2)
      let needle = call.string(0)
      let ignoreCase =
        call.arguments.count == 2 && call.string(1).lowercased().hasSuffix("ignorecase")
      let (a, b) = ignoreCase ? (text.lowercased(), needle.lowercased()) : (text, needle)
      if call.key == "contains" { return .bool(needle.isEmpty || a.contains(b)) }
      let hit =
        call.key == "startswith"
        ? a.utf16.starts(with: b.utf16)
        : a.utf16.reversed().starts(with: b.utf16.reversed())
      return .bool(hit)
    case "indexof", "lastindexof": return .int(Int32(try indexOf(units, call)))
    case "indexofany":
      try call.expect(1)
      let set = Set(call.arguments.flatMap { charList($0) }.flatMap { Array(String($0).utf16) })
      return .int(Int32(units.firstIndex { set.contains($0) } ?? -1))
    case "padleft", "padright":
      try call.expect(1, 2)
      let width = try call.int(0)
      guard width >= 0 else {
        throw call.failure("Non-negative number required. (Parameter 'totalWidth')")
      }
      let pad = call.arguments.count == 2 ? (charList(call.arguments[1]).first ?? " ") : " "
      guard width > units.count else { return .string(text) }
      let padding = String(repeating: pad, count: min(width - units.count, 100_000_000))
      return .string(call.key == "padleft" ? padding + text : text + padding)
    case "insert":
      try call.expect(2)
      let index = try call.int(0)
      guard index >= 0, index <= units.count else {
        throw call.failure("Index was out of range. (Parameter 'startIndex')")
      }
      return .string(utf16String(units[..<index]) + call.string(1) + utf16String(units[index...]))
    case "remove":
      try call.expect(1, 2)
      let start = try call.int(0)
      let count = call.arguments.count == 2 ? try call.int(1) : units.count - start
      guard start >= 0, count >= 0, start + count <= units.count else {
        throw call.failure(
          "Index and count must refer to a location within the string. (Parameter 'count')")
      }
      return .string(utf16String(units[..<start]) + utf16String(units[(start + count)...]))
    case "tochararray": return .array(text.map { .char($0) })
    case "chars", "get_chars":
      try call.expect(1)
      let index = try call.int(0)
      guard index >= 0, index < units.count else {
        throw call.failure("Index was outside the bounds of the array.")
      }
      return .char(Character(utf16String(units[index...index])))
    case "equals":
      try call.expect(1, 2)
      guard case .string(let other) = call.arguments[0] else { return .bool(false) }
      let ignoreCase =
        call.arguments.count == 2 && call.string(1).lowercased().hasSuffix("ignorecase")
      return .bool(StringCollation.equal(text, other, caseSensitive: !ignoreCase))
    case "compareto":
      try call.expect(1)
      if call.arguments[0].isNull { return .int(1) }
      return .int(Int32(StringCollation.compare(text, call.string(0), caseSensitive: true)))
    case "normalize", "clone", "tostring": return .string(text)
    case "length": return nil
    default: return nil
    }
  }

  /// A string argument as the characters .NET's `char[]` parameters receive.
  static func charList(_ value: Value) -> [Character] {
    switch value {
    case .array(let array): return array.items.flatMap { charList($0) }
    default: return Array(value.toText())
    }
  }

  private static func utf16String(_ units: ArraySlice<UInt16>) -> String {
    String(decoding: units, as: UTF16.self)
  }

  private static func indexOf(_ units: [UInt16], _ call: MethodCall) throws -> Int {
    try call.expect(1, 2, 3)
    let needle = Array(call.string(0).utf16)
    let forward = call.key == "indexof"
    let defaultStart = forward ? 0 : max(units.count - 1, 0)
    let start = call.arguments.count >= 2 ? try call.int(1) : defaultStart
    guard start >= 0, start <= units.count else {
      throw call.failure(
        "Index was out of range. Must be non-negative and less than the size of the "
          + "collection. (Parameter 'startIndex')")
    }
    if needle.isEmpty { return start }
    guard needle.count <= units.count else { return -1 }
    if forward {
      let count = call.arguments.count == 3 ? try call.int(2) : units.count - start
      let end = min(units.count, start + max(count, 0))
      var index = start
      while index + needle.count <= end {
        if units[index..<(index + needle.count)].elementsEqual(needle) { return index }
        index += 1
      }
      return -1
    }
    var index = min(start, units.count - 1) - needle.count + 1
    while index >= 0 {
      if units[index..<(index + needle.count)].elementsEqual(needle) { return index }
      index -= 1
    }
    return -1
  }

  /// String.Split as PowerShell 7 binds its overloads.
  ///
  /// With no arguments it splits on whitespace; one string splits on that whole string (the
  /// string overload); several characters split on any of them.
  /// A trailing count limits the pieces; `RemoveEmptyEntries`/`TrimEntries` are honoured.
  private static func split(_ text: String, _ call: MethodCall) -> [String] {
    var arguments = call.arguments
    var removeEmpty = false
    var trim = false
    var limit = Int.max
    while let last = arguments.last, arguments.count > 1 || last.isNumeric {
      let name = last.toText().lowercased()
      if name.contains("removeemptyentries") || name.contains("trimentries") {
        removeEmpty = removeEmpty || name.contains("removeemptyentries")
        trim = trim || name.contains("trimentries")
        arguments.removeLast()
      } else if last.isNumeric, let count = last.intValue {
        limit = max(count, 0)
        arguments.removeLast()
      } else {
        break
      }
    }
    if limit == 0 { return [] }
    let matchAt: (Substring) -> Int?
    if arguments.isEmpty {
      matchAt = { $0.first?.isWhitespace == true ? 1 : nil }
    } else if arguments.count == 1, case .string(let separator) = arguments[0] {
      matchAt = { separator.isEmpty || !$0.hasPrefix(separator) ? nil : separator.count }
    } else {
      let set = Set(arguments.flatMap { charList($0) })
      matchAt = { $0.first.map(set.contains) == true ? 1 : nil }
    }
    var pieces: [String] = []
    var current = ""
    var rest = Substring(text)
    while !rest.isEmpty {
      if pieces.count < limit - 1, let length = matchAt(rest) {
        pieces.append(current)
        current = ""
        rest = rest.dropFirst(length)
      } else if let first = rest.first {
        current.append(first)
        rest = rest.dropFirst()
      }
    }
    pieces.append(current)
    if trim { pieces = pieces.map { $0.trimmingCharacters(in: .whitespaces) } }
    if removeEmpty { pieces = pieces.filter { !$0.isEmpty } }
    return pieces
  }
}
