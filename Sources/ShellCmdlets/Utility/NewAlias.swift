import ShellCore

/// New-Alias (`nal`): creates an alias, refusing to replace an existing one without -Force.
final class NewAlias: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "New-Alias",
    synopsis: "Creates a new alias.",
    description: """
      Makes -Name an alias of the command -Value. An alias of that name must not exist yet \
      unless -Force is given. -PassThru returns the AliasInfo.
      """,
    parameters: AliasParameters.declarations,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "New-Alias -Name twice -Value Write-Output; twice 'hi'",
        remarks: "Creates an alias and uses it.", prints: "hi\n")
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    try AliasParameters.define(context, replacing: context.parameters.isSet("Force"))
  }
}
