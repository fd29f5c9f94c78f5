import ShellCore

/// Out-Null: discards its input.
final class OutNull: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Out-Null",
    synopsis: "Hides the output instead of sending it down the pipeline or displaying it.",
    parameters: [
      ParameterDeclaration("InputObject", .any, pipeline: .byValue, help: "The objects to drop.")
    ],
    examples: [
      CmdletExample("1..3 | Out-Null", remarks: "Prints nothing.", prints: "")
    ],
    module: "Microsoft.PowerShell.Core")

  required init() {}
}
