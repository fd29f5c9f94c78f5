import ShellCore
import ShellFormatting

/// Format-Table (`ft`): formats objects as a table whose columns are properties.
final class FormatTable: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Format-Table",
    synopsis: "Formats the output as a table.",
    description: """
      Draws the selected properties of each object as a column. Without -Property the \
      object's registered table view is used, else its default display properties, else \
      (up to 10 of) all its properties. Column widths come from the first rows (or from all \
      of them with -AutoSize) and the table is fitted to the screen width: text that does not \
      fit ends in '…'. Numbers are right-aligned. Format-Table writes formatting objects, so it \
      should be the last command of a pipeline, or be followed by Out-String or Out-File.
      """,
    parameters: [
      ParameterDeclaration(
        "Property", .anyArray, position: 0,
        help: "The properties to show: names (wildcards allowed), script blocks, or calculated "
          + "properties such as @{Name='Size'; Expression={$_.Length}; Width=10; "
          + "Alignment='Right'; FormatString='N2'}."),
      ParameterDeclaration(
        "AutoSize", .switchParameter,
        help: "Sizes the columns to all the data; nothing prints until the input ends."),
      ParameterDeclaration(
        "Wrap", .switchParameter,
        help: "Wraps text that does not fit its column onto further lines instead of cutting it."),
      ParameterDeclaration(
        "HideTableHeaders", .switchParameter, help: "Omits the column headers and dashes."),
      ParameterDeclaration(
        "RepeatHeader", .switchParameter, help: "Accepted for compatibility; has no effect."),
    ] + FormatCmdletSupport.commonParameters(shape: .table),
    examples: [
      CmdletExample(
        "[pscustomobject]@{Name='Alpha'; Value=1}, [pscustomobject]@{Name='Gamma ray'; Value=333} "
          + "| Format-Table Name, Value",
        remarks: "Two columns; the number column is right-aligned.",
        prints: "\nName      Value\n----      -----\nAlpha         1\nGamma ray   333\n\n"),
      CmdletExample(
        "[pscustomobject]@{one=1} | Format-Table @{l='one';e='one';width=10;alignment='center'}",
        remarks: "A calculated column with a fixed width, centred.",
        prints: "\n   one\n   ---\n    1\n\n"),
      CmdletExample(
        "[pscustomobject]@{a=1;b=2} | ft -HideTableHeaders", remarks: "Rows only.",
        prints: "\n1 2\n\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  private var generator: FormatGenerator?

  required init() {}

  func begin(_ context: CommandContext) throws {
    generator = try FormatCmdletSupport.generator(
      context, shape: .table, keys: PropertySelection.tableKeys
    ) { options in
      options.autoSize = context.parameters.isSet("AutoSize")
      options.wrap = context.parameters.isSet("Wrap")
      options.hideHeaders = context.parameters.isSet("HideTableHeaders")
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
