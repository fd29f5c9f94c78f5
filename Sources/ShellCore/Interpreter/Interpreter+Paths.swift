import Foundation

/// A path that names a drive the session does not have (`C:\Reports` on Linux).
///
/// pwsh reads `NAME:` before any separator as a drive name; on Linux there is no `C:` drive, so
/// such a path ends in a DriveNotFoundException. A cmdlet reports it as
/// `DriveNotFound,<its class>`; the engine's own users (redirection, `switch -File`) as
/// `DriveNotFound`.
public struct DriveNotFoundError: Error {
  /// The drive name as written (`C`).
  public let name: String

  public init(name: String) { self.name = name }

  /// The text of pwsh's DriveNotFoundException.
  public var message: String {
    "Cannot find drive. A drive with the name '\(name)' does not exist."
  }

  /// The error record, its id followed by `,source` when a command reports it.
  public func record(source: String?) -> ErrorRecord {
    ErrorRecord(
      message: message, exceptionType: "System.Management.Automation.DriveNotFoundException",
      errorId: source.map { "DriveNotFound,\($0)" } ?? "DriveNotFound", category: .objectNotFound,
      targetObject: .string(name))
  }
}

/// File system paths as pwsh on Unix reads them: `\` and `/` are both separators (the
/// FileSystem provider and the location globber turn the alternate separator into `/`), `~` is
/// the home directory, and a drive-qualified path names a drive that must exist.
extension Interpreter {
  /// The drives pwsh on Linux has besides the file system's `/`; their providers are not the
  /// file system's, so a path on them is not refused as naming a missing drive.
  static let builtInDriveNames: Set<String> = ["alias", "env", "function", "variable", "temp"]

  /// Resolves a path against the current location.
  ///
  /// `\` is a separator as `/` is, a leading `~` is the home directory. Throws
  /// `DriveNotFoundError` for a drive that does not exist.
  public func resolvePath(_ path: String) throws -> String {
    if let drive = Self.missingDrive(in: path) { throw DriveNotFoundError(name: drive) }
    let normalized = Self.normalizedSeparators(Self.withoutFileSystemProvider(path))
    let expanded =
      normalized == "~" || normalized.hasPrefix("~/")
      ? Self.homeDirectory + normalized.dropFirst() : normalized
    if expanded.hasPrefix("/") { return (expanded as NSString).standardizingPath }
    return ((location as NSString).appendingPathComponent(expanded) as NSString).standardizingPath
  }

  /// A provider-qualified file system path (`Microsoft.PowerShell.Core\FileSystem::/tmp`, the
  /// PSPath of a file item, or `FileSystem::/tmp`) without its provider part.
  static func withoutFileSystemProvider(_ path: String) -> String {
    guard let marker = path.range(of: "::") else { return path }
    let provider = path[..<marker.lowerBound].lowercased()
    guard provider == "filesystem" || provider == "microsoft.powershell.core\\filesystem" else {
      return path
    }
    return String(path[marker.upperBound...])
  }

  /// The path with every `\` turned into `/`, as pwsh on Unix normalises provider paths.
  public static func normalizedSeparators(_ path: String) -> String {
    path.replacingOccurrences(of: "\\", with: "/")
  }

  /// The drive a path names when that drive does not exist, else nil.
  ///
  /// pwsh's rule (LocationGlobber.IsAbsolutePath): a path starting with `.\`, `./`, `/` or `\`
  /// names no drive; otherwise a `:` after the first character with no separator before it
  /// ends a drive name.
  public static func missingDrive(in path: String) -> String? {
    guard let first = path.first, first != "/", first != "\\",
      !path.hasPrefix("./"), !path.hasPrefix(".\\"),
      let colon = path.firstIndex(of: ":"), colon > path.startIndex
    else { return nil }
    let name = path[..<colon]
    guard !name.contains("/"), !name.contains("\\") else { return nil }
    // `Provider::path` is provider-qualified, not a drive.
    guard !path[colon...].hasPrefix("::") else { return nil }
    return builtInDriveNames.contains(name.lowercased()) ? nil : String(name)
  }

  /// The home directory: `$HOME` from the environment, as .NET reads it on Unix, else the
  /// account's home.
  public static var homeDirectory: String {
    let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
    return home.isEmpty ? NSHomeDirectory() : home
  }
}
