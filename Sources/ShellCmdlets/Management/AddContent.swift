import ShellCore

/// Add-Content (`ac`): appends content to a file, creating it when needed.
final class AddContent: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Add-Content",
    synopsis: "Adds content to the specified items, such as adding words to a file.",
    description: """
      Appends each value's string form on its own line (or back to back with -NoNewline) to \
      the end of the file, creating the file when it does not exist.
      """,
    parameters: ContentWriting.parameters(valueHelp: "The content to add."),
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$file = [System.IO.Path]::GetTempPath() + 'ac-example.txt'\n"
          + "Set-Content $file 'first'\n"
          + "Add-Content -Path $file -Value 'second'\n"
          + "Get-Content $file",
        remarks: "Adds a line after the existing one.", prints: "first\nsecond\n")
    ],
    module: "Microsoft.PowerShell.Management")

  private var writing = ContentWriting(append: true, action: "Add Content")

  required init() {}

  func process(_ context: CommandContext) throws { writing.collect(context) }

  func end(_ context: CommandContext) throws { try writing.finish(context) }
}
