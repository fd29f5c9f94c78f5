import Foundation

/// Where adsh keeps per-user files, following the XDG base directory specification.
///
/// `$XDG_DATA_HOME` (default `~/.local/share`) holds the history (and, see `LabLocation`, the lab);
/// `$XDG_CONFIG_HOME` (default `~/.config`) holds the profile. A relative or empty value is
/// ignored, as the specification requires.
enum UserPaths {
  /// The history file: `$XDG_DATA_HOME/adsh/history`.
  static func history(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    dataHome(environment) + "/adsh/history"
  }

  /// The profile script `$PROFILE` names: `$XDG_CONFIG_HOME/adsh/profile.ps1`.
  static func profile(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> String
  {
    base("XDG_CONFIG_HOME", fallback: ".config", environment) + "/adsh/profile.ps1"
  }

  private static func dataHome(_ environment: [String: String]) -> String {
    base("XDG_DATA_HOME", fallback: ".local/share", environment)
  }

  private static func base(
    _ variable: String, fallback: String, _ environment: [String: String]
  ) -> String {
    if let value = environment[variable], value.hasPrefix("/") { return value }
    let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
    return home + "/" + fallback
  }

  /// Creates `path`'s parent directory (and its parents) with mode 0700 when missing.
  ///
  /// Returns nil when the directory is there, else the problem as a sentence naming the
  /// directory and the system's reason ("Permission denied"), never Foundation's error dump.
  static func createParentDirectory(of path: String) -> String? {
    let directory = (path as NSString).deletingLastPathComponent
    var made = ""
    for component in directory.split(separator: "/", omittingEmptySubsequences: true) {
      made += "/" + component
      if mkdir(made, 0o700) == 0 || errno == EEXIST {
        var info = stat()
        if stat(made, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { continue }
        return "'\(made)' is not a directory"
      }
      return "cannot create '\(made)': \(String(cString: strerror(errno)))"
    }
    if access(directory, W_OK) != 0 {
      return "cannot write to '\(directory)': \(String(cString: strerror(errno)))"
    }
    return nil
  }
}
