/// `-ErrorAction $null` (and the other ActionPreference common parameters): pwsh's setter of
/// the parameter cannot convert null to the enum, so binding fails with ParameterBindingFailed
/// wrapping a SetValueInvocationException that wraps a PSInvalidCastException.
enum ActionParameterNull {
  static let names: Set<String> = [
    "erroraction", "warningaction", "informationaction", "progressaction",
  ]

  /// The binding error for a null argument of an ActionPreference common parameter; nil for
  /// any other argument or parameter.
  static func error(_ value: Value, _ parameter: ParameterDeclaration, _ binder: ParameterBinder)
    -> RuntimeError?
  {
    guard value.isNull, parameter.isCommon, names.contains(parameter.name.lowercased()) else {
      return nil
    }
    let cast = "Cannot convert null to type \"System.Management.Automation.ActionPreference\"."
    let setting = "Exception setting \"\(parameter.name)\": \"\(cast)\""
    let error = binder.bindingError(
      "ParameterBindingFailed",
      "Cannot bind parameter '\(parameter.name)' to the target. \(setting)", nil,
      category: .writeError)
    let invocation = ErrorRecord(
      message: setting,
      exceptionType: "System.Management.Automation.SetValueInvocationException",
      errorId: "ExceptionWhenSetting", category: .notSpecified)
    invocation.innerError = ErrorRecord(
      message: cast, exceptionType: "System.Management.Automation.PSInvalidCastException",
      errorId: "InvalidCastFromNull", category: .invalidArgument)
    error.record.innerError = invocation
    return error
  }
}
