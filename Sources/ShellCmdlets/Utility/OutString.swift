import ShellCore
import ShellFormatting

/// Out-String: formats objects as text and writes the text as strings.
final class OutString: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Out-String",
    synopsis: "Outputs input objects as a string.",
    description: """
      Formats the input the way the console would show it and writes one string holding every \
      line, each ending in a newline; with -Stream, one string per line as the lines are made. \
      Tables and lists fit -Width (else the console width, 120 when unknown). Colour is kept \
      only when $PSStyle.OutputRendering is Ansi.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The objects to write as text."),
      ParameterDeclaration(
        "Width", .int, help: "The number of characters in each line of tables and lists."),
      ParameterDeclaration(
        "Stream", .switchParameter, sets: ["StreamFormatting"],
        help: "Writes each line as its own string."),
      ParameterDeclaration(
        "NoNewline", .switchParameter, sets: ["NoNewLineFormatting"],
        help: "Leaves out the newline characters."),
    ],
    defaultParameterSet: "NoNewLineFormatting",
    examples: [
      CmdletExample(
        "([pscustomobject]@{a=1} | Format-Table | Out-String).Length",
        remarks: "The string holds the blank lines around the table too.", prints: "8\n"),
      CmdletExample(
        "[pscustomobject]@{a='x';b=2} | Out-String -Stream | % { \"[$_]\" }",
        remarks: "One string per line.", prints: "[]\n[a b]\n[- -]\n[x 2]\n[]\n"),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.string)

  private var session: FormattingSession?
  private var text = ""
  private var pending: [String] = []
  private var isStreaming = false
  private var noNewline = false

  required init() {}

  func begin(_ context: CommandContext) throws {
    isStreaming = context.parameters.isSet("Stream")
    noNewline = context.parameters.isSet("NoNewline")
    let width =
      context.parameters["Width"]?.intValue
      ?? FormattingSession.consoleWidth(context.interpreter.host)
    session = FormattingSession(
      interpreter: context.interpreter, scope: context.scope, width: max(width, 1),
      destination: .capture
    ) { [unowned self] line in self.pending.append(line) }
  }

  func process(_ context: CommandContext) throws {
    guard let input = FormatCmdletSupport.input(context) else { return }
    try FormatCmdletSupport.run(context) { try session?.write(input) }
    try drain(context)
  }

  func end(_ context: CommandContext) throws {
    try FormatCmdletSupport.run(context) { try session?.finish() }
    try drain(context)
    if !isStreaming { try context.write(.string(text)) }
  }

  private func drain(_ context: CommandContext) throws {
    let lines = pending
    pending = []
    for line in lines {
      if isStreaming {
        for piece in DisplayCells.lines(line) { try context.write(.string(piece)) }
      } else {
        text += noNewline ? line : line + "\n"
      }
    }
  }
}
