import ShellCore

/// Get-Alias (`gal`): lists aliases, by name or by the command they stand for.
final class GetAlias: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-Alias",
    synopsis: "Gets the aliases for the current session.",
    description: """
      Returns an AliasInfo object (Name, Definition, DisplayName such as `gm -> Get-Member`) \
      for each alias whose name matches -Name, or whose command matches -Definition \
      (wildcards allowed in both), sorted by name.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .stringArray, position: 0, pipeline: [.byValue, .byPropertyName],
        sets: ["Default"], help: "The aliases to get (wildcards allowed)."),
      ParameterDeclaration(
        "Definition", .stringArray, sets: ["Definition"],
        help: "Gets the aliases of these commands (wildcards allowed)."),
      ParameterDeclaration("Exclude", .stringArray, help: "Leaves out aliases matching these."),
      ParameterDeclaration("Scope", .string, help: "Accepted for compatibility."),
    ],
    defaultParameterSet: "Default",
    examples: [
      CmdletExample(
        "(Get-Alias gm).Definition", remarks: "Shows the command an alias runs.",
        prints: "Get-Member\n"),
      CmdletExample(
        "(Get-Alias -Definition Select-Object).DisplayName",
        remarks: "Finds the aliases of a command.", prints: "select -> Select-Object\n"),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.alias)

  required init() {}

  func process(_ context: CommandContext) throws {
    let parameters = context.parameters
    let exclude = VariableObjects.strings(parameters["Exclude"])
    let table = context.interpreter.aliasTable.filter {
      exclude.isEmpty || !VariableObjects.matches($0.0, exclude)
    }
    if let definitions = parameters["Definition"] {
      for pattern in VariableObjects.strings(definitions) {
        let found = table.filter { Operators.wildcardMatch($0.1, pattern: pattern) }
        if found.isEmpty, !VariableObjects.isWildcard(pattern) {
          try context.writeError(
            Self.notFound("definition", pattern, context))
        }
        for (name, target) in found { try context.write(.object(Self.aliasInfo(name, target))) }
      }
      return
    }
    let names = VariableObjects.strings(parameters["Name"])
    for pattern in names.isEmpty ? ["*"] : names {
      let found = table.filter { Operators.wildcardMatch($0.0, pattern: pattern) }
      if found.isEmpty, !VariableObjects.isWildcard(pattern) {
        try context.writeError(Self.notFound("name", pattern, context))
      }
      for (name, target) in found { try context.write(.object(Self.aliasInfo(name, target))) }
    }
  }

  static func notFound(_ what: String, _ pattern: String, _ context: CommandContext)
    -> ErrorRecord
  {
    context.errorRecord(
      "ItemNotFoundException",
      "This command cannot find a matching alias because an alias with the \(what) "
        + "'\(pattern)' does not exist.", category: .objectNotFound, target: .string(pattern),
      exceptionType: "System.Management.Automation.ItemNotFoundException")
  }

  /// A `System.Management.Automation.AliasInfo` object.
  static func aliasInfo(_ name: String, _ target: String) -> PSObject {
    let info = PSObject(typeNames: [
      "System.Management.Automation.AliasInfo", "System.Management.Automation.CommandInfo",
      "System.Object",
    ])
    info.set("CommandType", .string("Alias"))
    info.set("Name", .string(name))
    info.set("DisplayName", .string("\(name) -> \(target)"))
    info.set("Definition", .string(target))
    info.set("ResolvedCommandName", .string(target))
    info.set("ReferencedCommand", .string(target))
    info.set("Options", .string("None"))
    info.set("Description", .string(""))
    info.set("Version", .string(""))
    info.set("Source", .string(""))
    info.set("ModuleName", .string(""))
    info.stringValue = { name }
    return info
  }
}
