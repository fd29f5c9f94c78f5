import KeyBindings
import ShellCore

/// Get-PSReadLineOption: the line editor's options that adsh implements.
final class GetPSReadLineOption: Cmdlet {
  /// The options shown, in PSReadLine.format.ps1xml's order.
  static let propertyNames = [
    "EditMode", "HistoryNoDuplicates", "HistorySearchCaseSensitive",
    "HistorySearchCursorMovesToEnd", "BellStyle", "CompletionQueryItems", "WordDelimiters",
  ]

  static let declaration = CmdletDeclaration(
    name: "Get-PSReadLineOption",
    synopsis: "Gets values for the options that can be configured.",
    description: """
      Returns one PSConsoleReadLineOptions object with the options Set-PSReadLineOption can \
      change here: EditMode, HistoryNoDuplicates, HistorySearchCaseSensitive, \
      HistorySearchCursorMovesToEnd, BellStyle, CompletionQueryItems and WordDelimiters.
      """,
    parameters: [],
    examples: [
      CmdletExample(
        "(Get-PSReadLineOption).EditMode", remarks: "Shows the edit mode.", prints: "Emacs\n")
    ],
    module: PSReadLineCmdlets.module, className: "Microsoft.PowerShell.GetPSReadLineOption")

  required init() {}

  func end(_ context: CommandContext) throws {
    let options = PSReadLineCmdlets.configuration(in: context.interpreter).options
    let object = PSObject(typeNames: [PSReadLineCmdlets.optionsType, "System.Object"])
    object.set("EditMode", .string(options.editMode.rawValue))
    object.set("HistoryNoDuplicates", .bool(options.historyNoDuplicates))
    object.set("HistorySearchCaseSensitive", .bool(options.historySearchCaseSensitive))
    object.set("HistorySearchCursorMovesToEnd", .bool(options.historySearchCursorMovesToEnd))
    object.set("BellStyle", .string(options.bellStyle.rawValue))
    object.set("CompletionQueryItems", .int(Int32(clamping: options.completionQueryItems)))
    object.set("WordDelimiters", .string(options.wordDelimiters))
    try context.write(.object(object))
  }
}
