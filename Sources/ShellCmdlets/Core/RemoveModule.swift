import ShellCore

/// Remove-Module: takes modules out of the session's imported list.
final class RemoveModule: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-Module",
    synopsis: "Removes modules from the current session.",
    description: """
      Removes each named module from the modules Get-Module lists. A name that matches no \
      imported module writes pwsh's "No modules were removed" error.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .stringArray, position: 0, mandatory: true, pipeline: .byValue,
        help: "The names of the modules to remove; wildcards are allowed."),
      ParameterDeclaration(
        "Force", .switchParameter, help: "Removes read-only modules too; accepted and ignored."),
    ],
    examples: [
      CmdletExample(
        "Import-Module Microsoft.PowerShell.Utility; Remove-Module Microsoft.PowerShell.Utility; "
          + "(Get-Module).Count",
        remarks: "The module is no longer listed.", prints: "0\n")
    ],
    module: "Microsoft.PowerShell.Core")

  required init() {}

  func process(_ context: CommandContext) throws {
    let imported = ImportedModules.of(context.interpreter)
    for name in (context.parameters["Name"]?.enumerated ?? []).map({ $0.toText() }) {
      let matches = imported.names.filter { Operators.wildcardMatch($0, pattern: name) }
      if matches.isEmpty {
        try context.writeError(
          CmdletErrors.record(
            context, "Modules_NoModulesRemoved",
            "No modules were removed. Verify that the specification of modules to remove is "
              + "correct and those modules exist in the runspace.",
            category: .resourceUnavailable,
            exceptionType: "System.InvalidOperationException"))
      }
      for match in matches { imported.remove(match) }
    }
  }
}
