import Foundation

/// Wildcard expansion of a program's bare-word arguments, which pwsh does on Unix (since 6.0)
/// because no shell is there to do it: `ls *.txt` passes the matching file names.
///
/// Only unquoted bare words are expanded (the caller checks); a word that matches nothing
/// passes as written, as pwsh passes it. A relative pattern matches against the shell's
/// current location and gives relative names (`*.txt` → `a.txt`), an absolute one absolute
/// names. Matching is glob(3)'s: `*`, `?` and `[...]`; names starting with a dot match only a
/// pattern that starts with one, as in a POSIX shell.
public enum NativeGlob {
  /// True when a word holds a wildcard character.
  public static func hasWildcard(_ word: String) -> Bool {
    word.contains { $0 == "*" || $0 == "?" || $0 == "[" }
  }

  /// The paths a wildcard word matches, sorted; nil when it matches nothing.
  public static func expand(_ word: String, location: String) -> [String]? {
    guard hasWildcard(word), !word.contains("\0") else { return nil }
    let isRelative = !word.hasPrefix("/")
    // The location is text, not a pattern: its own wildcard characters are escaped.
    let base = isRelative ? escaped(location.hasSuffix("/") ? location : location + "/") : ""
    var result = glob_t()
    defer { globfree(&result) }
    guard glob(base + word, 0, nil, &result) == 0 else { return nil }
    var paths: [String] = []
    for index in 0..<Int(result.gl_pathc) {
      guard let pointer = result.gl_pathv[index] else { continue }
      paths.append(String(cString: pointer))
    }
    guard !paths.isEmpty else { return nil }
    guard isRelative else { return paths }
    let prefix = location.hasSuffix("/") ? location : location + "/"
    return paths.map { $0.hasPrefix(prefix) ? String($0.dropFirst(prefix.count)) : $0 }
  }

  /// `text` with glob(3)'s special characters escaped by backslashes.
  private static func escaped(_ text: String) -> String {
    var result = ""
    for character in text {
      if "*?[]\\".contains(character) { result.append("\\") }
      result.append(character)
    }
    return result
  }
}
