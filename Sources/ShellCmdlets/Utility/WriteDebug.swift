import ShellCore

/// Write-Debug: writes a `DEBUG:` line, shown only when debug output is on.
final class WriteDebug: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Write-Debug",
    synopsis: "Writes a debug message to the console.",
    description: """
      Writes `DEBUG: message` when -Debug is given or $DebugPreference is Continue; \
      otherwise nothing. Nothing is written to the pipeline.
      """,
    parameters: [
      ParameterDeclaration(
        "Message", .string, position: 0, mandatory: true, pipeline: .byValue, aliases: ["Msg"],
        help: "The debug text.", allowEmptyString: true)
    ],
    examples: [
      CmdletExample(
        "$DebugPreference = 'Continue'; Write-Debug 'x is 5'",
        remarks: "Shows debug messages for the rest of the scope.", prints: "DEBUG: x is 5\n")
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    try context.writeDebug(context.parameters["Message"]?.toText() ?? "")
  }
}
