import Foundation
import ShellCore

/// Export-Csv (`epcsv`): writes objects to a CSV file.
final class ExportCsv: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Export-Csv",
    synopsis: "Converts objects into a series of CSV strings and saves the strings to a file.",
    description: """
      Writes what ConvertTo-Csv produces to a file, one line each, in UTF-8 without a byte \
      order mark. With -Append the columns come from the file's header line and no header is \
      written again; an object lacking one of those columns is an error unless -Force is given.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, mandatory: true, pipeline: .byValue, help: "The objects to export."),
      ParameterDeclaration(
        "Path", .string, position: 0, help: "The file to write."),
      ParameterDeclaration(
        "LiteralPath", .string, aliases: ["PSPath", "LP"],
        help: "The file to write, taken exactly as written."),
      ParameterDeclaration(
        "Append", .switchParameter, help: "Adds the lines to the end of the file."),
      ParameterDeclaration(
        "Force", .switchParameter,
        help: "With -Append, writes objects whose properties do not match the file's columns."),
      ParameterDeclaration(
        "NoClobber", .switchParameter, aliases: ["NoOverwrite"],
        help: "Refuses to replace an existing file."),
      ParameterDeclaration(
        "Encoding", .string, help: "The encoding of the file (utf8NoBOM by default)."),
    ] + CsvWriter.sharedParameters,
    defaultParameterSet: "Delimiter",
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$file = [System.IO.Path]::GetTempPath() + 'epcsv-example.csv'\n"
          + "[pscustomobject]@{ Name = 'a'; Size = 1 } | Export-Csv -Path $file\n"
          + "Get-Content $file",
        remarks: "Exports one object and shows the file.",
        prints: "\"Name\",\"Size\"\n\"a\",\"1\"\n"),
      CmdletExample(
        "$file = [System.IO.Path]::GetTempPath() + 'epcsv-example-append.csv'\n"
          + "[pscustomobject]@{ Name = 'a' } | Export-Csv $file\n"
          + "[pscustomobject]@{ Name = 'b' } | Export-Csv $file -Append\n"
          + "(Import-Csv $file).Name",
        remarks: "Appends a row to an existing file.", prints: "a\nb\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  private var writer: CsvWriter?
  private var lines: [String] = []
  private var path = ""
  private var appending = false

  required init() {}

  func begin(_ context: CommandContext) throws {
    guard
      let given = context.parameters["Path"]?.toText()
        ?? context.parameters["LiteralPath"]?.toText()
    else {
      throw CmdletErrors.terminating(
        context, "CannotSpecifyPathAndLiteralPath",
        "You must specify either the -Path or -LiteralPath parameters, but not both.",
        category: .invalidData)
    }
    path = try context.interpreter.resolvePath(given)
    let exists = FileManager.default.fileExists(atPath: path)
    if exists, context.parameters.isSet("NoClobber"), !context.parameters.isSet("Append") {
      throw CmdletErrors.terminating(
        context, "NoClobber", "The file '\(path)' already exists.", category: .resourceExists,
        target: .string(path), exceptionType: "System.IO.IOException")
    }
    if context.parameters.isSet("Append"), exists,
      let data = FileManager.default.contents(atPath: path)
    {
      let text = FileContent.decode(data, as: nil)
      var writer = CsvWriter(context.parameters)
      let reader = CsvReader(delimiter: writer.delimiter)
      let records = reader.records(text).filter { !($0.count == 1 && $0[0].hasPrefix("#TYPE")) }
      if let header = records.first {
        writer.columns = header
        self.writer = writer
        appending = true
      }
    }
  }

  func process(_ context: CommandContext) throws {
    guard let input = context.parameters["InputObject"] else { return }
    var current = writer ?? CsvWriter(context.parameters)
    if appending, !context.parameters.isSet("Force"), let columns = current.columns {
      let names = Set(CsvWriter.propertyNames(of: input).map { $0.lowercased() })
      if let missing = columns.first(where: { !names.contains($0.lowercased()) }) {
        throw CmdletErrors.terminating(
          context, "CannotAppendCsvWithMismatchedPropertyNames",
          "Cannot append CSV content to the following file: \(path). The appended object does "
            + "not have a property that corresponds to the following column: \(missing). To "
            + "continue with mismatched properties, add the -Force parameter, and then retry the "
            + "command.", category: .invalidData, target: .string(missing),
          exceptionType: "System.InvalidOperationException")
      }
    }
    lines += current.lines(for: input, context.parameters)
    writer = current
  }

  func end(_ context: CommandContext) throws {
    let encoding = try FileContent.encoding(context)
    guard context.shouldProcess(target: path, action: "Export-Csv") else { return }
    let text = lines.map { $0 + "\n" }.joined()
    try FileContent.write(
      text, to: path, encoding: encoding, append: context.parameters.isSet("Append"), context)
  }
}
