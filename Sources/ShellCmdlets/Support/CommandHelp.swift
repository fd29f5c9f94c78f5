import ShellCore

/// The help of one command, gathered from its declaration (or a function's param block), and
/// the syntax lines PowerShell generates from parameter metadata.
///
/// Syntax follows `CommandInfo.Syntax`: one line per parameter set, the default set first;
/// positional parameters by position, then named mandatory ones, then named optional ones,
/// `[-WhatIf] [-Confirm]`, and `[<CommonParameters>]` for cmdlets and advanced functions.
struct CommandHelp {
  let name: String
  let synopsis: String
  let description: String
  let parameters: [ParameterDeclaration]
  let examples: [CmdletExample]
  let aliases: [String]
  let setNames: [String]
  let defaultSet: String?
  let supportsShouldProcess: Bool
  let hasCommonParameters: Bool
  let isCmdlet: Bool
  /// The online help page (`HelpUri`); functions have none.
  let helpUri: String?

  init(cmdlet: any Cmdlet.Type, aliases: [String]) {
    let declaration = cmdlet.declaration
    name = declaration.name
    synopsis = declaration.synopsis
    description = declaration.description
    parameters = declaration.parameters
    examples = declaration.examples
    self.aliases = aliases
    setNames = declaration.parameterSetNames
    defaultSet = declaration.defaultParameterSet
    supportsShouldProcess = declaration.supportsShouldProcess
    hasCommonParameters = true
    isCmdlet = true
    helpUri = declaration.helpUri
  }

  init(function: FunctionInfo, aliases: [String]) {
    name = function.name
    synopsis = ""
    description = ""
    parameters = function.parameters
    examples = []
    self.aliases = aliases
    var names: [String] = []
    for parameter in function.parameters {
      for set in parameter.sets where !names.contains(set) { names.append(set) }
    }
    setNames = names
    defaultSet = function.defaultSet
    supportsShouldProcess = function.supportsShouldProcess
    hasCommonParameters = function.isAdvanced
    isCmdlet = false
    helpUri = nil
  }

  /// One syntax line per parameter set, without the command name's indentation.
  var syntaxLines: [String] {
    var sets: [String?] = setNames.isEmpty ? [nil] : setNames
    if let defaultSet,
      let position = sets.firstIndex(where: {
        $0?.caseInsensitiveCompare(defaultSet) == .orderedSame
      })
    {
      sets.insert(sets.remove(at: position), at: 0)
    }
    return sets.map { set in
      let members = parameters.filter { $0.isIn(set: set) }
      var parts = Self.displayOrder(members).map(Self.syntax)
      if supportsShouldProcess { parts += ["[-WhatIf]", "[-Confirm]"] }
      if hasCommonParameters { parts.append("[<CommonParameters>]") }
      return ([name] + parts).joined(separator: " ")
    }
  }

  /// Positional parameters by position, then named mandatory, then named optional ones
  /// (ParameterSetInfo.GenerateParametersInDisplayOrder).
  static func displayOrder(_ parameters: [ParameterDeclaration]) -> [ParameterDeclaration] {
    let positional = parameters.filter { $0.position != nil }
      .enumerated().sorted {
        ($0.element.position ?? 0, $0.offset) < ($1.element.position ?? 0, $1.offset)
      }
      .map(\.element)
    let named = parameters.filter { $0.position == nil }
    return positional + named.filter(\.isMandatory) + named.filter { !$0.isMandatory }
  }

  /// `[-Name] <string>`, `[[-Name] <string>]`, `-Name <string>`, `[-Name <string>]`, `[-Force]`.
  static func syntax(_ parameter: ParameterDeclaration) -> String {
    if parameter.isSwitch {
      return parameter.isMandatory ? "-\(parameter.name)" : "[-\(parameter.name)]"
    }
    let type = typeName(parameter.type)
    let positional = parameter.position != nil
    switch (parameter.isMandatory, positional) {
    case (true, true): return "[-\(parameter.name)] <\(type)>"
    case (true, false): return "-\(parameter.name) <\(type)>"
    case (false, true): return "[[-\(parameter.name)] <\(type)>]"
    case (false, false): return "[-\(parameter.name) <\(type)>]"
    }
  }

  /// The type name syntax shows: PowerShell's accelerator where there is one (`string`,
  /// `int`, `scriptblock`), else the short .NET name (`Object`).
  static func typeName(_ type: ParameterType) -> String {
    switch type {
    case .any: return "Object"
    case .string: return "string"
    case .int: return "int"
    case .long: return "long"
    case .double: return "double"
    case .bool: return "bool"
    case .switchParameter: return "switch"
    case .scriptBlock: return "scriptblock"
    case .hashtable: return "hashtable"
    case .dateTime: return "datetime"
    case .stringArray: return "string[]"
    case .anyArray: return "Object[]"
    case .intArray: return "int[]"
    case .scriptBlockArray: return "scriptblock[]"
    case .typed(let type): return typeName(fullName: type.fullName)
    }
  }

  static func typeName(fullName: String) -> String {
    if fullName.hasSuffix("[]") { return typeName(fullName: String(fullName.dropLast(2))) + "[]" }
    let accelerators: [String: String] = [
      "System.Object": "Object", "System.String": "string", "System.Int32": "int",
      "System.Int64": "long", "System.Double": "double", "System.Boolean": "bool",
      "System.Decimal": "decimal", "System.Char": "char", "System.Byte": "byte",
      "System.DateTime": "datetime", "System.TimeSpan": "timespan", "System.Guid": "guid",
      "System.Version": "version", "System.Type": "type", "System.Array": "array",
      "System.Collections.Hashtable": "hashtable",
      "System.Management.Automation.ScriptBlock": "scriptblock",
      "System.Management.Automation.PSObject": "psobject",
      "System.Management.Automation.SwitchParameter": "switch",
      "System.Text.RegularExpressions.Regex": "regex",
    ]
    if let short = accelerators[fullName] { return short }
    return fullName.split(separator: ".").last.map(String.init) ?? fullName
  }
}
