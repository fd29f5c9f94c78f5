import ShellCore

/// Clear-Variable (`clv`): sets variables to `$null`, keeping them defined.
final class ClearVariable: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Clear-Variable",
    synopsis: "Deletes the value of a variable.",
    description: """
      Sets each variable whose name matches -Name (wildcards allowed) to $null; the variable \
      itself stays. Read-only variables are cleared only with -Force.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .stringArray, position: 0, mandatory: true, pipeline: .byPropertyName,
        help: "The names of the variables to clear (wildcards allowed)."),
      ParameterDeclaration("Include", .stringArray, help: "Only names matching these patterns."),
      ParameterDeclaration("Exclude", .stringArray, help: "Leaves out names matching these."),
      ParameterDeclaration("Force", .switchParameter, help: "Clears read-only variables too."),
      ParameterDeclaration("PassThru", .switchParameter, help: "Returns the PSVariable objects."),
      ParameterDeclaration(
        "Scope", .string, help: "Global, Script, Local, or a number of scopes up."),
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$temp = 5; Clear-Variable temp; $null -eq $temp", remarks: "Clears a variable.",
        prints: "True\n")
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    let parameters = context.parameters
    for name in VariableObjects.strings(parameters["Name"]) {
      let found = try VariableObjects.select(
        names: [name], include: VariableObjects.strings(parameters["Include"]),
        exclude: VariableObjects.strings(parameters["Exclude"]),
        scope: parameters["Scope"]?.toText(), context: context)
      if found.isEmpty, !VariableObjects.isWildcard(name) {
        try context.writeError(VariableObjects.notFound(name, context))
        continue
      }
      for variable in found
      where context.shouldProcess(target: "Name: \(variable.name)", action: "Clear variable") {
        if variable.isReadOnly, !parameters.isSet("Force") {
          try context.writeError(VariableObjects.notWritable(variable, context))
          continue
        }
        variable.value = .null
        if parameters.isSet("PassThru") {
          try context.write(.object(VariableObjects.psVariable(variable)))
        }
      }
    }
  }
}
