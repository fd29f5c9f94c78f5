import ShellCore

/// Write-Output (`echo`, `write`): sends objects down the pipeline.
final class WriteOutput: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Write-Output",
    synopsis: "Writes the specified objects to the pipeline.",
    description: """
      Sends objects to the next command, or to the display at the end of the pipeline. \
      Collections are enumerated unless -NoEnumerate is given.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, position: 0, mandatory: true,
        pipeline: [.byValue, .remainingArguments], help: "The objects to send.", allowNull: true,
        allowEmptyCollection: true),
      ParameterDeclaration(
        "NoEnumerate", .switchParameter, help: "Writes a collection as one object."),
    ],
    examples: [
      CmdletExample("Write-Output 'hello'", remarks: "Writes a string.", prints: "hello\n"),
      CmdletExample("echo 1 2 3", remarks: "Writes three objects.", prints: "1\n2\n3\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    let value = context.parameters["InputObject"] ?? .null
    if context.parameters.isSet("NoEnumerate") {
      try context.write(value)
    } else if case .array = value {
      try context.writeEnumerated(value)
    } else {
      try context.write(value)
    }
  }
}
