import ShellCore

/// ConvertTo-Csv: converts objects to CSV lines (a header line, then one line per object).
final class ConvertToCsv: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "ConvertTo-Csv",
    synopsis: "Converts .NET objects into a series of character-separated value (CSV) strings.",
    description: """
      Writes a header line naming the first object's properties, then one line per object \
      with the string form of each property. Every field is quoted by default; a $null value \
      is an empty field. No #TYPE line is written unless -IncludeTypeInformation is given.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, position: 0, mandatory: true, pipeline: .byValue,
        help: "The objects to convert.")
    ] + CsvWriter.sharedParameters,
    defaultParameterSet: "Delimiter",
    examples: [
      CmdletExample(
        "[pscustomobject]@{ Name = 'a'; Size = 1 }, [pscustomobject]@{ Name = 'b,c'; Size = 2 } "
          + "| ConvertTo-Csv",
        remarks: "Converts two objects.", prints: "\"Name\",\"Size\"\n\"a\",\"1\"\n\"b,c\",\"2\"\n"),
      CmdletExample(
        "[pscustomobject]@{ Name = 'a'; Note = $null } | ConvertTo-Csv -UseQuotes AsNeeded -Delimiter ';'",
        remarks: "Quotes only where needed and separates fields with semicolons.",
        prints: "Name;Note\na;\n"),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.string)

  private var writer: CsvWriter?

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let input = context.parameters["InputObject"] else { return }
    var current = writer ?? CsvWriter(context.parameters)
    for line in current.lines(for: input, context.parameters) { try context.write(.string(line)) }
    writer = current
  }
}
