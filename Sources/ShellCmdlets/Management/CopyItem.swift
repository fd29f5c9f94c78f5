import Foundation
import ShellCore

/// Copy-Item (`copy`, `cpi`): copies files and directories.
final class CopyItem: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Copy-Item",
    synopsis: "Copies an item from one location to another.",
    description: """
      Copies each item to -Destination (the current location by default). When the \
      destination is an existing directory the item is copied into it under its own name; \
      otherwise the copy takes the destination's name, replacing an existing file. A \
      directory is copied with its contents only under -Recurse; without it only the empty \
      directory is created. A missing item or destination folder is an error.
      """,
    parameters: ItemPathParameters.pathAndLiteralPath("items to copy") + [
      ParameterDeclaration(
        "Destination", .string, position: 1, pipeline: .byPropertyName,
        help: "Where the items are copied to: a directory to copy into, or the copy's path."),
      ParameterDeclaration(
        "Recurse", .switchParameter, help: "Copies directories together with their contents."),
      ParameterDeclaration(
        "Force", .switchParameter, help: "Replaces existing items, read-only files included."),
      ParameterDeclaration(
        "PassThru", .switchParameter, help: "Writes an object for each copy made."),
    ],
    defaultParameterSet: "Path",
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$dir = Join-Path $HOME 'copy-example'\n"
          + "$null = New-Item -Path $dir/src/a.txt -Value 'A' -Force\n"
          + "Copy-Item -Path $dir/src -Destination $dir/dst -Recurse\n"
          + "Get-Content $dir/dst/a.txt",
        remarks: "Copies a directory and its contents.", prints: "A\n"),
      CmdletExample(
        "$dir = Join-Path $HOME 'copy-example-file'\n"
          + "$null = New-Item -Path $dir/one.txt -Value 'x' -Force\n"
          + "(Copy-Item $dir/one.txt $dir/two.txt -PassThru).Name",
        remarks: "Copies a file under a new name.", prints: "two.txt\n"),
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
          action: isDirectory ? "Copy Directory" : "Copy File")
      else { continue }
      guard try ItemCmdlets.parentExists(of: target, context) else { continue }
      if source == target || target.hasPrefix(source + "/") {
        try context.writeError(
          CmdletErrors.record(
            context, "CopyError", "Cannot overwrite the item \(source) with itself.",
            category: .writeError, target: .string(source),
            exceptionType: "System.IO.IOException"))
        continue
      }
      do {
        try copy(source, to: target, isDirectory, context)
      } catch {
        try context.writeError(
          CmdletErrors.record(
            context, "CopyDirectoryInfoItemIOError",
            "Access to the path '\(target)' is denied.", category: .writeError,
            target: .string(source), exceptionType: "System.UnauthorizedAccessException"))
        continue
      }
      if context.parameters.isSet("PassThru") { try ItemCmdlets.writeItem(target, context) }
    }
  }

  private func copy(
    _ source: String, to target: String, _ isDirectory: Bool, _ context: CommandContext
  )
    throws
  {
    let manager = FileManager.default
    if !isDirectory {
      if ItemCmdlets.exists(target) { try manager.removeItem(atPath: target) }
      try manager.copyItem(atPath: source, toPath: target)
      return
    }
    if !LocationCmdlets.isDirectory(target) {
      try manager.createDirectory(atPath: target, withIntermediateDirectories: false)
    }
    guard context.parameters.isSet("Recurse") else { return }
    for child in ItemCmdlets.children(of: source, force: true) {
      let name = (child as NSString).lastPathComponent
      try copy(
        child, to: target + "/" + name, LocationCmdlets.isDirectory(child), context)
    }
  }
}
