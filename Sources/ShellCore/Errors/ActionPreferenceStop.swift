/// The exception that ends a command when an error it writes meets `-ErrorAction Stop` or
/// `$ErrorActionPreference = 'Stop'` (pwsh's ActionPreferenceStopException).
enum ActionPreferenceStop {
  static let typeName = "System.Management.Automation.ActionPreferenceStopException"

  /// The exception object, with the error written as its ErrorRecord.
  static func exception(for record: ErrorRecord) -> Value {
    let object = PSObject(typeNames: ExceptionTypes.chain(of: typeName))
    let message =
      "The running command stopped because the preference variable \"ErrorActionPreference\" "
      + "or common parameter is set to Stop: \(record.message)"
    object.set("Message", .string(message))
    object.set("ErrorRecord", record.objectValue)
    object.stringValue = { message }
    return .object(object)
  }
}
