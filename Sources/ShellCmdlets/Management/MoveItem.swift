import Foundation
import ShellCore

/// Move-Item (`move`, `mi`): moves files and directories.
final class MoveItem: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Move-Item",
    synopsis: "Moves an item from one location to another.",
    description: """
      Moves each item, with its contents, to -Destination (the current location by \
      default). When the destination is an existing directory the item moves into it under \
      its own name; otherwise it takes the destination's name. An existing item at the \
      target is an error unless -Force replaces it; so is a missing item or destination \
      folder.
      """,
    parameters: ItemPathParameters.pathAndLiteralPath("items to move") + [
      ParameterDeclaration(
        "Destination", .string, position: 1, pipeline: .byPropertyName,
        help: "Where the items go: a directory to move into, or the item's new path."),
      ParameterDeclaration(
        "Force", .switchParameter, help: "Replaces an existing file at the target."),
      ParameterDeclaration(
        "PassThru", .switchParameter, help: "Writes an object for each item moved."),
    ],
    defaultParameterSet: "Path",
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$dir = Join-Path $HOME 'move-example'\n"
          + "$null = New-Item -Path $dir/in/a.txt -Force\n"
          + "$null = New-Item -Path $dir/out -ItemType Directory\n"
          + "Move-Item -Path $dir/in/a.txt -Destination $dir/out\n"
          + "Test-Path $dir/in/a.txt, $dir/out/a.txt",
        remarks: "Moves a file into a directory.", prints: "False\nTrue\n")
    ],
    module: "Microsoft.PowerShell.Management")

  required init() {}

  func process(_ context: CommandContext) throws {
    let interpreter = context.interpreter
    let destination = try interpreter.resolvePath(
      ItemCmdlets.providerPath(context.parameters["Destination"]?.toText() ?? "."))
    for source in try ItemCmdlets.existing(context) {
      let target = ItemCmdlets.target(of: source, at: destination)
      let isDirectory = LocationCmdlets.isDirectory(source)
      guard
        context.shouldProcess(
          target: "Item: \(source) Destination: \(target)",
          action: isDirectory ? "Move Directory" : "Move File")
      else { continue }
      guard try ItemCmdlets.parentExists(of: target, context) else { continue }
      guard source != target else { continue }
      if target.hasPrefix(source + "/") {
        try context.writeError(
          CmdletErrors.record(
            context, "MoveItemArgumentError",
            "Destination path cannot be a subdirectory of the source: \(target).",
            category: .invalidArgument, target: .string(source),
            exceptionType: "System.ArgumentException"))
        continue
      }
      if try !ItemCmdlets.replaceExisting(target, source: source, context) { continue }
      do {
        try FileManager.default.moveItem(atPath: source, toPath: target)
      } catch {
        try context.writeError(
          CmdletErrors.record(
            context, "MoveFileInfoItemIOError", "Access to the path '\(source)' is denied.",
            category: .writeError, target: .string(source),
            exceptionType: "System.IO.IOException"))
        continue
      }
      if context.parameters.isSet("PassThru") { try ItemCmdlets.writeItem(target, context) }
    }
  }
}
