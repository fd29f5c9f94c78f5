import KeyBindings
import ShellCore

/// Get-PSReadLineKeyHandler: the keys bound to line-editor functions, grouped as PSReadLine
/// groups them.
final class GetPSReadLineKeyHandler: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-PSReadLineKeyHandler",
    synopsis: "Gets the key bindings for the PSReadLine module.",
    description: """
      Returns a KeyHandler object (Key, Function, Description, Group) for each key bound to a \
      line-editor function, by group (basic editing, cursor movement, history, completion, \
      miscellaneous) and by function name within a group. -Unbound lists the functions no key \
      runs (their Key is Unbound); -Chord looks up the given chords only.
      """,
    parameters: [
      ParameterDeclaration(
        "Bound", .switchParameter, sets: ["FullListing"],
        help: "Lists the bound keys (the default; -Bound:$false leaves them out)."),
      ParameterDeclaration(
        "Unbound", .switchParameter, sets: ["FullListing"],
        help: "Lists the functions bound to no key."),
      ParameterDeclaration(
        "Chord", .stringArray, position: 0, mandatory: true, sets: ["SpecificBindings"],
        aliases: ["Key"], help: "The chords to look up, such as Ctrl+LeftArrow or Ctrl+x,Ctrl+u.",
        notNullOrEmpty: true),
    ],
    defaultParameterSet: "FullListing",
    examples: [
      CmdletExample(
        "(Get-PSReadLineKeyHandler -Chord Ctrl+LeftArrow, F8).Function",
        remarks: "Shows what Ctrl+LeftArrow and F8 do.",
        prints: "BackwardWord\nHistorySearchBackward\n"),
      CmdletExample(
        "Get-PSReadLineKeyHandler -Unbound",
        remarks: "Lists the functions no key runs, which Set-PSReadLineKeyHandler can bind."),
    ],
    module: PSReadLineCmdlets.module, className: "Microsoft.PowerShell.GetKeyHandlerCommand")

  required init() {}

  func process(_ context: CommandContext) throws {
    let configuration = PSReadLineCmdlets.configuration(in: context.interpreter)
    if context.parameters.contains("Chord") {
      for chord in try PSReadLineCmdlets.chords(context.parameters["Chord"], context) {
        let stored = EditorConfiguration.normalized(chord)
        if let function = configuration.function(for: stored) {
          try context.write(PSReadLineCmdlets.keyHandler(key: stored.text, function))
        }
      }
      return
    }
    let boundGiven = context.parameters.contains("Bound")
    let unboundGiven = context.parameters.contains("Unbound")
    let bound = boundGiven ? context.parameters.isSet("Bound") : !unboundGiven
    let unbound = unboundGiven && context.parameters.isSet("Unbound")
    var rows: [(key: String, function: EditFunction)] = []
    if bound {
      rows += configuration.bindings.map { ($0.chord.text, $0.function) }
    }
    if unbound {
      let used = Set(configuration.bindings.map(\.function))
      rows += EditFunction.allCases.filter { !used.contains($0) }.map { ("Unbound", $0) }
    }
    for group in EditFunction.Group.allCases {
      // A stable sort by function name, as PSReadLine's OrderBy is.
      let members = rows.enumerated().filter { $0.element.function.group == group }
        .sorted {
          ($0.element.function.rawValue, $0.offset) < ($1.element.function.rawValue, $1.offset)
        }
      for (_, row) in members {
        try context.write(PSReadLineCmdlets.keyHandler(key: row.key, row.function))
      }
    }
  }
}
