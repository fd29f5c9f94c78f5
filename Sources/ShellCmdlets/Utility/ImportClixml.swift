import Foundation
import ShellCore

/// Import-Clixml: reads objects back from a CLIXML file.
final class ImportClixml: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Import-Clixml",
    synopsis: "Imports a CLIXML file and creates corresponding objects in PowerShell.",
    description: """
      Reads each object a CLIXML file holds, as Export-Clixml wrote it. Strings, numbers, \
      booleans, dates, durations and GUIDs come back as themselves, arrays and hashtables as \
      arrays and hashtables; other objects come back as deserialized objects: their type \
      names carry the Deserialized. prefix and their properties hold the values written, \
      without the methods of the original type.
      """,
    parameters: [
      ParameterDeclaration(
        "Path", .stringArray, position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName],
        sets: ["ByPath"], help: "The files to read; wildcards are permitted."),
      ParameterDeclaration(
        "LiteralPath", .stringArray, mandatory: true, pipeline: .byPropertyName,
        sets: ["ByLiteralPath"], aliases: ["PSPath", "LP"],
        help: "The files to read, taken exactly as written."),
    ],
    defaultParameterSet: "ByPath",
    examples: [
      CmdletExample(
        "$file = [System.IO.Path]::GetTempPath() + 'ipclixml-example.xml'\n"
          + "@{ Name = 'a'; Tags = 'x', 'y' } | Export-Clixml $file\n"
          + "(Import-Clixml $file).Tags",
        remarks: "A hashtable comes back as a hashtable.", prints: "x\ny\n")
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    let literal = context.parameters.contains("LiteralPath")
    let given = (context.parameters[literal ? "LiteralPath" : "Path"]?.enumerated ?? [])
      .map { $0.toText() }
    for argument in given {
      for path in try FileContent.resolve(argument, wildcard: !literal, context.interpreter) {
        let text = try ClixmlFiles.read(path, context)
        let values: [Value]
        do {
          values = try ClixmlReader.read(text)
        } catch let failure as ClixmlReader.Failure {
          throw CmdletErrors.terminating(
            context, "System.Xml.XmlException", failure.message, category: .notSpecified,
            exceptionType: "System.Xml.XmlException")
        }
        for value in values { try context.write(value) }
      }
    }
  }
}
