import ShellCore
import ShellFormatting

/// Out-Default: sends objects to the default formatter and the console.
final class OutDefault: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Out-Default",
    synopsis: "Sends the output to the default formatter and to the default output cmdlet.",
    description: """
      Formats its input the way the end of every pipeline does (the first object picks a \
      table or list, or its registered view) and prints it. Each call is one formatting \
      session.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The objects to display."),
      ParameterDeclaration(
        "Transcript", .switchParameter, help: "Accepted for compatibility; has no effect."),
    ],
    examples: [
      CmdletExample(
        "[pscustomobject]@{A=1;B=2;C=3;D=4} | Out-Default",
        remarks: "Four properties make a table.", prints: "\nA B C D\n- - - -\n1 2 3 4\n\n")
    ],
    module: "Microsoft.PowerShell.Core")

  private var session: FormattingSession?

  required init() {}

  func begin(_ context: CommandContext) throws {
    session = OutHost.consoleSession(context)
  }

  func process(_ context: CommandContext) throws {
    guard let input = FormatCmdletSupport.input(context) else { return }
    try FormatCmdletSupport.run(context) { try session?.write(input) }
  }

  func end(_ context: CommandContext) throws {
    try FormatCmdletSupport.run(context) { try session?.finish() }
  }
}
