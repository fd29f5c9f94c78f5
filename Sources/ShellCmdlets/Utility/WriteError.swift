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
      // Mandatory in the NoException set only; process() enforces it there.
      ParameterDeclaration(
        "Message", .string, position: 0, pipeline: .byValue,
        sets: ["NoException", "WithException"],
        aliases: ["Msg"], help: "The error message (with -Exception: replaces its message).",
        allowNull: true, allowEmptyString: true),
      ParameterDeclaration(
        "Exception", .any, mandatory: true, sets: ["WithException"],
        help: "An exception object; its message and type become the error's."),
      ParameterDeclaration(
        "ErrorRecord", .any, mandatory: true, sets: ["ErrorRecord"],
        help: "An error record (such as $_ in a catch block) to write as it is."),
      ParameterDeclaration(
        "ErrorId", .string, sets: ["NoException", "WithException"],
        help: "An identifier for the error."),
      ParameterDeclaration(
        "Category", .string, sets: ["NoException", "WithException"],
        validValues: WriteError.categories, help: "The error category."),
      ParameterDeclaration(
        "TargetObject", .any, sets: ["NoException", "WithException"],
        help: "The object that caused the error."),
      ParameterDeclaration(
        "RecommendedAction", .string, help: "What the user should do about the error."),
      ParameterDeclaration(
        "CategoryActivity", .string, aliases: ["Activity"],
        help: "Replaces CategoryInfo.Activity."),
      ParameterDeclaration(
        "CategoryReason", .string, aliases: ["Reason"], help: "Replaces CategoryInfo.Reason."),
      ParameterDeclaration(
        "CategoryTargetName", .string, aliases: ["TargetName"],
        help: "Replaces CategoryInfo.TargetName."),
      ParameterDeclaration(
        "CategoryTargetType", .string, aliases: ["TargetType"],
        help: "Replaces CategoryInfo.TargetType."),
    ],
    defaultParameterSet: "NoException",
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
    let parameters = context.parameters
    // Write-Error reports the caller's invocation: inside a function, the function's name and
    // call site; at the top of a script, no position at all.
    let caller = context.scope.callerInvocation
    let record: ErrorRecord
    if let given = parameters["ErrorRecord"] {
      guard let existing = given.psObject?.base as? ErrorRecord else {
        throw context.terminatingError(
          "CannotConvertArgument",
          "Cannot convert the \"\(given.toText())\" value of type "
            + "\"\(given.dotNetType.fullName)\" to type "
            + "\"System.Management.Automation.ErrorRecord\".",
          category: .invalidArgument)
      }
      record = existing
    } else {
      if parameters["Message"] == nil, parameters["Exception"] == nil {
        throw context.terminatingError(
          "MissingMandatoryParameter,Microsoft.PowerShell.Commands.WriteErrorCommand",
          "Cannot process command because of one or more missing mandatory parameters: Message.",
          category: .invalidArgument)
      }
      var message = parameters["Message"]?.toText() ?? ""
      var exceptionType = "Microsoft.PowerShell.Commands.WriteErrorException"
      if let exception = parameters["Exception"]?.psObject {
        exceptionType = exception.typeName
        if parameters["Message"] == nil { message = exception.value(of: "Message")?.toText() ?? "" }
      }
      let category =
        parameters["Category"].flatMap { ErrorCategory(rawValue: $0.toText()) } ?? .notSpecified
      let id = parameters["ErrorId"]?.toText() ?? exceptionType
      record = ErrorRecord(
        message: message, exceptionType: exceptionType, errorId: id, category: category,
        targetObject: parameters["TargetObject"] ?? .null,
        commandName: caller?.name ?? "Write-Error", range: caller?.range)
    }
    if let activity = parameters["CategoryActivity"] { record.activity = activity.toText() }
    if let reason = parameters["CategoryReason"] { record.categoryReason = reason.toText() }
    if let name = parameters["CategoryTargetName"] { record.categoryTargetName = name.toText() }
    if let type = parameters["CategoryTargetType"] { record.categoryTargetType = type.toText() }
    if let action = parameters["RecommendedAction"] { record.recommendedAction = action.toText() }
    try context.writeError(record, keepPosition: true)
  }
}
