import Foundation
import ShellCore

/// Test-Path: writes True or False for each path, by whether it exists.
final class TestPath: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Test-Path",
    synopsis: "Determines whether all elements of a path exist.",
    description: """
      Writes True for each path that names an existing item and False otherwise. A path with \
      wildcards is True when at least one item matches. -PathType Container accepts only \
      directories and -PathType Leaf only other items. -IsValid checks only the path's syntax, \
      which on Linux admits every path without a NUL character.
      """,
    parameters: ItemPathParameters.pathAndLiteralPath("paths to test", allowsEmpty: true) + [
      ParameterDeclaration(
        "PathType", .string, aliases: ["Type"], validValues: ["Any", "Container", "Leaf"],
        help: "The kind of item required: Any (the default), Container (a directory) or Leaf."),
      ParameterDeclaration(
        "IsValid", .switchParameter,
        help: "Tests only whether the path's syntax is valid, not whether the item exists."),
    ],
    defaultParameterSet: "Path",
    examples: [
      CmdletExample("Test-Path -Path /", remarks: "The root directory exists.", prints: "True\n"),
      CmdletExample(
        "Test-Path -Path / -PathType Leaf\n"
          + "Test-Path -Path /no-such-dir/*.txt",
        remarks: "The root is a container, not a leaf; a wildcard that matches nothing is False.",
        prints: "False\nFalse\n"),
    ],
    module: "Microsoft.PowerShell.Management", outputType: CoreOutputTypes.boolean)

  required init() {}

  func process(_ context: CommandContext) throws {
    let literal = context.parameters.contains("LiteralPath")
    let paths = (context.parameters[literal ? "LiteralPath" : "Path"]?.enumerated ?? [])
      .map { $0.toText() }
    let kind = (context.parameters["PathType"]?.toText() ?? "Any").lowercased()
    for path in paths {
      if path.isEmpty {
        try context.write(.bool(false))
        continue
      }
      if context.parameters.isSet("IsValid") {
        try context.write(.bool(!path.contains("\0")))
        continue
      }
      if let name = EnvironmentDrive.name(in: path) {
        // Env: holds leaves only; its root is the one container.
        let exists =
          name.isEmpty
          || (literal || !LocationCmdlets.isWildcard(name)
            ? ProcessInfo.processInfo.environment[name] != nil
            : !EnvironmentDrive.entries(matching: name).isEmpty)
        try context.write(.bool(exists && (kind != "container" || name.isEmpty)))
        continue
      }
      let interpreter = context.interpreter
      let matches: [String]
      do {
        matches =
          literal || !LocationCmdlets.isWildcard(path)
          ? [try interpreter.resolvePath(path)].filter {
            FileManager.default.fileExists(atPath: $0)
          }
          : try LocationCmdlets.expand(path, interpreter)
      } catch is DriveNotFoundError {
        // pwsh's Test-Path answers False for a path on a drive that does not exist.
        matches = []
      }
      let found = matches.contains { match in
        switch kind {
        case "container": return LocationCmdlets.isDirectory(match)
        case "leaf": return !LocationCmdlets.isDirectory(match)
        default: return true
        }
      }
      try context.write(.bool(found))
    }
  }
}
