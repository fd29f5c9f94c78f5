import Foundation

extension CompletionEngine {
  /// Files and directories whose names start with the last component of `word`.
  ///
  /// The directory part is kept as typed (`~`, `./`, `../`, absolute); directories get a
  /// trailing `/`; a name with blanks or quotes is put in single quotes, as pwsh does. Hidden
  /// entries are offered only when the typed name starts with a dot.
  func paths(word: String, from start: Int) -> Completion {
    var typed = word
    var quote: Character?
    if let first = typed.first, first == "'" || first == "\"" {
      quote = first
      typed.removeFirst()
    }
    let directoryPart: String
    let namePrefix: String
    if let slash = typed.lastIndex(of: "/") {
      directoryPart = String(typed[...slash])
      namePrefix = String(typed[typed.index(after: slash)...])
    } else {
      directoryPart = ""
      namePrefix = typed
    }
    let directory = resolveDirectory(directoryPart)
    let manager = FileManager.default
    guard let entries = try? manager.contentsOfDirectory(atPath: directory) else {
      return .none
    }
    let lower = namePrefix.lowercased()
    let showsHidden = namePrefix.hasPrefix(".")
    let names = entries.filter { name in
      name.lowercased().hasPrefix(lower) && (showsHidden || !name.hasPrefix("."))
    }.sorted { $0.lowercased() < $1.lowercased() }
    let candidates = names.map { name -> String in
      var isDirectory: ObjCBool = false
      let full = (directory.hasSuffix("/") ? directory : directory + "/") + name
      _ = manager.fileExists(atPath: full, isDirectory: &isDirectory)
      let path = directoryPart + name + (isDirectory.boolValue ? "/" : "")
      let needsQuotes =
        quote != nil || path.contains { " '\"$`(){};,&|#@".contains($0) }
      if !needsQuotes { return path }
      if quote == "\"" {
        return "\"" + path.replacingOccurrences(of: "\"", with: "`\"") + "\""
      }
      return Self.quoted(path)
    }
    return Completion(replaceFrom: start, candidates: candidates)
  }

  /// The directory a typed directory part names, relative to the current directory.
  private func resolveDirectory(_ part: String) -> String {
    var path = part
    if path == "~" || path.hasPrefix("~/") {
      path = NSHomeDirectory() + path.dropFirst()
    }
    if path.isEmpty { return currentDirectory() }
    if path.hasPrefix("/") { return path }
    let base = currentDirectory()
    return (base.hasSuffix("/") ? base : base + "/") + path
  }
}
