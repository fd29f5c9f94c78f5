import ShellCore

/// Get-Module: the modules imported into the session, or every module the shell has.
final class GetModule: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-Module",
    synopsis: "Lists the modules imported in the current session or that can be imported.",
    description: """
      Without -ListAvailable, writes a PSModuleInfo for each module imported in this session, \
      sorted by name. With -ListAvailable, writes one for every module the shell has. -Name \
      filters by name, with wildcards.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .stringArray, position: 0, pipeline: .byValue,
        help: "The names of the modules to get; wildcards are allowed."),
      ParameterDeclaration(
        "ListAvailable", .switchParameter,
        help: "Gets every module that can be imported, not only the imported ones."),
    ],
    examples: [
      CmdletExample(
        "Get-Module", remarks: "Nothing has been imported in a new session.", prints: ""),
      CmdletExample(
        "Import-Module Microsoft.PowerShell.Management; Get-Module | Format-Table ModuleType,Version,Name",
        remarks: "The modules imported in this session.",
        prints: "\n"
          + "ModuleType Version Name\n"
          + "---------- ------- ----\n"
          + "Manifest   7.0.0.0 Microsoft.PowerShell.Management\n\n"),
      CmdletExample(
        "(Get-Module -ListAvailable -Name Microsoft.PowerShell.Host).Version",
        remarks: "Looks up a module that can be imported.", prints: "7.0.0.0\n"),
    ],
    module: "Microsoft.PowerShell.Core")

  required init() {}

  func process(_ context: CommandContext) throws {
    let catalog = ModuleCatalog(context.interpreter)
    var modules = catalog.modules
    if !context.parameters.isSet("ListAvailable") {
      let imported = ImportedModules.of(context.interpreter)
      modules = modules.filter { imported.contains($0.name) }
    }
    if let names = context.parameters["Name"]?.enumerated.map({ $0.toText() }) {
      modules = modules.filter { module in
        names.contains { Operators.wildcardMatch(module.name, pattern: $0) }
      }
    }
    let isListing = context.parameters.isSet("ListAvailable")
    if isListing {
      // -ListAvailable goes through the module path in order, each folder sorted by name.
      let order = { (module: ModuleCatalog.Module) in
        ModuleCatalog.modulePaths.firstIndex(of: ModuleCatalog.directory(module)) ?? 0
      }
      modules = modules.enumerated().sorted { first, second in
        (order(first.element), first.offset) < (order(second.element), second.offset)
      }
      .map(\.element)
    }
    for module in modules {
      try context.write(ModuleCatalog.moduleInfo(module, isListing: isListing))
    }
  }
}
