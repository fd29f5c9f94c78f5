import Foundation

/// Static members of `[regex]`, `[guid]`, `[System.IO.Path]` and `[Environment]`.
extension Members {
  static func otherStaticProperty(_ type: PSType, _ key: String) throws -> Value? {
    switch (type.fullName.lowercased(), key) {
    case ("system.environment", "newline"): return .string("\n")
    case ("system.environment", "machinename"): return .string(ProcessInfo.processInfo.hostName)
    case ("system.environment", "username"): return .string(ProcessInfo.processInfo.userName)
    case ("system.environment", "processorcount"):
      return .int(Int32(ProcessInfo.processInfo.processorCount))
    case ("system.environment", "currentdirectory"):
      return .string(FileManager.default.currentDirectoryPath)
    case ("system.environment", "is64bitprocess"), ("system.environment", "is64bitoperatingsystem"):
      return .bool(true)
    case ("system.environment", "tickcount"):
      return .int(Int32(truncatingIfNeeded: Int(ProcessInfo.processInfo.systemUptime * 1000)))
    case ("system.io.path", "directoryseparatorchar"): return .char("/")
    case ("system.io.path", "altdirectoryseparatorchar"): return .char("/")
    case ("system.io.path", "pathseparator"): return .char(":")
    default: return cultureStaticProperty(type, key)
    }
  }

  static func otherStatic(
    _ type: PSType, _ call: MethodCall, context: OperatorContext
  ) throws -> Value? {
    switch type.fullName.lowercased() {
    case "system.text.regularexpressions.regex": return try regexStatic(call, context: context)
    case "system.guid":
      guard call.key == "newguid" else { return nil }
      try call.expect(0)
      return guidValue(UUID().uuidString.lowercased())
    case "system.io.path": return try pathStatic(call)
    case "system.environment":
      switch call.key {
      case "getenvironmentvariable":
        try call.expect(1, 2)
        return ProcessInfo.processInfo.environment[call.string(0)].map(Value.string) ?? .null
      case "getenvironmentvariables":
        let table = PSHashtable()
        for (name, value) in ProcessInfo.processInfo.environment.sorted(by: { $0.key < $1.key }) {
          table[.string(name)] = .string(value)
        }
        return .hashtable(table)
      default: return nil
      }
    default: return try cultureStatic(type, call)
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

  private static func pathStatic(_ call: MethodCall) throws -> Value? {
    let path = call.arguments.isEmpty ? "" : call.string(0)
    let name =
      path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    let dot = name.lastIndex(of: ".")
    switch call.key {
    case "combine", "join":
      var result = ""
      for part in call.arguments.map({ $0.toText() }) where !part.isEmpty {
        if call.key == "combine", part.hasPrefix("/") || result.isEmpty {
          result = part
        } else {
          result += (result.hasSuffix("/") || part.hasPrefix("/") ? "" : "/") + part
        }
      }
      return .string(result)
    case "getfilename":
      try call.expect(1)
      return call.arguments[0].isNull ? .null : .string(name)
    case "getextension":
      try call.expect(1)
      guard let dot else { return .string("") }
      return .string(String(name[dot...]) == "." ? "" : String(name[dot...]))
    case "getfilenamewithoutextension":
      try call.expect(1)
      return .string(dot.map { String(name[..<$0]) } ?? name)
    case "getdirectoryname":
      try call.expect(1)
      guard let slash = path.lastIndex(of: "/") else { return .string("") }
      if path == "/" { return .null }
      let directory = String(path[..<slash])
      return .string(directory.isEmpty ? "/" : directory)
    case "ispathrooted":
      try call.expect(1)
      return .bool(path.hasPrefix("/"))
    case "changeextension":
      try call.expect(2)
      let stem =
        dot.map { path.dropLast(name.distance(from: $0, to: name.endIndex)) } ?? Substring(path)
      let ext = call.arguments[1].isNull ? "" : call.string(1)
      return .string(String(stem) + (ext.isEmpty || ext.hasPrefix(".") ? ext : "." + ext))
    case "gettemppath":
      let temp = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp/"
      return .string(temp.hasSuffix("/") ? temp : temp + "/")
    default: return nil
    }
  }
}
