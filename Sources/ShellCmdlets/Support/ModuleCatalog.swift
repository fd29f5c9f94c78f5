import Foundation
import ShellCore
import ShellFormatting

/// The modules the shell can import: those named by its registered cmdlets' `module`, the
/// Microsoft.Graph and Microsoft.Graph.Beta meta-modules over their sub-modules, and pwsh's core modules.
///
/// Nothing is loaded from disk: a module is available when the shell implements its cmdlets,
/// and importing it only records it in the session, so that Get-Module and `-PassThru` show
/// the PSModuleInfo a script expects.
struct ModuleCatalog {
  /// One module the shell knows.
  struct Module {
    let name: String
    let moduleType: String
    let version: String
    /// The commands it exports, sorted by name.
    let commands: [String]
    /// Modules imported with it (RequiredModules in its manifest).
    let requiredModules: [String]
  }

  static let graphModule = "Microsoft.Graph"
  /// The beta meta-module, over the Microsoft.Graph.Beta.* sub-modules.
  static let graphBetaModule = "Microsoft.Graph.Beta"
  static let graphAuthentication = "Microsoft.Graph.Authentication"

  /// pwsh 7's core modules, available even when the shell has none of their cmdlets.
  static let coreModules = [
    "Microsoft.PowerShell.Archive", "Microsoft.PowerShell.Core",
    "Microsoft.PowerShell.Diagnostics", "Microsoft.PowerShell.Host",
    "Microsoft.PowerShell.Management", "Microsoft.PowerShell.Security",
    "Microsoft.PowerShell.Utility",
  ]

  /// Type and version of the modules the lab emulates, as their manifests declare them.
  ///
  /// ActiveDirectory 1.0.1.0 is the RSAT module of Windows Server 2016 and later; the ADSync
  /// and Microsoft.Graph versions are representative releases, not checked against one build.
  static let manifests: [String: (type: String, version: String)] = [
    "activedirectory": ("Manifest", "1.0.1.0"),
    "adsync": ("Manifest", "1.0.0.0"),
    "microsoft.graph": ("Manifest", "2.25.0"),
    "microsoft.graph.beta": ("Manifest", "2.25.0"),
    "microsoft.powershell.archive": ("Script", "1.2.5"),
    "psreadline": ("Script", "2.3.5"),
    // The lab's own module is part of adsh, and has its version.
    "adlab": ("Binary", "0.1.0"),
  ]

  /// The modules, sorted by name.
  let modules: [Module]

  /// Builds the catalog from the cmdlets an interpreter has registered.
  init(_ interpreter: Interpreter) {
    var commands: [String: (name: String, commands: [String])] = [:]
    for cmdlet in interpreter.cmdletTypes {
      let declaration = cmdlet.declaration
      commands[declaration.module.lowercased(), default: (declaration.module, [])].commands
        .append(declaration.name)
    }
    for name in Self.coreModules where commands[name.lowercased()] == nil {
      commands[name.lowercased()] = (name, [])
    }
    // The meta-module requires every v1.0 sub-module; the Beta ones have their own.
    let graphParts = commands.filter { key, _ in
      key.hasPrefix(Self.graphModule.lowercased() + ".")
        && !key.hasPrefix(Self.graphModule.lowercased() + ".beta.")
    }
    .map(\.value.name)
    if !graphParts.isEmpty, commands[Self.graphModule.lowercased()] == nil {
      commands[Self.graphModule.lowercased()] = (Self.graphModule, [])
    }
    let betaParts = commands.filter { key, _ in
      key.hasPrefix(Self.graphBetaModule.lowercased() + ".")
    }
    .map(\.value.name)
    if !betaParts.isEmpty, commands[Self.graphBetaModule.lowercased()] == nil {
      commands[Self.graphBetaModule.lowercased()] = (Self.graphBetaModule, [])
    }
    modules = commands.values.map { entry in
      let isBetaMeta = entry.name.lowercased() == Self.graphBetaModule.lowercased()
      return Self.module(
        entry.name, commands: entry.commands.sorted(),
        graphParts: isBetaMeta ? betaParts : graphParts)
    }
    .sorted { $0.name.lowercased() < $1.name.lowercased() }
  }

  private static func module(_ name: String, commands: [String], graphParts: [String]) -> Module {
    let key = name.lowercased()
    let graphPrefix = graphModule.lowercased() + "."
    if let manifest = manifests[key] {
      let isMeta = key == graphModule.lowercased() || key == graphBetaModule.lowercased()
      let required = isMeta ? graphParts.sorted() : []
      return Module(
        name: name, moduleType: manifest.type, version: manifest.version, commands: commands,
        requiredModules: required)
    }
    if key.hasPrefix(graphPrefix) {
      // Every Graph sub-module is a script module that requires Microsoft.Graph.Authentication.
      let version = manifests[graphModule.lowercased()]?.version ?? "0.0"
      let required = key == graphAuthentication.lowercased() ? [] : [graphAuthentication]
      return Module(
        name: name, moduleType: "Script", version: version, commands: commands,
        requiredModules: required)
    }
    return Module(
      name: name, moduleType: key.hasPrefix("microsoft.powershell.") ? "Manifest" : "Binary",
      version: key.hasPrefix("microsoft.powershell.") ? "7.0.0.0" : "0.0", commands: commands,
      requiredModules: [])
  }

  /// The module a name or a path to its manifest or folder names (`ADSync`,
  /// `C:\Program Files\...\ADSync\ADSync.psd1`), compared case-insensitively.
  func module(named text: String) -> Module? {
    let key = Self.moduleName(text).lowercased()
    return modules.first { $0.name.lowercased() == key }
  }

