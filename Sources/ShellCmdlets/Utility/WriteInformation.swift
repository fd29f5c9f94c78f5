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
    let preference = try context.preferenceVariable(
      "InformationPreference", default: .silentlyContinue)
    let tags = (context.parameters["Tags"]?.enumerated ?? []).map { $0.toText() }
    // The record's Source is the script that wrote it, or the command's name at the prompt.
    let path = context.scope.lookup("pscommandpath")?.value.toText() ?? ""
    let record = StreamRecord.information(
      context.parameters["MessageData"] ?? .null, tags: tags,
      source: path.isEmpty ? "Write-Information" : path)
    try context.writeInformation(record, preference: preference)
  }
}
