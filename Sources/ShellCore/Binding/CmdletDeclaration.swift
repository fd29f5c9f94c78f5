/// Everything the shell knows about a cmdlet before running it: name, help, parameters.
public struct CmdletDeclaration {
  public let name: String
  public let synopsis: String
  public let description: String
  public let parameters: [ParameterDeclaration]
  public let defaultParameterSet: String?
  /// True for cmdlets that change state: they get `-WhatIf` and `-Confirm`.
  public let supportsShouldProcess: Bool
  public let examples: [CmdletExample]
  /// The module shown by Get-Command, for example `Microsoft.PowerShell.Utility`.
  public let module: String
  /// What the cmdlet writes (`[OutputType]`), most specific first.
  public let outputType: [OutputTypeDeclaration]
  /// The implementing .NET class, for a module whose classes are not named
  /// `Microsoft.PowerShell.Commands.<Verb><Noun>Command` (PSReadLine's
  /// `Microsoft.PowerShell.GetKeyHandlerCommand`).
  public let className: String?

  public init(
    name: String, synopsis: String, description: String = "",
    parameters: [ParameterDeclaration], defaultParameterSet: String? = nil,
    supportsShouldProcess: Bool = false, examples: [CmdletExample] = [],
    module: String = "Microsoft.PowerShell.Core", outputType: [OutputTypeDeclaration] = [],
    className: String? = nil
  ) {
    self.className = className
    self.name = name
    self.synopsis = synopsis
    self.description = description
    self.parameters = parameters
    self.defaultParameterSet = defaultParameterSet
    self.supportsShouldProcess = supportsShouldProcess
    self.examples = examples
    self.module = module
    self.outputType = outputType
  }

  /// The declared parameters followed by the common parameters the engine adds.
  public var allParameters: [ParameterDeclaration] {
    parameters + CommonParameters.declarations(supportsShouldProcess: supportsShouldProcess)
  }

  /// What follows the comma in this cmdlet's FullyQualifiedErrorIds: the implementing .NET
  /// class for PowerShell's own modules (`Add-Member` →
  /// `Microsoft.PowerShell.Commands.AddMemberCommand`) and the ActiveDirectory module's, as
  /// their compiled cmdlets report it, else the cmdlet's name.
  public var errorIdSource: String {
    if let className { return className }
    if module == "ActiveDirectory" {
      // The ActiveDirectory module's compiled cmdlets: `Get-ADUser` → `…Commands.GetADUser`.
      return "Microsoft.ActiveDirectory.Management.Commands."
        + name.replacingOccurrences(of: "-", with: "")
    }
    guard module.hasPrefix("Microsoft.PowerShell.") else { return name }
    return "Microsoft.PowerShell.Commands." + name.replacingOccurrences(of: "-", with: "")
      + "Command"
  }

  /// The names of the parameter sets, in declaration order.
  public var parameterSetNames: [String] {
    var names: [String] = []
    for parameter in parameters {
      for set in parameter.sets where !names.contains(set) { names.append(set) }
    }
    return names
  }
}

/// A help example.
///
/// With `prints`, the test suite runs it and compares the output exactly.
public struct CmdletExample {
  public let code: String
  public let remarks: String
  public let prints: String?

  public init(_ code: String, remarks: String = "", prints: String? = nil) {
    self.code = code
    self.remarks = remarks
    self.prints = prints
  }
}

/// The common parameters of every cmdlet and advanced function (about_CommonParameters).
public enum CommonParameters {
  static let actionValues = [
    "Continue", "Ignore", "Inquire", "SilentlyContinue", "Stop", "Suspend", "Break",
  ]

  /// The ActionPreference values in their .NET order: `-ErrorAction 0` is SilentlyContinue.
  static let actionNumbers = DotNetEnum.actionPreference.members.map(\.name)

  /// An `[ActionPreference]` common parameter: a name or the enum's number (`-ea 0`).
  static func actionParameter(_ name: String, alias: String) -> ParameterDeclaration {
    var parameter = ParameterDeclaration(
      name, .string, aliases: [alias], validValues: actionValues, isCommon: true)
    parameter.check = { value in
      // A number names the member (`-ea 0`); refused values are ActionParameterSetter's.
      guard let number = value.unwrapped.intValue, actionNumbers.indices.contains(number) else {
        return value
      }
      return .string(actionNumbers[number])
    }
    return parameter
  }

  public static func declarations(supportsShouldProcess: Bool) -> [ParameterDeclaration] {
    var common = [
      ParameterDeclaration("Verbose", .switchParameter, aliases: ["vb"], isCommon: true),
      ParameterDeclaration("Debug", .switchParameter, aliases: ["db"], isCommon: true),
      actionParameter("ErrorAction", alias: "ea"),
      actionParameter("WarningAction", alias: "wa"),
      actionParameter("InformationAction", alias: "infa"),
      actionParameter("ProgressAction", alias: "proga"),
      ParameterDeclaration("ErrorVariable", .string, aliases: ["ev"], isCommon: true),
      ParameterDeclaration("WarningVariable", .string, aliases: ["wv"], isCommon: true),
      ParameterDeclaration("InformationVariable", .string, aliases: ["iv"], isCommon: true),
      ParameterDeclaration("OutVariable", .string, aliases: ["ov"], isCommon: true),
      ParameterDeclaration("OutBuffer", .int, aliases: ["ob"], isCommon: true),
      ParameterDeclaration("PipelineVariable", .string, aliases: ["pv"], isCommon: true),
    ]
    if supportsShouldProcess {
      common.append(
        ParameterDeclaration("WhatIf", .switchParameter, aliases: ["wi"], isCommon: true))
      common.append(
        ParameterDeclaration("Confirm", .switchParameter, aliases: ["cf"], isCommon: true))
    }
    return common
  }
}
