import ShellCore

/// Import-Module: makes a module's commands available to the session.
///
/// The shell's commands are always available, so importing only checks that the module is
/// one the shell has and records it for Get-Module.
final class ImportModule: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Import-Module",
    synopsis: "Adds modules to the current session.",
    description: """
      Imports each named module: ActiveDirectory, ADSync, Microsoft.Graph and its \
      sub-modules, and pwsh's Microsoft.PowerShell modules. A path to a module's manifest or \
      folder imports the module of that name. Importing a module also imports the modules it \
      requires. An unknown module is a non-terminating error, as in pwsh.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .stringArray, position: 0, mandatory: true, pipeline: .byValue,
        help: "The names of the modules, or paths to their manifests; wildcards are allowed."),
      ParameterDeclaration(
        "Force", .switchParameter, help: "Imports a module even when it is already imported."),
      ParameterDeclaration(
        "PassThru", .switchParameter, help: "Writes a PSModuleInfo for each imported module."),
      ParameterDeclaration(
        "Global", .switchParameter, help: "Imports into the global session state (the default)."),
    ],
    examples: [
      CmdletExample(
        "Import-Module Microsoft.PowerShell.Utility; (Get-Module).Name",
        remarks: "Imports a module; Get-Module then lists it.",
        prints: "Microsoft.PowerShell.Utility\n"),
      CmdletExample(
        "(Import-Module Microsoft.PowerShell.Utility -PassThru).ModuleType",
        remarks: "-PassThru writes the module's PSModuleInfo.", prints: "Manifest\n"),
      CmdletExample(
        "Import-Module NoSuchModule -ErrorAction SilentlyContinue; $?",
        remarks: "An unknown module writes an error.", prints: "False\n"),
    ],
    module: "Microsoft.PowerShell.Core")

  required init() {}

  func process(_ context: CommandContext) throws {
    let catalog = ModuleCatalog(context.interpreter)
    let imported = ImportedModules.of(context.interpreter)
    for name in (context.parameters["Name"]?.enumerated ?? []).map({ $0.toText() }) {
      let modules =
        ModuleCatalog.hasWildcard(name)
        ? catalog.modules(matching: name) : catalog.module(named: name).map { [$0] } ?? []
      if modules.isEmpty {
        try context.writeError(
          CmdletErrors.record(
            context, "Modules_ModuleNotFound",
            "The specified module '\(name)' was not loaded because no valid module file was "
              + "found in any module directory.",
            category: .resourceUnavailable, target: .string(name),
            exceptionType: "System.IO.FileNotFoundException"))
        continue
      }
      for module in modules {
        imported.add(module, from: catalog)
        if context.parameters.isSet("PassThru") {
          try context.write(ModuleCatalog.moduleInfo(module))
        }
      }
    }
  }
}
