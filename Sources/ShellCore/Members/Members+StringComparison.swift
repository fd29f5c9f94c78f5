import Foundation

/// `[StringComparison]` arguments to string methods (`.IndexOf($x, 'OrdinalIgnoreCase')`,
/// `[string]::Equals($a, $b, [StringComparison]::OrdinalIgnoreCase)`) and the
/// `[StringComparer]` objects: scripts compare names case-insensitively with them.
enum StringComparisonMembers {
  private static let names: Set<String> = [
    "currentculture", "currentcultureignorecase", "invariantculture",
    "invariantcultureignorecase", "ordinal", "ordinalignorecase",
  ]

  /// True when a method argument is a StringComparison (the enum value or its name).
  static func isComparison(_ value: Value) -> Bool {
    if let object = value.psObject, object.typeName == DotNetEnum.stringComparison.fullName {
      return true
    }
    if case .string(let text) = value { return names.contains(text.lowercased()) }
    return false
  }

  static func ignoresCase(_ value: Value) -> Bool {
    value.toText().lowercased().hasSuffix("ignorecase")
  }

  /// String instance methods whose last argument is a StringComparison; nil for other calls.
  static func instanceCall(_ text: String, _ call: MethodCall) throws -> Value? {
    guard call.arguments.count >= 2, let last = call.arguments.last, isComparison(last) else {
      return nil
    }
    let ignoreCase = ignoresCase(last)
    var rest = Array(call.arguments.dropLast())
    switch call.key {
    case "indexof", "lastindexof":
      var subject = text
      if ignoreCase {
        subject = text.lowercased()
        rest[0] = .string(rest[0].toText().lowercased())
      }
      let stripped = MethodCall(
        target: .string(subject), name: call.name, key: call.key, arguments: rest)
      return try Members.stringMethod(subject, stripped)
    case "replace":
      guard rest.count == 2 else { return nil }
      let old = rest[0].toText()
      guard !old.isEmpty else {
        throw call.failure("String cannot be of zero length. (Parameter 'oldValue')")
      }
      return .string(
        text.replacingOccurrences(
          of: old, with: rest[1].toText(), options: ignoreCase ? [.caseInsensitive] : [.literal]))
    case "compareto": return nil
    default: return nil
    }
  }

  /// `[string]::Equals(a, b, comparison)` and `[string]::Compare(a, b, comparison)`.
  static func staticCall(_ call: MethodCall) -> Value? {
    guard call.arguments.count == 3, isComparison(call.arguments[2]) else { return nil }
    let ignoreCase = ignoresCase(call.arguments[2])
    let (a, b) = (call.arguments[0], call.arguments[1])
    switch call.key {
    case "equals":
      if a.isNull || b.isNull { return .bool(a.isNull && b.isNull) }
      return .bool(StringCollation.equal(a.toText(), b.toText(), caseSensitive: !ignoreCase))
    case "compare":
      if a.isNull || b.isNull { return .int(a.isNull ? (b.isNull ? 0 : -1) : 1) }
      return .int(
        Int32(
          compare(
            a.toText(), b.toText(),
            ordinal: call.arguments[2].toText().lowercased().hasPrefix("ordinal"),
            ignoreCase: ignoreCase)))
    default: return nil
    }
  }

  /// Ordinal comparisons order by UTF-16 code unit (the difference's sign); the culture
  /// ones by the shell's collation.
  static func compare(_ a: String, _ b: String, ordinal: Bool, ignoreCase: Bool) -> Int {
    guard ordinal else { return StringCollation.compare(a, b, caseSensitive: !ignoreCase) }
    let (left, right) = ignoreCase ? (a.uppercased(), b.uppercased()) : (a, b)
    for (x, y) in zip(left.utf16, right.utf16) where x != y { return x < y ? -1 : 1 }
    return left.utf16.count == right.utf16.count
      ? 0 : (left.utf16.count < right.utf16.count ? -1 : 1)
  }

  /// `[StringComparer]::OrdinalIgnoreCase` and the other comparers, with Equals, Compare and
  /// GetHashCode.
  static func comparer(_ key: String) -> Value? {
    guard names.contains(key) else { return nil }
    let ordinal = key.hasPrefix("ordinal")
    let ignoreCase = key.hasSuffix("ignorecase")
    let typeName =
      ordinal
      ? (ignoreCase ? "System.OrdinalIgnoreCaseComparer" : "System.OrdinalComparer")
      : "System.CultureAwareComparer"
    let object = PSObject(typeNames: [typeName, "System.StringComparer", "System.Object"])
    object.stringValue = { typeName }
    StringComparerValue.mark(object, ignoresCase: ignoreCase)
    object.methods["equals"] = PSMethod(name: "Equals") { arguments in
      try MethodCall.check("Equals", arguments, 2)
      let (a, b) = (arguments[0], arguments[1])
      if a.isNull || b.isNull { return .bool(a.isNull && b.isNull) }
      return .bool(compare(a.toText(), b.toText(), ordinal: ordinal, ignoreCase: ignoreCase) == 0)
    }
    object.methods["compare"] = PSMethod(name: "Compare") { arguments in
      try MethodCall.check("Compare", arguments, 2)
      let (a, b) = (arguments[0], arguments[1])
      if a.isNull || b.isNull { return .int(a.isNull ? (b.isNull ? 0 : -1) : 1) }
      return .int(Int32(compare(a.toText(), b.toText(), ordinal: ordinal, ignoreCase: ignoreCase)))
    }
    object.methods["gethashcode"] = PSMethod(name: "GetHashCode") { arguments in
      try MethodCall.check("GetHashCode", arguments, 1)
      let text = arguments[0].toText()
      return .int(Int32(truncatingIfNeeded: (ignoreCase ? text.uppercased() : text).hashValue))
    }
    return .object(object)
  }
}
