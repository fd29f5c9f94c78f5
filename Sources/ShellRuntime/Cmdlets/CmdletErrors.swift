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
}
