import ShellCore
import ShellSyntax

/// Invoke-Expression (`iex`): runs a string as commands in the caller's scope.
///
/// The text is parsed first; a syntax error stops the cmdlet before anything runs, as
/// PowerShell's ParseException does. Variables and functions the text defines stay in the
/// caller's scope, as with dot-sourcing.
final class InvokeExpression: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Invoke-Expression",
    synopsis: "Runs commands or expressions on the local computer.",
    description: """
      Parses the -Command string and runs it in the scope of the caller, so variables it \
      assigns remain afterwards. Each pipeline input string is run in turn. A string that does \
      not parse gives the parser's error and runs nothing.
      """,
    parameters: [
      ParameterDeclaration(
        "Command", .string, position: 0, mandatory: true, pipeline: .byValue,
        help: "The text of the commands to run.")
    ],
    examples: [
      CmdletExample(
        "$text = '1 + 2'; Invoke-Expression $text", remarks: "Evaluates an expression string.",
        prints: "3\n"),
      CmdletExample(
        "iex '$made = 5'; $made * 2",
        remarks: "Assignments stay in the caller's scope.", prints: "10\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    let text = (context.input ?? context.parameters["Command"])?.toText() ?? ""
    try Self.run(text, in: context)
  }

  /// Parses `text` and runs it in the caller's scope, writing what it writes; a parse error
  /// is reported as pwsh's ParserError and nothing runs (Invoke-History runs lines this way).
  static func run(_ text: String, in context: CommandContext) throws {
    let parsed = Parser.parse(SourceText(text))
    if let error = parsed.errors.first {
      // The cmdlet raises the parser's error, so its id names the cmdlet's .NET class.
      let record = Interpreter.parseErrorRecord(error)
      let commandClass =
        "Microsoft.PowerShell.Commands."
        + context.commandName.replacingOccurrences(of: "-", with: "") + "Command"
      let raised = ErrorRecord(
        message: record.message, exceptionType: record.exceptionType,
        errorId: record.fullyQualifiedErrorId + "," + commandClass, category: record.category,
        range: record.range)
      throw RuntimeError(raised)
    }
    let results = CollectingSink()
    try context.invokeInCallerScope(
      ScriptBlock(ast: parsed.script), dollarUnder: nil, output: results)
    for item in results.items { try context.write(item) }
  }
}
