import Foundation
import ShellCore

/// Export-Clixml: writes objects to a file in CLIXML, the format Import-Clixml reads back.
final class ExportClixml: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Export-Clixml",
    synopsis:
      "Creates an XML-based representation of an object or objects and stores it in a file.",
    description: """
      Serializes each object as pwsh does: primitives as typed elements, arrays and \
      hashtables with their items, custom objects with their note properties, other objects \
      with their type names, their string and their properties down to -Depth levels (2 by \
      default); below that an object is written as its string. The file is UTF-8 without a \
      byte order mark unless -Encoding says otherwise, and is created even when no object \
      arrives. -NoClobber refuses an existing file; -Force replaces a read-only one.
      """,
    parameters: [
      withRange(
        ParameterDeclaration(
          "Depth", .int, help: "How many levels of contained objects are written (default 2).")),
      ParameterDeclaration(
        "Path", .string, position: 0, mandatory: true, sets: ["ByPath"],
        help: "The file to write."),
      ParameterDeclaration(
        "LiteralPath", .string, mandatory: true, sets: ["ByLiteralPath"],
        aliases: ["PSPath", "LP"], help: "The file to write, taken exactly as written."),
      ParameterDeclaration(
        "InputObject", .any, mandatory: true, pipeline: .byValue,
        help: "The objects to serialize.", allowNull: true),
      ParameterDeclaration(
        "Force", .switchParameter, help: "Replaces the file even when it is read-only."),
      ParameterDeclaration(
        "NoClobber", .switchParameter, aliases: ["NoOverwrite"],
        help: "Refuses to replace an existing file."),
      ParameterDeclaration(
        "Encoding", .string, help: "The encoding of the file (utf8NoBOM by default).",
        notNullOrEmpty: true),
    ],
    defaultParameterSet: "ByPath",
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$file = [System.IO.Path]::GetTempPath() + 'clixml-example.xml'\n"
          + "'hello' | Export-Clixml -Path $file\n"
          + "Get-Content $file",
        remarks: "A string in CLIXML.",
        prints:
          "<Objs Version=\"1.1.0.1\" xmlns=\"http://schemas.microsoft.com/powershell/2004/04\">\n"
          + "  <S>hello</S>\n</Objs>\n"),
      CmdletExample(
        "$file = [System.IO.Path]::GetTempPath() + 'clixml-example-custom.xml'\n"
          + "[pscustomobject]@{ Name = 'a'; Size = 1 } | Export-Clixml $file\n"
          + "$copy = Import-Clixml $file\n"
          + "$copy.pstypenames[0]\n"
          + "$copy.Size",
        remarks: "Imported objects carry the Deserialized. prefix on their type names.",
        prints: "Deserialized.System.Management.Automation.PSCustomObject\n1\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  private var path: String?
  private var values: [Value] = []
  private var encoding = FileContent.Encoding(encoding: .utf8, preamble: [])
  private var depth = 2

  required init() {}

  func begin(_ context: CommandContext) throws {
    let parameters = context.parameters
    if let given = parameters["Depth"]?.unwrapped.intValue { depth = given }
    encoding = try FileContent.encoding(context)
    let given = parameters["Path"]?.toText() ?? parameters["LiteralPath"]?.toText() ?? ""
    guard context.shouldProcess(target: given, action: "Export-Clixml") else { return }
    let resolved = try context.interpreter.resolvePath(given)
    try ClixmlFiles.checkWritable(
      resolved, noClobber: parameters.isSet("NoClobber"), force: parameters.isSet("Force"),
      context)
    path = resolved
  }

  func process(_ context: CommandContext) throws {
    guard path != nil else { return }
    values.append(context.parameters["InputObject"] ?? .null)
  }

  func end(_ context: CommandContext) throws {
    guard let path else { return }
    let text = ClixmlWriter.document(values, depth: depth)
    try ClixmlFiles.write(
      text, to: path, encoding: encoding, force: context.parameters.isSet("Force"), context)
  }
}

/// -Depth's declaration with its `[ValidateRange(1, int.MaxValue)]`.
private func withRange(_ declaration: ParameterDeclaration) -> ParameterDeclaration {
  var result = declaration
  result.check = { value in
    guard let number = value.unwrapped.intValue, number < 1 else { return value }
    throw RuntimeError.make(
      "ParameterArgumentValidationError",
      "Cannot validate argument on parameter 'Depth'. The \(number) argument is less than the "
        + "minimum allowed range of 1. Supply an argument that is greater than or equal to 1 and "
        + "then try the command again.", category: .invalidData)
  }
  return result
}
