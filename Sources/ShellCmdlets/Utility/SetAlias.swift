import ShellCore

/// Set-Alias (`sal`): creates or changes an alias.
final class SetAlias: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-Alias",
    synopsis: "Creates or changes an alias for a cmdlet or other command in the current session.",
    description: """
      Makes -Name an alias of the command -Value, replacing an alias of that name if there is \
      one. Aliases are session-wide; -PassThru returns the AliasInfo.
      """,
    parameters: AliasParameters.declarations,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Set-Alias -Name list -Value Get-ChildItem; (Get-Alias list).Definition",
        remarks: "Creates an alias.", prints: "Get-ChildItem\n")
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    try AliasParameters.define(context, replacing: true)
  }
}

/// The parameters and the work Set-Alias and New-Alias share.
enum AliasParameters {
  static let declarations = [
    ParameterDeclaration(
      "Name", .string, position: 0, mandatory: true, pipeline: .byPropertyName,
      help: "The name of the alias."),
    ParameterDeclaration(
      "Value", .string, position: 1, mandatory: true, pipeline: .byPropertyName,
      help: "The command the alias runs."),
    ParameterDeclaration("Description", .string, help: "A description of the alias."),
    ParameterDeclaration(
      "Option", .stringArray,
      validValues: ["None", "ReadOnly", "Constant", "Private", "AllScope", "Unspecified"],
      help: "Accepted for compatibility."),
    ParameterDeclaration("PassThru", .switchParameter, help: "Returns the AliasInfo."),
    ParameterDeclaration("Scope", .string, help: "Accepted for compatibility."),
    ParameterDeclaration("Force", .switchParameter, help: "Replaces an existing alias."),
  ]

  static func define(_ context: CommandContext, replacing: Bool) throws {
    let name = context.parameters["Name"]?.toText() ?? ""
    let target = context.parameters["Value"]?.toText() ?? ""
    if !replacing, context.interpreter.aliasTarget(name) != nil {
      try context.writeError(
        context.errorRecord(
          "AliasAlreadyExists",
          "The alias is not allowed, because an alias with the name '\(name)' already exists.",
          category: .resourceExists, target: .string(name),
          exceptionType: "System.Management.Automation.SessionStateException"))
      return
    }
    guard context.shouldProcess(target: "Name: \(name) Value: \(target)", action: "Set Alias")
    else { return }
    context.interpreter.alias(name, target)
    if context.parameters.isSet("PassThru") {
      try context.write(.object(GetAlias.aliasInfo(name, target)))
    }
  }
}
