import Foundation
import ShellCore
import ShellFormatting
import ShellSyntax

/// Tee-Object (`tee`): passes objects on and also saves them in a file or a variable.
final class TeeObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Tee-Object",
    synopsis: "Saves command output in a file or variable and also sends it down the pipeline.",
    description: """
      Writes each input object to the pipeline unchanged and keeps a copy: -FilePath writes \
      the objects to a file as they would be shown on the console (UTF-8, replacing the file \
      unless -Append is given), -Variable stores them in a variable of the caller's scope \
      (one object as itself, several as an array).
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The objects to save and pass on."),
      ParameterDeclaration(
        "FilePath", .string, position: 0, mandatory: true, sets: ["File"], aliases: ["Path"],
        help: "The file the objects are written to."),
      ParameterDeclaration(
        "LiteralPath", .string, mandatory: true, sets: ["LiteralFile"],
        aliases: ["PSPath", "LP"], help: "The file, taken literally."),
      ParameterDeclaration(
        "Append", .switchParameter, sets: ["File", "LiteralFile"],
        help: "Adds to the end of the file instead of replacing it."),
      ParameterDeclaration(
        "Encoding", .string, sets: ["File", "LiteralFile"],
        help: "Accepted for compatibility; files are written as UTF-8 without a BOM."),
      ParameterDeclaration(
        "Variable", .string, mandatory: true, sets: ["Variable"],
        help: "The name of the variable (without $) that receives the objects."),
    ],
    defaultParameterSet: "File",
    examples: [
      CmdletExample(
        "(1..3 | Tee-Object -Variable saved | Measure-Object -Sum).Sum; $saved -join ','",
        remarks: "Sums the numbers and also keeps them in $saved.", prints: "6\n1,2,3\n")
    ],
    module: "Microsoft.PowerShell.Utility")

  private var items: [Value] = []

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let input = context.input ?? context.parameters["InputObject"] else { return }
    items.append(input)
    try context.write(input)
  }

  func end(_ context: CommandContext) throws {
    let parameters = context.parameters
    if let name = parameters["Variable"]?.toText() {
      var values = items
      if parameters.isSet("Append"), let existing = context.scope.lookup(name.lowercased()) {
        values = existing.value.enumerated + values
      }
      let result: Value = values.count == 1 ? values[0] : .array(values)
      try context.interpreter.assignVariable(
        VariablePath(scope: nil, name: name), result, context.scope)
      return
    }
    guard let path = (parameters["FilePath"] ?? parameters["LiteralPath"])?.toText() else {
      return
    }
    // Out-File's text: what the console would show for these objects, without colour.
    let lines = context.interpreter.plainText(of: .array(items))
    let text = lines.map { $0 + "\n" }.joined()
    let resolved = try context.interpreter.resolvePath(path)
    do {
      if parameters.isSet("Append"), let handle = FileHandle(forWritingAtPath: resolved) {
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(text.utf8))
      } else {
        try Data(text.utf8).write(to: URL(fileURLWithPath: resolved))
      }
    } catch {
      throw context.terminatingError(
        "FileOpenFailure", "Could not find a part of the path '\(resolved)'.",
        category: .writeError, target: .string(path),
        exceptionType: "System.IO.DirectoryNotFoundException")
    }
  }
}
