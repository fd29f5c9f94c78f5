import ShellCore

/// Write-Warning: writes a `WARNING:` line to the warning stream.
final class WriteWarning: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Write-Warning",
    synopsis: "Writes a warning message.",
    description: """
      Writes the message to the warning stream, shown as `WARNING: message`, unless \
      $WarningPreference or -WarningAction is SilentlyContinue or Ignore. Nothing is written \
      to the pipeline.
      """,
    parameters: [
      ParameterDeclaration(
        "Message", .string, position: 0, mandatory: true, pipeline: .byValue, aliases: ["Msg"],
        help: "The warning text.", allowEmptyString: true)
    ],
    examples: [
      CmdletExample(
        "Write-Warning 'Disk almost full'", remarks: "Writes a warning.",
        prints: "WARNING: Disk almost full\n")
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    try context.writeWarning(context.parameters["Message"]?.toText() ?? "")
  }
}
