/// The ActionPreference variables a session starts with, typed as pwsh types them.
///
/// Each holds an `[System.Management.Automation.ActionPreference]` value and keeps that type:
/// `$ErrorActionPreference = 'stop'` stores the enum value Stop, an unknown name is refused
/// with the enum's conversion error, and Suspend (reserved in .NET's enum) is refused with
/// pwsh's InvalidActionPreference text (about_Preference_Variables).
enum PreferenceVariables {
  static let defaults: [(name: String, value: String)] = [
    ("ErrorActionPreference", "Continue"),
    ("WarningPreference", "Continue"),
    ("VerbosePreference", "SilentlyContinue"),
    ("DebugPreference", "SilentlyContinue"),
    ("InformationPreference", "SilentlyContinue"),
    ("ProgressPreference", "Continue"),
  ]

  static func install(in scope: Scope) {
    let type = PSType.resolve(DotNetEnum.actionPreference.fullName)
    for (name, value) in defaults {
      let variable = scope.set(name, DotNetEnum.actionPreference.value(value) ?? .string(value))
      variable.typeConstraint = type
      variable.validate = refuseSuspend
    }
  }

  /// Suspend is kept for workflows, which PowerShell 7 does not have.
  static func refuseSuspend(_ value: Value) throws {
    guard value.toText().caseInsensitiveCompare("Suspend") == .orderedSame else { return }
    throw VariableConstraint.metadataError(reservedMessage)
  }

  static let reservedMessage =
    "The Suspend ActionPreference value is reserved for future use and is not supported at this "
    + "time. For more information about preference variables, see the Help topic, "
    + "\"about_Preference_Variables.\""
}
