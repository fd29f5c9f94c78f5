import Foundation

/// Static members of `[regex]` and `[guid]`; the other .NET types route to their own files.
extension Members {
  static func otherStaticProperty(_ type: PSType, _ key: String) throws -> Value? {
    if let value = try dotNetStaticProperty(type, key) { return value }
    return cultureStaticProperty(type, key)
  }

  static func otherStatic(
    _ type: PSType, _ call: MethodCall, context: OperatorContext
  ) throws -> Value? {
    switch type.fullName.lowercased() {
    case "system.text.regularexpressions.regex": return try regexStatic(call, context: context)
    case InternalTestHooks.typeName.lowercased(): return try InternalTestHooks.call(call)
    case "system.guid": return try guidStatic(call)
    default:
      if let provider = context.staticMethodProviders[type.fullName.lowercased()] {
        return try provider(call.name, call.arguments)
      }
      if let result = try dotNetStatic(type, call, context: context) { return result }
      return try cultureStatic(type, call)
    }
  }

  /// `[regex]::` methods; unlike the operators they are case-sensitive unless told
  /// `'IgnoreCase'`.
  private static func regexStatic(_ call: MethodCall, context: OperatorContext) throws -> Value? {
    let regexOptions: () throws -> (DotNetRegex) = {
      let optionIndex = call.key == "replace" ? 3 : 2
      let options = call.arguments.count > optionIndex ? call.string(optionIndex).lowercased() : ""
      var extra: NSRegularExpression.Options = []
      if options.contains("multiline") { extra.insert(.anchorsMatchLines) }
      if options.contains("singleline") { extra.insert(.dotMatchesLineSeparators) }
      return try DotNetRegex.make(
        call.string(1), caseSensitive: !options.contains("ignorecase"), extra: extra)
    }
    switch call.key {
    case "escape":
      try call.expect(1)
      return .string(NSRegularExpression.escapedPattern(for: call.string(0)))
    case "unescape":
      try call.expect(1)
      return .string(
        call.string(0).replacingOccurrences(
          of: #"\\(.)"#, with: "$1", options: .regularExpression))
    case "ismatch":
      try call.expect(2, 3)
      return .bool(try regexOptions().firstMatch(in: call.string(0)) != nil)
    case "match":
      try call.expect(2, 3)
      let regex = try regexOptions()
      let text = call.string(0)
      guard let result = regex.firstMatch(in: text) else { return RegexMatchObject.empty() }
      return RegexMatchObject.make(result, regex: regex, in: text)
    case "matches":
      try call.expect(2, 3)
      let regex = try regexOptions()
      let text = call.string(0)
      return .array(
        regex.matches(in: text).map { RegexMatchObject.make($0, regex: regex, in: text) })
    case "replace":
      try call.expect(3, 4)
      return .string(
        try Operators.replace(call.string(0), try regexOptions(), with: call.arguments[2], context))
    case "split":
      try call.expect(2, 3)
      return .array(Operators.split(call.string(0), try regexOptions(), limit: 0).map(Value.string))
    default: return nil
    }
  }
}
