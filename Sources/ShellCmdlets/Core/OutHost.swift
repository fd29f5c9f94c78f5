import ShellCore
import ShellFormatting

/// Out-Host: formats objects and prints them on the console.
final class OutHost: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Out-Host",
    synopsis: "Sends output to the command line.",
    description: """
      Formats its input as Out-Default does and writes it straight to the console, so \
      nothing goes further down the pipeline.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The objects to display."),
      ParameterDeclaration(
        "Paging", .switchParameter, help: "Accepted for compatibility; output is not paged."),
    ],
    examples: [
      CmdletExample(
        "'one', 'two' | Out-Host", remarks: "Strings print one per line.", prints: "one\ntwo\n")
    ],
    module: "Microsoft.PowerShell.Core")

  private var session: FormattingSession?

  required init() {}

  /// A session printing to the host with the console's width and colour rules.
  static func consoleSession(_ context: CommandContext) -> FormattingSession {
    let host = context.interpreter.host
    return FormattingSession(
      interpreter: context.interpreter, scope: context.scope,
      width: max(FormattingSession.consoleWidth(host) - 1, 1),
      destination: .host
    ) { line in host.writeOutput(line + "\n") }
  }

  func begin(_ context: CommandContext) throws {
    session = Self.consoleSession(context)
  }

  func process(_ context: CommandContext) throws {
    guard let input = FormatCmdletSupport.input(context) else { return }
    try FormatCmdletSupport.run(context) { try session?.write(input) }
  }

  func end(_ context: CommandContext) throws {
    try FormatCmdletSupport.run(context) { try session?.finish() }
  }
}
