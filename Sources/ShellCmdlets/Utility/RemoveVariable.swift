import ShellCore

/// Remove-Variable (`rv`): deletes variables.
final class RemoveVariable: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-Variable",
    synopsis: "Deletes a variable and its value.",
    description: """
      Deletes each variable whose name matches -Name (wildcards allowed) from the scope that \
      defines it, or from the scope named by -Scope. Read-only variables are removed only with \
      -Force.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .stringArray, position: 0, mandatory: true, pipeline: .byPropertyName,
        help: "The names of the variables to remove (wildcards allowed)."),
      ParameterDeclaration("Include", .stringArray, help: "Only names matching these patterns."),
      ParameterDeclaration("Exclude", .stringArray, help: "Leaves out names matching these."),
      ParameterDeclaration("Force", .switchParameter, help: "Removes read-only variables too."),
      ParameterDeclaration(
        "Scope", .string, help: "Global, Script, Local, or a number of scopes up."),
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "$gone = 1; Remove-Variable gone; $null -eq (Get-Variable gone -ErrorAction Ignore)",
        remarks: "Removes a variable.", prints: "True\n")
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    let parameters = context.parameters
    let scopeName = parameters["Scope"]?.toText()
    for name in VariableObjects.strings(parameters["Name"]) {
      let found = try VariableObjects.select(
        names: [name], include: VariableObjects.strings(parameters["Include"]),
        exclude: VariableObjects.strings(parameters["Exclude"]), scope: scopeName,
        context: context)
      if found.isEmpty, !VariableObjects.isWildcard(name) {
        try context.writeError(VariableObjects.notFound(name, context))
        continue
      }
      for variable in found
      where context.shouldProcess(target: "Name: \(variable.name)", action: "Remove variable") {
        if variable.isReadOnly, !parameters.isSet("Force") {
          try context.writeError(
            context.errorRecord(
              "VariableNotRemovable",
              "Cannot remove variable \(variable.name) because it is constant or read-only. If "
                + "the variable is read-only, try the operation again specifying the Force "
                + "option.", category: .writeError, target: .string(variable.name),
              exceptionType: "System.Management.Automation.SessionStateUnauthorizedAccessException"
            ))
          continue
        }
        let owner =
          try scopeName.map { try context.interpreter.scope(named: $0, from: context.scope) }
          ?? context.interpreter.definingScope(of: variable.name, from: context.scope)
        owner?.remove(variable.name)
      }
    }
  }
}
