import ShellCore

/// Write-Verbose: writes a `VERBOSE:` line, shown only when verbose output is on.
final class WriteVerbose: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Write-Verbose",
    synopsis: "Writes text to the verbose message stream.",
    description: """
      Writes `VERBOSE: message` when -Verbose is given or $VerbosePreference is Continue; \
      otherwise nothing. Nothing is written to the pipeline.
      """,
    parameters: [
      ParameterDeclaration(
        "Message", .string, position: 0, mandatory: true, pipeline: .byValue, aliases: ["Msg"],
        help: "The verbose text.", allowEmptyString: true)
    ],
    examples: [
      CmdletExample(
        "Write-Verbose 'Connecting' -Verbose", remarks: "Writes a verbose message.",
        prints: "VERBOSE: Connecting\n"),
      CmdletExample("Write-Verbose 'hidden'", remarks: "Hidden by default.", prints: ""),
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    try context.writeVerbose(context.parameters["Message"]?.toText() ?? "")
  }
}
