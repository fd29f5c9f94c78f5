import ShellCore

/// Get-Variable (`gv`): lists the variables visible from the caller, or one scope's variables.
final class GetVariable: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-Variable",
    synopsis: "Gets the variables in the current console.",
    description: """
      Returns a PSVariable object (Name, Value, Options, ...) for each variable whose name \
      matches -Name (wildcards allowed; every variable by default), sorted by name. -Scope \
      limits the search to one scope (Global, Script, Local or a number of levels up); \
      -ValueOnly returns the values instead.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .stringArray, position: 0, pipeline: [.byValue, .byPropertyName],
        help: "The names of the variables (wildcards allowed)."),
      ParameterDeclaration("ValueOnly", .switchParameter, help: "Returns only the values."),
      ParameterDeclaration("Include", .stringArray, help: "Only names matching these patterns."),
      ParameterDeclaration("Exclude", .stringArray, help: "Leaves out names matching these."),
      ParameterDeclaration(
        "Scope", .string, help: "Global, Script, Local, or a number of scopes up."),
    ],
    examples: [
      CmdletExample(
        "$color = 'blue'; (Get-Variable color).Value", remarks: "Gets a variable's value.",
        prints: "blue\n"),
      CmdletExample(
        "$myA = 1; $myB = 2; (Get-Variable my* -ValueOnly) -join ','",
        remarks: "Gets the values of the variables named my*.", prints: "1,2\n"),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.variable)

  required init() {}

  func process(_ context: CommandContext) throws {
    let parameters = context.parameters
    let names = VariableObjects.strings(parameters["Name"])
    for name in names.isEmpty ? ["*"] : names {
      let found = try VariableObjects.select(
        names: [name], include: VariableObjects.strings(parameters["Include"]),
        exclude: VariableObjects.strings(parameters["Exclude"]),
        scope: parameters["Scope"]?.toText(), context: context)
      if found.isEmpty, !VariableObjects.isWildcard(name) {
        try context.writeError(VariableObjects.notFound(name, context))
        continue
      }
      for variable in found {
        if parameters.isSet("ValueOnly") {
          try context.writeEnumerated(variable.value)
        } else {
          try context.write(.object(VariableObjects.psVariable(variable)))
        }
      }
    }
  }
}
