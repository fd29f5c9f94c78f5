import Foundation
import ShellCore
import ShellFormatting

/// The cmdlets and aliases of one area: the location and path cmdlets (Get-/Set-/Push-/
/// Pop-Location, Test-, Join-, Split- and Resolve-Path), with the PathInfo objects they write.
///
/// Paths use the Linux separator `/`, as pwsh on Linux writes them; the provider-qualified forms
/// (`Microsoft.PowerShell.Core\FileSystem::/tmp`) are not modelled.
enum LocationCmdlets {
  static let all: [any Cmdlet.Type] = [
    GetLocation.self, SetLocation.self, TestPath.self, JoinPath.self, SplitPath.self,
    ResolvePath.self, PushLocation.self, PopLocation.self,
  ]
  /// pwsh 7's aliases for these cmdlets on Linux.
  static let aliases: [(String, String)] = [
    ("gl", "Get-Location"), ("pwd", "Get-Location"), ("sl", "Set-Location"),
    ("cd", "Set-Location"), ("chdir", "Set-Location"), ("rvpa", "Resolve-Path"),
    ("pushd", "Push-Location"), ("popd", "Pop-Location"),
  ]

  /// Registers the cmdlets, their aliases, `$PWD` and the PathInfo view.
  static func register(in interpreter: Interpreter) {
    for cmdlet in all { interpreter.register(cmdlet) }
    for (name, target) in aliases { interpreter.alias(name, target) }
    interpreter.globalScope.set(
      "PWD", .object(LocationCmdlets.pathInfo(FileManager.default.currentDirectoryPath)))
    // PowerShellCore_format_ps1xml shows a PathInfo as a one-column table of its Path.
    interpreter.formatViews.register(
      FormatView(
        name: "PathInfo", typeNames: ["System.Management.Automation.PathInfo"], shape: .table,
        columns: [FormatColumn(property: "Path")]))
  }

  /// A `System.Management.Automation.PathInfo` for a file-system path; it prints as its Path.
  static func pathInfo(_ path: String) -> PSObject {
    let object = PSObject(typeNames: ["System.Management.Automation.PathInfo", "System.Object"])
    object.set("Drive", .string("/"))
    object.set("Provider", .string("Microsoft.PowerShell.Core\\FileSystem"))
    object.set("ProviderPath", .string(path))
    object.set("Path", .string(path))
    object.stringValue = { path }
    return object
  }

  /// True for a path with wildcard characters.
  static func isWildcard(_ path: String) -> Bool {
    path.contains { $0 == "*" || $0 == "?" || $0 == "[" }
  }

  /// The existing items a path names, resolved against the current location; wildcards in any
  /// component are expanded, and the matches are sorted within each directory.
  static func expand(_ path: String, _ interpreter: Interpreter) throws -> [String] {
    let full = try interpreter.resolvePath(path)
    guard isWildcard(full) else {
      return FileManager.default.fileExists(atPath: full) ? [full] : []
    }
    var matches = ["/"]
    for component in full.split(separator: "/").map(String.init) {
      var next: [String] = []
      for directory in matches {
        let base = directory == "/" ? "" : directory
        if isWildcard(component) {
          let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
          next += entries.filter { Operators.wildcardMatch($0, pattern: component) }.sorted()
            .map { base + "/" + $0 }
        } else if FileManager.default.fileExists(atPath: base + "/" + component) {
          next.append(base + "/" + component)
        }
      }
      matches = next
    }
    return matches
  }

  /// Whether a path is a directory.
  static func isDirectory(_ path: String) -> Bool {
    var flag: ObjCBool = false
    return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
  }
}
