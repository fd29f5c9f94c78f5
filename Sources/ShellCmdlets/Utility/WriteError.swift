import ShellCore

/// Write-Error: writes a non-terminating error to the error stream.
final class WriteError: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Write-Error",
    synopsis: "Writes an object to the error stream.",
    description: """
      Writes a non-terminating error: it is shown, added to $Error, and makes $? false, and \
      the script goes on. With -ErrorAction Stop it becomes a terminating error.
      """,
    parameters: [
      ParameterDeclaration(
        "Message", .string, position: 0, mandatory: true, pipeline: .byValue,
        aliases: ["Msg"], help: "The error message.", allowNull: true, allowEmptyString: true),
      ParameterDeclaration("ErrorId", .string, help: "An identifier for the error."),
      ParameterDeclaration(
        "Category", .string, validValues: WriteError.categories, help: "The error category."),
      ParameterDeclaration("TargetObject", .any, help: "The object that caused the error."),
    ],
    examples: [
      CmdletExample(
        "Write-Error 'Disk full' -ErrorAction SilentlyContinue; $Error[0].Exception.Message",
        remarks: "Writes an error silently, then reads it from $Error.", prints: "Disk full\n")
    ],
    module: "Microsoft.PowerShell.Utility")

  static let categories = [
    "NotSpecified", "InvalidArgument", "InvalidData", "InvalidOperation", "InvalidType",
    "ObjectNotFound", "PermissionDenied", "ResourceExists", "ResourceUnavailable", "WriteError",
    "ReadError", "OperationStopped", "LimitsExceeded", "SecurityError",
  ]

  required init() {}

  func process(_ context: CommandContext) throws {
    let message = context.parameters["Message"]?.toText() ?? ""
    let category =
      context.parameters["Category"].flatMap { ErrorCategory(rawValue: $0.toText()) }
      ?? .notSpecified
    let id =
      context.parameters["ErrorId"]?.toText() ?? "Microsoft.PowerShell.Commands.WriteErrorException"
    // Write-Error reports the caller's invocation: inside a function, the function's name and
    // call site; at the top of a script, no position at all.
    let caller = context.scope.callerInvocation
    let record = ErrorRecord(
      message: message, exceptionType: "Microsoft.PowerShell.Commands.WriteErrorException",
      errorId: id, category: category,
      targetObject: context.parameters["TargetObject"] ?? .null,
      commandName: caller?.name ?? "Write-Error", range: caller?.range)
    try context.writeError(record, keepPosition: true)
  }
}
