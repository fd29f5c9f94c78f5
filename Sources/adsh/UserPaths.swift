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
  @discardableResult
  static func createParentDirectory(of path: String) -> Bool {
    let directory = (path as NSString).deletingLastPathComponent
    do {
      try FileManager.default.createDirectory(
        atPath: directory, withIntermediateDirectories: true,
        attributes: [.posixPermissions: 0o700])
      return true
    } catch {
      return false
    }
  }
}
