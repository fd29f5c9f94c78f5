import Foundation
import ShellCore

/// Remove-Item (`ri`, `del`, `erase`, `rd`, `rmdir`): deletes files and directories.
final class RemoveItem: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-Item",
    synopsis: "Deletes the specified items.",
    description: """
      Deletes the item each path names; wildcards are expanded. A directory with items in it \
      is deleted with them only under -Recurse; without it pwsh asks first, and where it \
      cannot ask (no terminal, -NonInteractive) that is an error and nothing is deleted. A \
      path that names nothing is an error. -WhatIf reports what would be deleted.
      """,
    parameters: ItemPathParameters.pathAndLiteralPath("items to delete") + [
      ParameterDeclaration(
        "Recurse", .switchParameter, help: "Deletes directories together with their contents."),
      ParameterDeclaration(
        "Force", .switchParameter,
        help: "Deletes items that could not otherwise be changed, such as hidden items."),
    ],
    defaultParameterSet: "Path",
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$dir = Join-Path $HOME 'ri-example'\n"
          + "$null = New-Item -Path $dir/logs/a.log -Force\n"
          + "Remove-Item -Path $dir -Recurse\n"
          + "Test-Path $dir",
        remarks: "Deletes a directory and everything in it.", prints: "False\n"),
      CmdletExample(
        "$file = '/tmp/ri-whatif-example.txt'\n"
          + "$null = New-Item $file -Force\n"
          + "Remove-Item $file -WhatIf\n"
          + "Test-Path $file\n"
          + "Remove-Item $file",
        remarks: "-WhatIf leaves the file in place.",
        prints:
          "What if: Performing the operation \"Remove File\" on target "
          + "\"/tmp/ri-whatif-example.txt\".\nTrue\n"),
    ],
    module: "Microsoft.PowerShell.Management")

  required init() {}

  func process(_ context: CommandContext) throws {
    if let (names, literal) = EnvironmentDrive.names(context) {
      for item in try names.flatMap({ try EnvironmentDrive.items($0, context, literal: literal) }) {
        let name = item.psObject?.value(of: "Name")?.toText() ?? ""
        guard context.shouldProcess(target: "Item: \(name)", action: "Remove Item") else {
          continue
        }
        unsetenv(name)
      }
      return
    }
    for path in try ItemCmdlets.existing(context) {
      let isDirectory = LocationCmdlets.isDirectory(path) && !isLink(path)
      let action = isDirectory ? "Remove Directory" : "Remove File"
      guard context.shouldProcess(target: path, action: action) else { continue }
      if isDirectory, !context.parameters.isSet("Recurse"),
        !ItemCmdlets.children(of: path, force: true).isEmpty
      {
        let query =
          "The item at \(path) has children and the Recurse parameter was not specified. If you "
          + "continue, all children will be removed with the item. Are you sure you want to "
          + "continue?"
        guard try context.shouldContinue(query) else { continue }
      }
      do {
        try FileManager.default.removeItem(atPath: path)
      } catch {
        try context.writeError(
          CmdletErrors.record(
            context, "RemoveFileSystemItemIOError",
            "Cannot remove item \(path): Access to the path '\(path)' is denied.",
            category: .writeError, target: .string(path),
            exceptionType: "System.IO.IOException"))
      }
    }
  }

  private func isLink(_ path: String) -> Bool {
    let attributes = try? FileManager.default.attributesOfItem(atPath: path)
    return attributes?[.type] as? FileAttributeType == .typeSymbolicLink
  }
}
