import ShellCore

/// Error records for the data cmdlets, identified as PowerShell identifies its compiled
/// cmdlets' errors: `PathNotFound,Microsoft.PowerShell.Commands.GetContentCommand`.
enum CmdletErrors {
  /// The cmdlet's .NET class name: `Get-Content` → `Microsoft.PowerShell.Commands.GetContentCommand`.
  static func className(_ commandName: String) -> String {
    "Microsoft.PowerShell.Commands." + commandName.replacingOccurrences(of: "-", with: "")
      + "Command"
  }

  /// A non-terminating error record attributed to the running cmdlet.
  static func record(
    _ context: CommandContext, _ errorId: String, _ message: String,
    category: ErrorCategory = .invalidOperation, target: Value = .null,
    exceptionType: String = "System.Management.Automation.RuntimeException"
  ) -> ErrorRecord {
    ErrorRecord(
      message: message, exceptionType: exceptionType,
      errorId: "\(errorId),\(className(context.commandName))", category: category,
      targetObject: target, commandName: context.commandName, range: context.invocationRange)
  }

  /// A terminating error (ThrowTerminatingError) attributed to the running cmdlet.
  static func terminating(
    _ context: CommandContext, _ errorId: String, _ message: String,
    category: ErrorCategory = .invalidOperation, target: Value = .null,
    exceptionType: String = "System.Management.Automation.RuntimeException"
  ) -> RuntimeError {
    RuntimeError(
      record(
        context, errorId, message, category: category, target: target,
        exceptionType: exceptionType))
  }

  /// The binder's error for an argument outside a parameter's `[ValidateRange]`.
  static func outsideRange(
    _ context: CommandContext, parameter: String, value: Int64, range: ClosedRange<Int64>,
    target: Value
  ) -> RuntimeError {
    let detail =
      value > range.upperBound
      ? "The \(value) argument is greater than the maximum allowed range of "
        + "\(range.upperBound). Supply an argument that is less than or equal to "
        + "\(range.upperBound) and then try the command again."
      : "The \(value) argument is less than the minimum allowed range of \(range.lowerBound). "
        + "Supply an argument that is greater than or equal to \(range.lowerBound) and then try "
        + "the command again."
    return terminating(
      context, "ParameterArgumentValidationError",
      "Cannot validate argument on parameter '\(parameter)'. " + detail,
      category: .invalidData, target: target,
      exceptionType: "System.Management.Automation.ParameterBindingValidationException")
  }
}
