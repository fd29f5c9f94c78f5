import Foundation

/// Finds the program a command name stands for, as pwsh's command discovery does on Linux
/// once a name is no alias, function or cmdlet.
///
/// A name with a `/` is a path, relative to the shell's current location (not the process's
/// working directory, which an embedded interpreter does not move); any other name is looked
/// up in each directory of `PATH` in order. Only a regular file with an execute permission
/// bit counts when searching `PATH`: a data file of the same name earlier in `PATH` does not
/// hide the program, as in a POSIX shell.
public enum ApplicationSearch {
  /// The full path of the program `name` names, or nil when there is none.
  ///
  /// A path (`./x`, `/bin/echo`) is found when it is a regular file, executable or not: one
  /// that is not executable then fails to start with pwsh's "Permission denied" error instead
  /// of passing for an unknown command.
  public static func find(_ name: String, location: String, searchPath: String?) -> String? {
    guard !name.isEmpty, !name.contains("\0") else { return nil }
    if name.contains("/") {
      let path = absolutePath(name, location: location)
      return isRegularFile(path) ? path : nil
    }
    for directory in directories(searchPath, location: location) {
      let candidate = (directory as NSString).appendingPathComponent(name)
      if isExecutableFile(candidate) { return candidate }
    }
    return nil
  }

  /// Every program in `PATH` whose file name `matches` accepts, each name once (the first
  /// directory wins, as a lookup by that name would find it), in `PATH` order.
  public static func all(
    searchPath: String?, location: String, matching matches: (String) -> Bool
  ) -> [String] {
    var seen: Set<String> = []
    var found: [String] = []
    for directory in directories(searchPath, location: location) {
      // An unreadable or missing directory holds nothing to find.
      let listing = try? FileManager.default.contentsOfDirectory(atPath: directory)  // nil: none
      guard let names = listing else { continue }
      for name in names.sorted() where !seen.contains(name) && matches(name) {
        let candidate = (directory as NSString).appendingPathComponent(name)
        if isExecutableFile(candidate) {
          seen.insert(name)
          found.append(candidate)
        }
      }
    }
    return found
  }

  /// The directories of a `PATH` value; empty entries are skipped (pwsh ignores them rather
  /// than reading them as the current directory), relative ones resolve against `location`.
  static func directories(_ searchPath: String?, location: String) -> [String] {
    (searchPath ?? "").split(separator: ":", omittingEmptySubsequences: true).map {
      absolutePath(String($0), location: location)
    }
  }

  /// `name` made absolute against `location`; `~` is the home directory, as in pwsh paths.
  static func absolutePath(_ name: String, location: String) -> String {
    var expanded = name
    if name == "~" || name.hasPrefix("~/") {
      let home = ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()
      expanded = home + name.dropFirst()
    }
    if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
    return ((location as NSString).appendingPathComponent(expanded) as NSString)
      .standardizingPath
  }

  /// True for a regular file (after following symbolic links).
  static func isRegularFile(_ path: String) -> Bool {
    var info = stat()
    guard stat(path, &info) == 0 else { return false }
    return info.st_mode & S_IFMT == S_IFREG
  }

  /// True for a regular file this process may execute.
  public static func isExecutableFile(_ path: String) -> Bool {
    isRegularFile(path) && access(path, X_OK) == 0
  }
}
