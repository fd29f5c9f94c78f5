import KeyBindings
import ShellCore

/// Set-PSReadLineKeyHandler: binds chords to one of the line editor's functions.
final class SetPSReadLineKeyHandler: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-PSReadLineKeyHandler",
    synopsis: "Binds keys to user-defined or PSReadLine key handler functions.",
    description: """
      Binds each chord to the function named by -Function; the prompt uses the binding from \
      its next line. A chord is one key or two keys separated by a comma, each with Shift, \
      Ctrl and Alt modifiers (Ctrl+LeftArrow, Alt+b, Ctrl+x,Ctrl+e); a key that a terminal \
      sends as one control character takes that character's name (Ctrl+h is \
      Ctrl+Backspace). Binding a two-key chord replaces a binding of its first key. Script \
      block handlers (-ScriptBlock) are not available.
      """,
    parameters: [
      ParameterDeclaration(
        "Chord", .stringArray, position: 0, mandatory: true, aliases: ["Key"],
        help: "The chords to bind, such as Ctrl+LeftArrow or Ctrl+x,Ctrl+u.",
        notNullOrEmpty: true),
      ParameterDeclaration(
        "Function", .string, position: 1, mandatory: true,
        validValues: EditFunction.allCases.map(\.rawValue).sorted(),
        help: "The PSReadLine function to run, such as BackwardKillWord or HistorySearchBackward."),
    ],
    examples: [
      CmdletExample(
        "Set-PSReadLineKeyHandler -Chord Alt+k -Function KillLine\n"
          + "(Get-PSReadLineKeyHandler -Chord Alt+k).Function",
        remarks: "Makes Alt+k delete to the end of the line.", prints: "KillLine\n"),
      CmdletExample(
        "Set-PSReadLineKeyHandler -Chord UpArrow -Function PreviousHistory",
        remarks: "Makes Up recall the previous line whatever is typed, as pwsh's default does."),
    ],
    module: PSReadLineCmdlets.module,
    className: "Microsoft.PowerShell.SetPSReadLineKeyHandlerCommand")

  required init() {}

  func process(_ context: CommandContext) throws {
    let chords = try PSReadLineCmdlets.chords(context.parameters["Chord"], context)
    let name = context.parameters["Function"]?.toText() ?? ""
    // The binder's ValidateSet has already refused other names.
    guard let function = EditFunction(named: name) else {
      throw PSReadLineCmdlets.argumentError("Unknown function '\(name)'.", context)
    }
    let configuration = PSReadLineCmdlets.configuration(in: context.interpreter)
    for chord in chords { configuration.bind(chord, to: function) }
  }
}
