/// The values an ActionPreference common parameter refuses, as pwsh's parameter setters do.
///
/// `-ErrorAction`, `-WarningAction`, `-InformationAction` and `-ProgressAction` refuse `$null`,
/// which does not convert to the enum, and Suspend, which the enum has but PowerShell reserves.
/// Binding fails with ParameterBindingFailed wrapping a SetValueInvocationException that wraps
/// the setter's own exception.
enum ActionParameterSetter {
  static let names: Set<String> = [
    "erroraction", "warningaction", "informationaction", "progressaction",
  ]

  /// The binding error for `value` given to `parameter`; nil when the parameter is not an
  /// action parameter or takes the value.
  static func error(_ value: Value, _ parameter: ParameterDeclaration, _ binder: ParameterBinder)
    -> RuntimeError?
  {
    guard parameter.isCommon, names.contains(parameter.name.lowercased()) else { return nil }
    if value.isNull {
      return failure(
        parameter.name,
        inner: ErrorRecord(
          message: "Cannot convert null to type \"System.Management.Automation.ActionPreference\".",
          exceptionType: "System.Management.Automation.PSInvalidCastException",
          errorId: "InvalidCastFromNull", category: .invalidArgument), binder)
    }
    var chosen = value.toText()
    let numbers = DotNetEnum.actionPreference.members.map(\.name)
    if let number = value.unwrapped.intValue, numbers.indices.contains(number) {
      chosen = numbers[number]
    }
    guard chosen.caseInsensitiveCompare("Suspend") == .orderedSame else { return nil }
    return failure(
      parameter.name,
      inner: ErrorRecord(
        message: PreferenceVariables.reservedMessage,
        exceptionType: "System.NotSupportedException", errorId: "NotSupportedException",
        category: .notSpecified), binder)
  }

  private static func failure(_ name: String, inner: ErrorRecord, _ binder: ParameterBinder)
    -> RuntimeError
  {
    let setting = "Exception setting \"\(name)\": \"\(inner.message)\""
    let error = binder.bindingError(
      "ParameterBindingFailed", "Cannot bind parameter '\(name)' to the target. \(setting)", nil,
      category: .writeError)
    let invocation = ErrorRecord(
      message: setting,
      exceptionType: "System.Management.Automation.SetValueInvocationException",
      errorId: "ExceptionWhenSetting", category: .notSpecified)
    invocation.innerError = inner
    error.record.innerError = invocation
    return error
  }
}
