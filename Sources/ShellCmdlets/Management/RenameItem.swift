import Foundation
import ShellCore

/// Rename-Item (`ren`, `rni`): gives an item a new name in the same directory.
final class RenameItem: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Rename-Item",
    synopsis: "Renames an item.",
    description: """
      Renames the item at -Path to -NewName, in the same directory; use Move-Item to move \
      it elsewhere. A missing item, a new name in another directory, or an existing item \
      with the new name (unless -Force replaces a file) is an error.
      """,
    parameters: [
      ParameterDeclaration(
        "Path", .string, position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName],
        sets: ["ByPath"], help: "The item to rename."),
      ParameterDeclaration(
        "LiteralPath", .string, mandatory: true, pipeline: .byPropertyName,
        sets: ["ByLiteralPath"], aliases: ["PSPath", "LP"],
        help: "The item to rename, taken exactly as written."),
      ParameterDeclaration(
        "NewName", .string, position: 1, mandatory: true, pipeline: .byPropertyName,
        help: "The new name of the item."),
      ParameterDeclaration(
        "Force", .switchParameter, help: "Replaces an existing file that has the new name."),
      ParameterDeclaration(
        "PassThru", .switchParameter, help: "Writes an object for the renamed item."),
    ],
    defaultParameterSet: "ByPath",
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$dir = Join-Path $HOME 'rename-example'\n"
          + "$null = New-Item -Path $dir/draft.txt -Force\n"
          + "(Rename-Item -Path $dir/draft.txt -NewName final.txt -PassThru).Name",
        remarks: "Renames a file and writes its new object.", prints: "final.txt\n")
    ],
    module: "Microsoft.PowerShell.Management")

  required init() {}

  func process(_ context: CommandContext) throws {
    let literal = context.parameters.contains("LiteralPath")
    let given = ItemCmdlets.providerPath(
      context.parameters[literal ? "LiteralPath" : "Path"]?.toText() ?? "")
    let newName = context.parameters["NewName"]?.toText() ?? ""
    let interpreter = context.interpreter
    let matches =
      literal || !LocationCmdlets.isWildcard(given)
      ? [try interpreter.resolvePath(given)].filter { ItemCmdlets.exists($0) }
      : try LocationCmdlets.expand(given, interpreter)
    guard let source = matches.first else {
      try context.writeError(
        CmdletErrors.record(
          context, "InvalidOperation", "Cannot rename because item at '\(given)' does not exist.",
          category: .invalidOperation, target: .string(given),
          exceptionType: "System.Management.Automation.PSInvalidOperationException"))
      return
    }
    let directory = SplitPath.parent(source)
    let target =
      newName.contains("/")
      ? try interpreter.resolvePath(newName) : JoinPath.join(directory, newName)
    guard !newName.isEmpty, SplitPath.parent(target) == directory else {
      try context.writeError(
        CmdletErrors.record(
          context, "Argument",
          "Cannot rename the specified target, because it represents a path or device name.",
          category: .invalidArgument, target: .string(newName),
          exceptionType: "System.ArgumentException"))
      return
    }
    let isDirectory = LocationCmdlets.isDirectory(source)
    guard
      context.shouldProcess(
        target: "Item: \(source) Destination: \(target)",
        action: isDirectory ? "Rename Directory" : "Rename File")
    else { return }
    guard source != target else { return }
    if try !ItemCmdlets.replaceExisting(target, source: source, context) { return }
    do {
      try FileManager.default.moveItem(atPath: source, toPath: target)
    } catch {
      try context.writeError(
        CmdletErrors.record(
          context, "RenameItemIOError", "Access to the path '\(source)' is denied.",
          category: .writeError, target: .string(source), exceptionType: "System.IO.IOException"))
      return
    }
    if context.parameters.isSet("PassThru") { try ItemCmdlets.writeItem(target, context) }
  }
}
