import ShellCore

/// ConvertFrom-Csv: converts CSV lines from the pipeline into custom objects.
final class ConvertFromCsv: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "ConvertFrom-Csv",
    synopsis:
      "Converts object properties in character-separated value (CSV) format into CSV versions of the original objects.",
    description: """
      Reads CSV text given as strings: the first line names the columns (unless -Header gives \
      them) and each further line becomes a PSCustomObject whose properties are strings.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .anyArray, position: 0, mandatory: true, pipeline: .byValue,
        help: "The CSV lines to convert.")
    ]
      + CsvReaderOptions.parameters(
        headerHelp: "Column names to use; the first line is then read as data."),
    defaultParameterSet: "Delimiter",
    examples: [
      CmdletExample(
        "'Name,Size', 'a,1', 'b,2' | ConvertFrom-Csv | ForEach-Object Size",
        remarks: "Converts two rows and reads their Size column.", prints: "1\n2\n"),
      CmdletExample(
        "('x;y' | ConvertFrom-Csv -Delimiter ';' -Header First, Second).Second",
        remarks: "Names the columns with -Header.", prints: "y\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  private var lines: [String] = []

  required init() {}

  func process(_ context: CommandContext) throws {
    lines += (context.parameters["InputObject"] ?? .null).enumerated.map { $0.toText() }
  }

  func end(_ context: CommandContext) throws {
    var reader = CsvReader(
      delimiter: CsvReaderOptions.delimiter(context),
      header: context.parameters["Header"].map { $0.enumerated.map { $0.toText() } })
    for object in reader.objects(from: lines.joined(separator: "\n")) {
      try context.write(object)
    }
  }
}
