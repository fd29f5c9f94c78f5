import KeyBindings
import ShellCore

/// Set-PSReadLineOption: changes the line editor's options (the ones adsh implements).
final class SetPSReadLineOption: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-PSReadLineOption",
    synopsis: "Customizes the behavior of command line editing in PSReadLine.",
    description: """
      -EditMode Emacs or Vi sets that mode's default key bindings (Windows mode is not \
      available; in Vi mode, Escape enters libedit's vi command mode). -HistoryNoDuplicates makes history recall skip lines it has shown; \
      -HistorySearchCursorMovesToEnd leaves the cursor at the end of a line found by \
      HistorySearchBackward; -HistorySearchCaseSensitive makes that search match case. \
      -BellStyle None, Visual (the screen flashes) or Audible; -CompletionQueryItems is how \
      many completions are listed without asking; -WordDelimiters are the characters that \
      end a word besides white space.
      """,
    parameters: [
      enumParameter(
        "EditMode", EditorOptions.EditMode.allCases.map(\.rawValue),
        help: "The edit mode: Emacs or Vi (Windows is not available here)."),
      ParameterDeclaration(
        "HistoryNoDuplicates", .switchParameter,
        help: "Whether recall skips a line it has already shown."),
      ParameterDeclaration(
        "HistorySearchCursorMovesToEnd", .switchParameter,
        help: "Whether a prefix search leaves the cursor at the end of the line."),
      ParameterDeclaration(
        "HistorySearchCaseSensitive", .switchParameter,
        help: "Whether the prefix search matches case."),
      enumParameter(
        "BellStyle", EditorOptions.BellStyle.allCases.map(\.rawValue),
        help: "How a key that does nothing is signalled: None, Visual or Audible."),
      ParameterDeclaration(
        "CompletionQueryItems", .int,
        help: "Above this many completions, the editor asks before listing them."),
      ParameterDeclaration(
        "WordDelimiters", .string, help: "The characters besides white space that end a word."),
    ],
    examples: [
      CmdletExample(
        "Set-PSReadLineOption -HistorySearchCursorMovesToEnd -BellStyle None\n"
          + "(Get-PSReadLineOption).HistorySearchCursorMovesToEnd",
        remarks: "Prefix search puts the cursor at the end, and no key beeps.", prints: "True\n")
    ],
    module: PSReadLineCmdlets.module, className: "Microsoft.PowerShell.SetPSReadLineOption")

  required init() {}

  func end(_ context: CommandContext) throws {
    let parameters = context.parameters
    let configuration = PSReadLineCmdlets.configuration(in: context.interpreter)
    var options = configuration.options
    if parameters.contains("HistoryNoDuplicates") {
      options.historyNoDuplicates = parameters.isSet("HistoryNoDuplicates")
    }
    if parameters.contains("HistorySearchCursorMovesToEnd") {
      options.historySearchCursorMovesToEnd = parameters.isSet("HistorySearchCursorMovesToEnd")
    }
    if parameters.contains("HistorySearchCaseSensitive") {
      options.historySearchCaseSensitive = parameters.isSet("HistorySearchCaseSensitive")
    }
    if let text = parameters["BellStyle"]?.toText(),
      let style = EditorOptions.BellStyle(rawValue: text)
    {
      options.bellStyle = style
    }
    if let count = parameters["CompletionQueryItems"]?.intValue {
      options.completionQueryItems = count
    }
    if let delimiters = parameters["WordDelimiters"] {
      options.wordDelimiters = delimiters.toText()
    }
    var resetsBindings = false
    if let text = parameters["EditMode"]?.toText() {
      guard let mode = EditorOptions.EditMode(rawValue: text), mode != .windows else {
        throw PSReadLineCmdlets.argumentError(
          "The \(text) edit mode is not available: adsh's line editor implements the Emacs "
            + "and Vi modes.", context)
      }
      options.editMode = mode
      resetsBindings = true
    }
    configuration.options = options
    if resetsBindings { configuration.resetBindings() }
  }

  /// A parameter of a PSReadLine enum type: the name converts case-insensitively to the
  /// member's spelling, and anything else is the binder's conversion error.
  private static func enumParameter(_ name: String, _ members: [String], help: String)
    -> ParameterDeclaration
  {
    var parameter = ParameterDeclaration(name, .string, help: help)
    parameter.check = { argument in
      let text = argument.toText()
      guard let member = members.first(where: { $0.lowercased() == text.lowercased() }) else {
        throw RuntimeError.make(
          "CannotConvertArgumentNoMessage",
          "Cannot bind parameter '\(name)'. Cannot convert value \"\(text)\" to type "
            + "\"Microsoft.PowerShell.\(name)\". Error: \"Unable to match the identifier name "
            + "\(text) to a valid enumerator name. Specify one of the following enumerator "
            + "names and try again:\n" + members.joined(separator: ", ") + "\"",
          category: .invalidArgument)
      }
      return .string(member)
    }
    return parameter
  }
}
