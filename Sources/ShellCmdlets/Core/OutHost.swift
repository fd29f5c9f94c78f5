import ShellCore
import ShellFormatting

/// Out-Host: formats objects and prints them on the console.
///
/// -Paging stops after each screenful to ask how to go on (``ConsolePager``); pressing Q ends
/// the command and the commands feeding it without an error, as pwsh's HaltCommandException.
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
        "Paging", .switchParameter,
        help: "Shows one screenful at a time on a terminal: Space, Enter or Q goes on."),
    ],
    examples: [
      CmdletExample(
        "'one', 'two' | Out-Host", remarks: "Strings print one per line.", prints: "one\ntwo\n")
    ],
    module: "Microsoft.PowerShell.Core")

  private var session: FormattingSession?
  private var pager: ConsolePager?
  /// An error the pager met reading a key, raised once the line that needed it is written.
  private var pagerError: Error?

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
    guard context.parameters.isSet("Paging"),
      let pager = ConsolePager(host: context.interpreter.host)
    else {
      session = Self.consoleSession(context)
      return
    }
    self.pager = pager
    session = FormattingSession(
      interpreter: context.interpreter, scope: context.scope,
      width: max(FormattingSession.consoleWidth(context.interpreter.host) - 1, 1),
      destination: .host
    ) { [unowned self] line in
      guard self.pagerError == nil else { return }
      do {
        try pager.write(line)
      } catch {
        self.pagerError = error
      }
    }
  }

  func process(_ context: CommandContext) throws {
    guard let input = FormatCmdletSupport.input(context) else { return }
    try FormatCmdletSupport.run(context) { try session?.write(input) }
    try checkPager(context)
  }

  func end(_ context: CommandContext) throws {
    guard pager?.hasQuit != true else { return }
    try FormatCmdletSupport.run(context) { try session?.finish() }
    if let pagerError { throw pagerError }
  }

  /// Raises the pager's error, or stops the commands upstream once Q was pressed.
  private func checkPager(_ context: CommandContext) throws {
    if let pagerError { throw pagerError }
    if pager?.hasQuit == true { throw context.stopUpstream() }
  }
}
