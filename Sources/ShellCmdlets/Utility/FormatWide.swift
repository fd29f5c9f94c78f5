import ShellCore
import ShellFormatting

/// Format-Wide (`fw`): formats objects as a wide table that shows one property of each.
final class FormatWide: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Format-Wide",
    synopsis: "Formats objects as a wide table that displays only one property of each object.",
    description: """
      Shows one property of each object (the one given, else a property named like Name, Id \
      or Key, else the first), several objects per line: two columns sharing the screen width \
      by default, -Column columns, or with -AutoSize as many as fit the widest value.
      """,
    parameters: [
      ParameterDeclaration(
        "Property", .any, position: 0, help: "The property (or calculated property) to show."),
      ParameterDeclaration(
        "Column", .int, sets: ["ColumnSet"], help: "The number of columns."),
      ParameterDeclaration(
        "AutoSize", .switchParameter, sets: ["AutoSizeSet"],
        help: "Puts as many columns on a line as fit the widest value."),
    ] + FormatCmdletSupport.commonParameters(shape: .wide),
    examples: [
      CmdletExample(
        "'alpha','beta','gamma','delta','epsilon' | % { [pscustomobject]@{Name=$_} } "
          + "| Format-Wide -Column 3 -Property Name",
        remarks: "Three columns of one property each.",
        prints: "\nalpha" + String(repeating: " ", count: 35) + "beta"
          + String(repeating: " ", count: 36) + "gamma\ndelta" + String(repeating: " ", count: 35)
          + "epsilon\n\n")
    ],
    module: "Microsoft.PowerShell.Utility")

  private var generator: FormatGenerator?

  required init() {}

  func begin(_ context: CommandContext) throws {
    generator = try FormatCmdletSupport.generator(
      context, shape: .wide, keys: PropertySelection.listKeys
    ) { options in
      options.autoSize = context.parameters.isSet("AutoSize")
      options.wideColumns = context.parameters["Column"]?.intValue
    }
  }

  func process(_ context: CommandContext) throws {
    guard let input = FormatCmdletSupport.input(context) else { return }
    try FormatCmdletSupport.run(context) { try generator?.process(input) }
  }

  func end(_ context: CommandContext) throws {
    try FormatCmdletSupport.run(context) { try generator?.end() }
  }
}
