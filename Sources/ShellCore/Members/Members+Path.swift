import Foundation

/// `[System.IO.Path]`: scripts build and take apart paths with it instead of the cmdlets.
/// Relative paths resolve against the process's current directory, as .NET's do (adsh keeps it
/// in step with Set-Location).
extension Members {
  static func pathProperty(_ key: String) -> Value? {
    switch key {
    case "directoryseparatorchar", "altdirectoryseparatorchar": return .char("/")
    case "pathseparator": return .char(":")
    case "volumeseparatorchar": return .char("/")
    default: return nil
    }
  }

  static func pathStatic(_ call: MethodCall) throws -> Value? {
    let path = call.arguments.isEmpty ? "" : call.string(0)
    let name =
      path.split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
    let dot = name.lastIndex(of: ".")
    switch call.key {
    case "combine", "join":
      var result = ""
      for part in call.arguments.flatMap(\.enumerated).map({ $0.toText() }) where !part.isEmpty {
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
      if call.arguments[0].isNull { return .null }
      guard let dot else { return .string("") }
      return .string(String(name[dot...]) == "." ? "" : String(name[dot...]))
    case "getfilenamewithoutextension":
      try call.expect(1)
      if call.arguments[0].isNull { return .null }
      return .string(dot.map { String(name[..<$0]) } ?? name)
    case "getdirectoryname":
      try call.expect(1)
      if call.arguments[0].isNull || path.isEmpty { return .null }
      guard let slash = path.lastIndex(of: "/") else { return .string("") }
      if path.allSatisfy({ $0 == "/" }) { return .null }
      var directory = String(path[..<slash])
      while directory.count > 1, directory.hasSuffix("/") { directory.removeLast() }
      return .string(directory.isEmpty ? "/" : directory)
    case "ispathrooted", "ispathfullyqualified":
      try call.expect(1)
      return .bool(path.hasPrefix("/"))
    case "hasextension":
      try call.expect(1)
      return .bool(dot.map { name.index(after: $0) != name.endIndex } ?? false)
    case "changeextension":
      try call.expect(2)
      if call.arguments[0].isNull { return .null }
      let stem =
        dot.map { path.dropLast(name.distance(from: $0, to: name.endIndex)) } ?? Substring(path)
      if call.arguments[1].isNull { return .string(String(stem)) }
      let ext = call.string(1)
      return .string(String(stem) + (ext.hasPrefix(".") ? ext : "." + ext))
    case "gettemppath":
      try call.expect(0)
      return .string(temporaryDirectory())
    case "gettempfilename":
      try call.expect(0)
      // .NET creates the empty file so that the name is reserved.
      let directory = temporaryDirectory()
      let template = directory + "tmpXXXXXX.tmp"
      var bytes = Array(template.utf8CString)
      let descriptor = bytes.withUnsafeMutableBufferPointer { buffer -> Int32 in
        guard let start = buffer.baseAddress else { return -1 }
        return mkstemps(start, 4)
      }
      guard descriptor >= 0 else {
        throw call.failure("The file '\(template)' could not be created.")
      }
      close(descriptor)
      return .string(String(cString: bytes))
    case "getrandomfilename":
      try call.expect(0)
      let letters = Array("abcdefghijklmnopqrstuvwxyz012345")
      let pick = { String((0..<$0).map { _ in letters[Int.random(in: 0..<letters.count)] }) }
      return .string(pick(8) + "." + pick(3))
    case "getfullpath":
      try call.expect(1, 2)
      guard !path.isEmpty else {
        throw call.failure("The value cannot be an empty string. (Parameter 'path')")
      }
      let base = call.arguments.count == 2 ? call.string(1) : nil
      return .string(fullPath(path, relativeTo: base))
    case "getpathroot":
      try call.expect(1)
      return .string(path.hasPrefix("/") ? "/" : "")
    case "getinvalidfilenamechars": return .array([.char("\0"), .char("/")])
    case "getinvalidpathchars": return .array([.char("\0")])
    default: return nil
    }
  }

  /// `$TMPDIR` (or `/tmp/`) with a trailing slash, as Path.GetTempPath gives it on Unix.
  static func temporaryDirectory() -> String {
    let temp = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 }
    let directory = temp ?? "/tmp/"
    return directory.hasSuffix("/") ? directory : directory + "/"
  }

  /// An absolute path with `.` and `..` resolved and repeated slashes collapsed, keeping a
  /// trailing slash (Path.GetFullPath); the file system is not consulted.
  public static func fullPath(_ path: String, relativeTo base: String? = nil) -> String {
    let root = base ?? FileManager.default.currentDirectoryPath
    let joined = path.hasPrefix("/") ? path : root + "/" + path
    var parts: [Substring] = []
    for part in joined.split(separator: "/") {
      if part == "." { continue }
      if part == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(part)
    }
    let trailing = path.hasSuffix("/") && !parts.isEmpty ? "/" : ""
    return "/" + parts.joined(separator: "/") + trailing
  }
}
