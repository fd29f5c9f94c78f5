import ShellCore

/// Write-Information: writes to the information stream, shown when information is wanted.
final class WriteInformation: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Write-Information",
    synopsis: "Specifies how PowerShell handles information stream data for a command.",
    description: """
      Writes the message data to the information stream. It is shown (without a prefix) when \
      -InformationAction or $InformationPreference is Continue, which it is not by default. \
      Nothing is written to the pipeline.
      """,
    parameters: [
      ParameterDeclaration(
        "MessageData", .any, position: 0, mandatory: true, aliases: ["Msg", "Message"],
        help: "The information to write.", allowNull: true),
      ParameterDeclaration(
        "Tags", .stringArray, position: 1, help: "Tags for filtering the information record."),
    ],
    examples: [
      CmdletExample(
        "Write-Information 'Loaded' -InformationAction Continue",
        remarks: "Shows an information message.", prints: "Loaded\n"),
      CmdletExample("Write-Information 'quiet'", remarks: "Hidden by default.", prints: ""),
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    let preference =
      context.parameters["InformationAction"].flatMap { ActionPreference(text: $0.toText()) }
      ?? context.interpreter.preference(
        "InformationPreference", in: context.scope, default: .silentlyContinue)
    guard preference == .continue || preference == .inquire else { return }
    let text = (context.parameters["MessageData"] ?? .null).toText()
    context.interpreter.host.writeOutput(text + "\n")
  }
}
