import Foundation
import ShellCore

/// Get-Item (`gi`): writes the item at each path.
final class GetItem: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-Item",
    synopsis: "Gets the item at the specified location.",
    description: """
      Writes a DirectoryInfo or FileInfo object for the item each path names, not its \
      contents; wildcards are expanded. A path that names nothing is an error.
      """,
    parameters: ItemPathParameters.pathAndLiteralPath("items to get"),
    defaultParameterSet: "Path",
    examples: [
      CmdletExample(
        "(Get-Item -Path /).PSIsContainer", remarks: "The root is a directory.",
        prints: "True\n"),
      CmdletExample(
        "$file = Join-Path $HOME 'gi-example.txt'\n"
          + "Set-Content -Path $file -Value 'hello'\n"
          + "$item = Get-Item $file\n"
          + "$item.Name, $item.Length, $item.Extension, $item.BaseName",
        remarks: "A file's name, size in bytes, extension and name without it.",
        prints: "gi-example.txt\n6\n.txt\ngi-example\n"),
    ],
    module: "Microsoft.PowerShell.Management", outputType: CoreOutputTypes.fileSystemItems)

  required init() {}

  func process(_ context: CommandContext) throws {
    if try EnvironmentDrive.writeItems(context) { return }
    for path in try ItemCmdlets.existing(context) { try ItemCmdlets.writeItem(path, context) }
  }
}
