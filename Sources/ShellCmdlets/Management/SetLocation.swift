import Foundation
import ShellCore

/// Set-Location (`cd`, `sl`, `chdir`): changes the current location.
///
/// As in pwsh 7, `cd -` goes back to the previous location and `cd +` forward again, and
/// `Set-Location` without a path goes to the home directory.
final class SetLocation: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-Location",
    synopsis: "Sets the current working location to a specified location.",
    description: """
      Changes the current location, against which relative paths resolve. `-` goes back to \
      the previous location, `+` forward again, and `~` (or no path) to the home directory. \
      A path that does not exist, or is not a directory, is an error and leaves the location \
      unchanged.
      """,
    parameters: [
      ParameterDeclaration(
        "Path", .string, position: 0, pipeline: [.byValue, .byPropertyName],
        sets: ["Path"], help: "The new location; wildcards are permitted if they match one path."),
      ParameterDeclaration(
        "LiteralPath", .string, mandatory: true, pipeline: .byPropertyName,
        sets: ["LiteralPath"], aliases: ["PSPath", "LP"],
        help: "The new location, taken exactly as written."),
      ParameterDeclaration(
        "PassThru", .switchParameter,
        help: "Writes a PathInfo object for the new location."),
    ],
    defaultParameterSet: "Path",
    examples: [
      CmdletExample(
        "Set-Location -Path /\n$PWD.Path",
        remarks: "Moves to the root directory.", prints: "/\n"),
      CmdletExample(
        "Set-Location /; Set-Location /tmp; Set-Location -; (Get-Location).Path",
        remarks: "`-` returns to the previous location.", prints: "/\n"),
    ],
    module: "Microsoft.PowerShell.Management")

  required init() {}

  func process(_ context: CommandContext) throws {
    let interpreter = context.interpreter
    let literal = context.parameters.contains("LiteralPath")
    let given = context.parameters[literal ? "LiteralPath" : "Path"]?.toText() ?? "~"
    let target: String
    if !literal, given == "-" || given == "+" {
      let back = given == "-"
      guard let last = back ? interpreter.locationHistory.last : interpreter.locationFuture.last
      else {
        try context.writeError(
          CmdletErrors.record(
            context, "InvalidOperation",
            "There is no location history left to navigate \(back ? "backwards" : "forwards").",
            category: .invalidOperation, target: .string(given),
            exceptionType: "System.InvalidOperationException"))
        return
      }
      if back {
        interpreter.locationHistory.removeLast()
        interpreter.locationFuture.append(interpreter.location)
      } else {
        interpreter.locationFuture.removeLast()
        interpreter.locationHistory.append(interpreter.location)
      }
      target = last
    } else {
      guard let moved = try Self.change(to: given, literal: literal, context) else { return }
      target = moved
    }
    Self.move(to: target, interpreter)
    if context.parameters.isSet("PassThru") {
      try context.write(.object(LocationCmdlets.pathInfo(target)))
    }
  }

  /// Moves to a directory path (wildcards expanded unless `literal`), recording the old
  /// location for `Set-Location -`; writes an error and returns nil when the path names no
  /// single directory.
  static func change(to given: String, literal: Bool, _ context: CommandContext) throws
    -> String?
  {
    let interpreter = context.interpreter
    if let drive = Interpreter.missingDrive(in: given) {
      try context.writeError(context.errorRecord(DriveNotFoundError(name: drive)))
      return nil
    }
    let matches =
      literal || !LocationCmdlets.isWildcard(given)
      ? [try interpreter.resolvePath(given)] : try LocationCmdlets.expand(given, interpreter)
    guard let first = matches.first, matches.count == 1, LocationCmdlets.isDirectory(first)
    else {
      let shown = matches.count > 1 ? given : (try matches.first ?? interpreter.resolvePath(given))
      try context.writeError(FileContent.pathNotFound(shown, context))
      return nil
    }
    interpreter.locationHistory.append(interpreter.location)
    interpreter.locationFuture.removeAll()
    move(to: first, interpreter)
    return first
  }

  /// Makes `path` the location, updates `$PWD` and, in the shell, the process directory.
  static func move(to path: String, _ interpreter: Interpreter) {
    interpreter.location = path
    interpreter.globalScope.set("PWD", .object(LocationCmdlets.pathInfo(path)))
    if interpreter.changesProcessDirectory {
      _ = FileManager.default.changeCurrentDirectoryPath(path)
    }
  }
}