  /// The modules whose names match a wildcard pattern.
  func modules(matching pattern: String) -> [Module] {
    modules.filter { Operators.wildcardMatch($0.name, pattern: pattern) }
  }

  /// The module name in a path: the file name without `.psd1`, `.psm1` or `.dll`, or the last
  /// folder; a plain name is returned as it is.
  static func moduleName(_ text: String) -> String {
    let parts = text.split(whereSeparator: { $0 == "\\" || $0 == "/" })
    guard var last = parts.last.map(String.init) else { return text }
    for suffix in [".psd1", ".psm1", ".dll"] where last.lowercased().hasSuffix(suffix) {
      last.removeLast(suffix.count)
    }
    return last
  }

  /// True when the text contains wildcard characters.
  static func hasWildcard(_ text: String) -> Bool {
    text.contains { "*?[".contains($0) }
  }

  /// The PSModulePath entries of pwsh 7 on Windows that hold the modules, in search order;
  /// the ADSync installer adds its Bin folder to the machine's path.
  static let modulePaths = [
    "C:\\Program Files\\PowerShell\\Modules", "C:\\Program Files\\PowerShell\\7\\Modules",
    "C:\\WINDOWS\\system32\\WindowsPowerShell\\v1.0\\Modules",
    "C:\\Program Files\\Microsoft Azure AD Sync\\Bin",
  ]

  /// The module path entry a module is installed under.
  static func directory(_ module: Module) -> String {
    let key = module.name.lowercased()
    if key == "adsync" { return modulePaths[3] }
    if key == "activedirectory" { return modulePaths[2] }
    return key.hasPrefix("microsoft.powershell.") ? modulePaths[1] : modulePaths[0]
  }

  /// The module's folder: gallery modules (the Graph ones) sit in a folder per version.
  static func moduleBase(_ module: Module) -> String {
    let base = directory(module) + "\\" + module.name
    return directory(module) == modulePaths[0] ? base + "\\" + module.version : base
  }

  /// The CompatiblePSEditions of the module's manifest.
  static func editions(_ module: Module) -> [String] {
    switch directory(module) {
    case modulePaths[1]: return ["Core"]
    case modulePaths[3]: return []
    default: return ["Desktop", "Core"]
    }
  }

  static let typeName = "System.Management.Automation.PSModuleInfo"

  /// A `System.Management.Automation.PSModuleInfo` for a module; it prints as its name.
  ///
  /// With `isListing` (Get-Module -ListAvailable) it also carries pwsh's `ModuleInfoGrouping`
  /// type name, which selects the view grouped by directory.
  static func moduleInfo(_ module: Module, isListing: Bool = false) -> Value {
    let names = [typeName, "System.Object"]
    let object = PSObject(typeNames: isListing ? [listingTypeName] + names : names)
    let base = moduleBase(module)
    let name = module.name
    object.set("Name", .string(name))
    object.set("Path", .string(base + "\\" + name + ".psd1"))
    object.set("ModuleBase", .string(base))
    object.set("ModuleType", .string(module.moduleType))
    object.set("Version", .string(module.version))
    object.set("PreRelease", .null)
    let exported = PSHashtable()
    for command in module.commands { exported[.string(command)] = .string(command) }
    object.set("ExportedCommands", .hashtable(exported))
    object.set("CompatiblePSEditions", .array(editions(module).map(Value.string)))
    object.set("RequiredModules", .array(module.requiredModules.map(Value.string)))
    object.stringValue = { name }
    return .object(object)
  }

  /// The keys of ExportedCommands, or nothing when there are none.
  static func exportedCommandNames(_ value: Value) -> Value {
    guard case .object(let object) = value,
      case .hashtable(let table)? = object.value(of: "ExportedCommands"), table.count > 0
    else { return .null }
    return .array(table.keys)
  }

  /// pwsh 7's table of PSModuleInfo: ModuleType, Version and PreRelease (10 cells each), Name
  /// (35 cells) and ExportedCommands.
  ///
  /// The last column shows the command names as a collection, and nothing for a module that
  /// exports none (the view's script block writes no object then).
  static var formatViews: [FormatView] {
    [
      FormatView(
        name: "Module", typeNames: [typeName], shape: .table,
        columns: [
          FormatColumn(property: "ModuleType", width: 10),
          FormatColumn(property: "Version", width: 10),
          FormatColumn(property: "PreRelease", width: 10),
          FormatColumn(property: "Name", width: 35),
          FormatColumn(label: "ExportedCommands", source: .compute(exportedCommandNames)),
        ])
    ]
  }
}

/// The modules imported into one interpreter, in the order they were imported.
final class ImportedModules {
  static let stateKey = "ShellRuntime.ImportedModules"
  var names: [String] = []

  /// The list of an interpreter, created empty on first use.
  static func of(_ interpreter: Interpreter) -> ImportedModules {
    if let list = interpreter.moduleState[stateKey] as? ImportedModules { return list }
    let list = ImportedModules()
    interpreter.moduleState[stateKey] = list
    return list
  }

  func contains(_ name: String) -> Bool {
    names.contains { $0.caseInsensitiveCompare(name) == .orderedSame }
  }

  /// Records a module (once) and the modules it requires.
  func add(_ module: ModuleCatalog.Module, from catalog: ModuleCatalog) {
    for required in module.requiredModules {
      if let requiredModule = catalog.module(named: required) { add(requiredModule, from: catalog) }
    }
    if !contains(module.name) { names.append(module.name) }
  }

  func remove(_ name: String) {
    names.removeAll { $0.caseInsensitiveCompare(name) == .orderedSame }
  }
}
