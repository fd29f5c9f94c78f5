import Foundation
import ShellCore

/// The command objects Get-Command writes (CmdletInfo, FunctionInfo, AliasInfo,
/// ApplicationInfo) and the session's command table they are drawn from.
enum CommandInfoObjects {
  /// One command: a cmdlet, a function or an alias of the session, or a program.
  enum Entry {
    case cmdlet(any Cmdlet.Type)
    case function(FunctionInfo)
    case alias(name: String, target: String)
    /// A program, by its full path.
    case application(path: String)

    var isApplication: Bool {
      if case .application = self { return true }
      return false
    }

    var name: String {
      switch self {
      case .cmdlet(let type): return type.declaration.name
      case .function(let info): return info.name
      case .alias(let name, _): return name
      case .application(let path): return (path as NSString).lastPathComponent
      }
    }

    /// PowerShell's CommandTypes name and value (the sort key of Get-Command's output).
    var commandType: (name: String, rank: Int) {
      switch self {
      case .alias: return ("Alias", 1)
      case .function(let info): return info.block.isFilter ? ("Filter", 4) : ("Function", 2)
      case .cmdlet: return ("Cmdlet", 8)
      case .application: return ("Application", 32)
      }
    }
  }

  /// Every alias, function and cmdlet of the session.
  static func entries(_ interpreter: Interpreter) -> [Entry] {
    interpreter.aliasTable.map { Entry.alias(name: $0.0, target: $0.1) }
      + interpreter.functionTable.map { Entry.function($0) }
      + interpreter.cmdletTypes.map { Entry.cmdlet($0) }
  }

  /// The aliases that point at a command name.
  static func aliases(of name: String, _ interpreter: Interpreter) -> [String] {
    interpreter.aliasTable.filter { $0.1.caseInsensitiveCompare(name) == .orderedSame }.map(\.0)
  }

  /// The module a cmdlet comes from, and its version (the engine's own for Core).
  static func source(_ entry: Entry, _ interpreter: Interpreter) -> (
    module: String, version: String
  ) {
    if case .application(let path) = entry { return (path, "0.0.0.0") }
    guard case .cmdlet(let type) = entry else { return ("", "") }
    let module = type.declaration.module
    if module == "Microsoft.PowerShell.Core" {
      let version =
        interpreter.globalScope.lookup("psversiontable")?.value
      if case .hashtable(let table)? = version, let semantic = table["PSVersion"] {
        return (module, semantic.toText())
      }
    }
    return (module, "7.0.0.0")
  }

  /// The object Get-Command writes for a command.
  static func object(_ entry: Entry, _ interpreter: Interpreter) -> Value {
    let (module, version) = source(entry, interpreter)
    let typeName: String
    switch entry {
    case .cmdlet: typeName = "System.Management.Automation.CmdletInfo"
    case .function(let info):
      typeName =
        info.block.isFilter
        ? "System.Management.Automation.FilterInfo" : "System.Management.Automation.FunctionInfo"
    case .alias: typeName = "System.Management.Automation.AliasInfo"
    case .application: typeName = "System.Management.Automation.ApplicationInfo"
    }
    let object = PSObject(typeNames: [
      typeName, "System.Management.Automation.CommandInfo", "System.Object",
    ])
    object.set("CommandType", .string(entry.commandType.name))
    object.set("Name", .string(entry.name))
    object.set("Version", .string(version))
    object.set("Source", .string(module))
    object.set("ModuleName", .string(entry.isApplication ? "" : module))
    switch entry {
    case .cmdlet(let type):
      let help = CommandHelp(cmdlet: type, aliases: [])
      let (verb, noun) = verbAndNoun(entry.name)
      object.set("Verb", .string(verb))
      object.set("Noun", .string(noun))
      object.set("DisplayName", .string(entry.name))
      object.set("Definition", .string(help.syntaxLines.map { "\n" + $0 + "\n" }.joined()))
      object.set(
        "DefaultParameterSet", type.declaration.defaultParameterSet.map(Value.string) ?? .null)
      object.set("Parameters", parameterTable(type.declaration.allParameters))
      object.set("OutputType", outputTypes(type.declaration.outputType.map(\.name)))
    case .function(let info):
      object.set("DisplayName", .string(entry.name))
      object.set("Definition", .string(info.block.text))
      object.set("Parameters", parameterTable(info.bindableParameters))
      object.set("OutputType", outputTypes(info.outputTypeNames(interpreter)))
    case .alias(let name, let target):
      object.set("DisplayName", .string("\(name) -> \(target)"))
      object.set("Definition", .string(target))
      object.set("ReferencedCommand", .string(target))
      object.set("ResolvedCommandName", .string(interpreter.resolveCommand(target)?.name ?? target))
      // An alias reports the output type of the command it stands for, as AliasInfo does.
      let resolved = interpreter.cmdletTypes.first {
        $0.declaration.name.caseInsensitiveCompare(target) == .orderedSame
      }
      object.set("OutputType", outputTypes(resolved?.declaration.outputType.map(\.name) ?? []))
    case .application(let path):
      // pwsh's ApplicationInfo: Source, Path and Definition are all the full path; an ELF
      // program has no file version, which pwsh shows as 0.0.0.0.
      object.set("Path", .string(path))
      object.set("Definition", .string(path))
      object.set("Extension", .string(Self.fileExtension(path)))
    }
    object.defaultDisplayPropertySet = ["CommandType", "Name", "Version", "Source"]
    object.stringValue = { entry.name }
    return .object(object)
  }

  /// A file name's extension with its dot (`.sh`), or an empty string (ApplicationInfo's
  /// Extension).
  private static func fileExtension(_ path: String) -> String {
    let fileExtension = (path as NSString).pathExtension
    return fileExtension.isEmpty ? "" : "." + fileExtension
  }

  /// `Get-Content` → ("Get", "Content"); names without a dash have an empty verb and noun.
  static func verbAndNoun(_ name: String) -> (String, String) {
    guard let dash = name.firstIndex(of: "-") else { return ("", "") }
    return (String(name[..<dash]), String(name[name.index(after: dash)...]))
  }

  /// `OutputType`: a PSTypeName per declared type, which prints as its name; `Type` shows the
  /// type by the same name, as pwsh does for a loaded type.
  private static func outputTypes(_ names: [String]) -> Value {
    .array(
      names.map { name in
        let typeName = PSObject(typeNames: [
          "System.Management.Automation.PSTypeName", "System.Object",
        ])
        typeName.set("Name", .string(name))
        typeName.set("Type", .string(name))
        typeName.stringValue = { name }
        return .object(typeName)
      })
  }

  /// `Parameters`: name → an object with Name, ParameterType, Aliases and SwitchParameter.
  private static func parameterTable(_ parameters: [ParameterDeclaration]) -> Value {
    let table = PSHashtable()
    for parameter in parameters {
      let metadata = PSObject(typeNames: [
        "System.Management.Automation.ParameterMetadata", "System.Object",
      ])
      metadata.set("Name", .string(parameter.name))
      metadata.set("ParameterType", .string(parameter.type.typeName))
      metadata.set("Aliases", .array(parameter.aliases.map(Value.string)))
      metadata.set("SwitchParameter", .bool(parameter.isSwitch))
      metadata.stringValue = { parameter.name }
      table[parameter.name] = .object(metadata)
    }
    return .hashtable(table)
  }
}
