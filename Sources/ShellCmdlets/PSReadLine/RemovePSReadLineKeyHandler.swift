import KeyBindings
import ShellCore

/// Remove-PSReadLineKeyHandler: unbinds chords, so that their keys do nothing.
final class RemovePSReadLineKeyHandler: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-PSReadLineKeyHandler",
    synopsis: "Removes a key binding.",
    description: """
      Removes the binding of each chord; a chord with no binding is left as it is. A removed \
      key makes the editor ring its bell.
      """,
    parameters: [
      ParameterDeclaration(
        "Chord", .stringArray, position: 0, mandatory: true, aliases: ["Key"],
        help: "The chords to unbind, such as F8 or Ctrl+x,Backspace.", notNullOrEmpty: true)
    ],
    examples: [
      CmdletExample(
        "Remove-PSReadLineKeyHandler -Chord F8\n@(Get-PSReadLineKeyHandler -Chord F8).Count",
        remarks: "Unbinds F8.", prints: "0\n")
    ],
    module: PSReadLineCmdlets.module, className: "Microsoft.PowerShell.RemoveKeyHandlerCommand")

  required init() {}

  func process(_ context: CommandContext) throws {
    let configuration = PSReadLineCmdlets.configuration(in: context.interpreter)
    for chord in try PSReadLineCmdlets.chords(context.parameters["Chord"], context) {
      configuration.unbind(chord)
    }
  }
}
