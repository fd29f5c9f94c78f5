import Foundation
import ShellCore

/// Resolve-Path (`rvpa`): writes a PathInfo for each existing item a path names.
final class ResolvePath: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Resolve-Path",
    synopsis: "Resolves the wildcard characters in a path, and displays the path contents.",
    description: """
      Writes a PathInfo object with the full path of each existing item a path names; \
      wildcards are expanded and relative paths resolve against the current location. A path \
      that names nothing is an error. -Relative writes paths relative to the current \
      location instead, as strings.
      """,
    parameters: ItemPathParameters.pathAndLiteralPath("paths to resolve") + [
      ParameterDeclaration(
        "Relative", .switchParameter,
        help: "Writes each path relative to the current location, as a string.")
    ],
    defaultParameterSet: "Path",
    examples: [
      CmdletExample(
        "(Resolve-Path -Path /usr/../etc).Path", remarks: "Resolves `..` in a path.",
        prints: "/etc\n"),
      CmdletExample(
        "Set-Location /usr\nResolve-Path -Path ../etc -Relative",
        remarks: "A path relative to the current location.", prints: "../etc\n"),
    ],
    module: "Microsoft.PowerShell.Management", outputType: CoreOutputTypes.pathInfo)

  required init() {}

  func process(_ context: CommandContext) throws {
    let literal = context.parameters.contains("LiteralPath")
    let paths = (context.parameters[literal ? "LiteralPath" : "Path"]?.enumerated ?? [])
      .map { $0.toText() }
    let interpreter = context.interpreter
    for path in paths {
      if let drive = Interpreter.missingDrive(in: path) {
        try context.writeError(context.errorRecord(DriveNotFoundError(name: drive)))
        continue
      }
      let matches =
        literal || !LocationCmdlets.isWildcard(path)
        ? [try interpreter.resolvePath(path)].filter { FileManager.default.fileExists(atPath: $0) }
        : try LocationCmdlets.expand(path, interpreter)
      if matches.isEmpty {
        try context.writeError(
          FileContent.pathNotFound(try interpreter.resolvePath(path), context))
      }
      for match in matches {
        if context.parameters.isSet("Relative") {
          try context.write(.string(Self.relative(match, to: interpreter.location)))
        } else {
          try context.write(.object(LocationCmdlets.pathInfo(match)))
        }
      }
    }
  }

  /// `path` relative to `base`: `./name` below it, `../name` beside it.
  static func relative(_ path: String, to base: String) -> String {
    let target = path.split(separator: "/")
    let from = base.split(separator: "/")
    var common = 0
    while common < min(target.count, from.count), target[common] == from[common] { common += 1 }
    let ups = Array(repeating: "..", count: from.count - common)
    let rest = target[common...].map(String.init)
    if ups.isEmpty { return (["."] + rest).joined(separator: "/") }
    return (ups + rest).joined(separator: "/")
  }
}
