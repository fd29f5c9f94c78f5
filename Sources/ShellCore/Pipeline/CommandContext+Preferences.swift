/// How a command reads a preference variable (`$WarningPreference`, `$DebugPreference`, ...):
/// a value of Suspend, which pwsh reserves, is replaced by the default in the variable that
/// holds it and refused with pwsh's NotSupportedException (ExecutionContext's
/// CheckActionPreference). A global preference variable refuses Suspend when it is assigned;
/// a local one, which has no type, is caught here when a command reads it.
extension CommandContext {
  /// The preference `name` holds, or `fallback` when it holds none or not a preference.
  public func preferenceVariable(_ name: String, default fallback: ActionPreference) throws
    -> ActionPreference
  {
    guard let variable = scope.lookup(name.lowercased()) else { return fallback }
    let value = ActionPreference(text: variable.value.toText()) ?? fallback
    guard value == .suspend else { return value }
    variable.value = Self.preferenceValue(fallback)
    throw RuntimeError(
      Self.suspendRecord(name, fallback, errorId: "System.NotSupportedException,\(errorIdSource)"))
  }

  /// `$ErrorActionPreference` held Suspend when the command started: the variable gets its
  /// default back and the error the command was writing becomes pwsh's NotSupportedException.
  func refuseSuspendedErrorAction() throws {
    guard errorAction == .suspend, parameters["ErrorAction"] == nil else { return }
    if let variable = scope.lookup("erroractionpreference") {
      variable.value = Self.preferenceValue(.continue)
    }
    throw RuntimeError(
      Self.suspendRecord(
        "ErrorActionPreference", .continue, errorId: "System.NotSupportedException"))
  }

  private static func preferenceValue(_ preference: ActionPreference) -> Value {
    DotNetEnum.named("System.Management.Automation.ActionPreference")?.value(preference.rawValue)
      ?? .string(preference.rawValue)
  }

  private static func suspendRecord(_ name: String, _ fallback: ActionPreference, errorId: String)
    -> ErrorRecord
  {
    ErrorRecord(
      message: "The Suspend ActionPreference value is reserved for future use and is not "
        + "supported at this time. It has been replaced in your \(name) variable by the default "
        + "value of \(fallback.rawValue). For more information about preference variables, see "
        + "the Help topic, \"about_Preference_Variables.\"",
      exceptionType: "System.NotSupportedException", errorId: errorId, category: .notSpecified)
  }
}
