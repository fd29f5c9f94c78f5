import Foundation
import ShellCore

/// Import-Csv (`ipcsv`): reads a CSV file into custom objects whose properties are strings.
final class ImportCsv: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Import-Csv",
    synopsis:
      "Creates table-like custom objects from the items in a character-separated value (CSV) file.",
    description: """
      Reads a CSV file: the first line names the columns (unless -Header gives them) and each \
      further line becomes a PSCustomObject with one string property per column. Quoted fields \
      may hold delimiters, doubled quotes and line breaks. A leading #TYPE line is skipped.
      """,
    parameters: [
      ParameterDeclaration(
        "Path", .stringArray, position: 0, pipeline: .byValue, help: "The CSV files to read."),
      ParameterDeclaration(
        "LiteralPath", .stringArray, pipeline: .byPropertyName, aliases: ["PSPath", "LP"],
        help: "The CSV files to read, taken exactly as written."),
    ]
      + CsvReaderOptions.parameters(
        headerHelp: "Column names to use; the file's first line is then read as data.")
      + [
        ParameterDeclaration(
          "Encoding", .string, help: "The file's encoding when it has no byte order mark.")
      ],
    defaultParameterSet: "Delimiter",
    examples: [
      CmdletExample(
        "$file = [System.IO.Path]::GetTempPath() + 'ipcsv-example.csv'\n"
          + "Set-Content $file 'Name,Size', 'a,1', '\"b,c\",2'\n"
          + "Import-Csv $file | ForEach-Object { $_.Name + '=' + $_.Size }",
        remarks: "Reads two rows; the quoted field keeps its comma.", prints: "a=1\nb,c=2\n")
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    let literal = context.parameters.contains("LiteralPath")
    let arguments = (context.parameters[literal ? "LiteralPath" : "Path"]?.enumerated ?? [])
      .map { $0.toText() }
    let encoding = try context.parameters.contains("Encoding") ? FileContent.encoding(context) : nil
    for argument in arguments {
      let path = try context.interpreter.resolvePath(argument)
      guard let data = FileManager.default.contents(atPath: path) else {
        try context.writeError(
          CmdletErrors.record(
            context, "FileOpenFailure", "Could not find file '\(path)'.", category: .readError,
            target: .string(path), exceptionType: "System.IO.FileNotFoundException"))
        continue
      }
      var reader = CsvReader(
        delimiter: CsvReaderOptions.delimiter(context),
        header: context.parameters["Header"].map { $0.enumerated.map { $0.toText() } })
      for object in reader.objects(from: FileContent.decode(data, as: encoding)) {
        try context.write(object)
      }
    }
  }
}

/// Options Import-Csv and ConvertFrom-Csv read the same way.
enum CsvReaderOptions {
  /// `-Delimiter`, `-UseCulture` and `-Header`, declared alike by both readers.
  static func parameters(headerHelp: String) -> [ParameterDeclaration] {
    [
      ParameterDeclaration(
        "Delimiter", .string, position: 1, sets: ["Delimiter"],
        help: "The character that separates fields (a comma by default)."),
      ParameterDeclaration(
        "UseCulture", .switchParameter, sets: ["UseCulture"],
        help: "Uses the culture's list separator (a comma)."),
      ParameterDeclaration("Header", .stringArray, help: headerHelp),
    ]
  }

  /// `-Delimiter`'s first character, else a comma (also for `-UseCulture`).
  static func delimiter(_ context: CommandContext) -> Character {
    context.parameters["Delimiter"]?.toText().first ?? ","
  }
}
