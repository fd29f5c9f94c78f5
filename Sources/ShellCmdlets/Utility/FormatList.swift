import ShellCore
import ShellFormatting

/// Format-List (`fl`): formats objects as lists of `Label : value` lines.
final class FormatList: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Format-List",
    synopsis: "Formats the output as a list of properties in which each property appears on a "
      + "new line.",
    description: """
      Prints each object as one line per property, the labels padded to the longest label of \
      the object, with an empty line after each object. Without -Property the object's \
      registered list view is used, else its default display properties, else all its \
      properties; `Format-List *` shows every property.
      """,
    parameters: [
      ParameterDeclaration(
        "Property", .anyArray, position: 0,
        help: "The properties to show: names (wildcards allowed, * for all), script blocks, or "
          + "calculated properties such as @{Label='Size'; Expression={$_.Length}}.")
    ] + FormatCmdletSupport.commonParameters(shape: .list),
    examples: [
      CmdletExample(
        "[pscustomobject]@{Name='a'; Value=1}, [pscustomobject]@{Name='bb'; Value=22} "
          + "| Format-List",
        remarks: "Each object is followed by an empty line.",
        prints: "\nName  : a\nValue : 1\n\nName  : bb\nValue : 22\n\n"),
      CmdletExample(
        "[pscustomobject]@{Name='x'; Size=3; Note=$null} | fl N*",
        remarks: "Wildcards pick properties; an empty value keeps the space after the colon.",
        prints: "\nName : x\nNote : \n\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  private var generator: FormatGenerator?

  required init() {}

  func begin(_ context: CommandContext) throws {
    generator = try FormatCmdletSupport.generator(
      context, shape: .list, keys: PropertySelection.listKeys)
  }

  func process(_ context: CommandContext) throws {
    guard let input = FormatCmdletSupport.input(context) else { return }
    try FormatCmdletSupport.run(context) { try generator?.process(input) }
  }

  func end(_ context: CommandContext) throws {
    try FormatCmdletSupport.run(context) { try generator?.end() }
  }
}
