import ShellSyntax

/// `[System.Management.Automation.ErrorRecord]::new($exception, 'Id', $category, $target)`.
///
/// Scripts and tests build error records by hand to throw or to write. The object is the one
/// `$_` in a catch block shows, so `throw $record` raises the record itself.
enum ErrorRecordMembers {
  static func construct(_ call: MethodCall) throws -> Value {
    try call.expect(4)
    let exception = call.arguments[0]
    if exception.isNull { throw call.failure("Value cannot be null. (Parameter 'exception')") }
    let object = exception.psObject
    let message = object?.value(of: "Message")?.toText() ?? exception.toText()
    let typeName =
      object.flatMap { $0.typeNames.contains("System.Exception") ? $0.typeName : nil }
      ?? "System.Exception"
    let category = ErrorCategory(rawValue: call.arguments[2].toText()) ?? .notSpecified
    let record = ErrorRecord(
      message: message, exceptionType: typeName,
      errorId: call.arguments[1].isNull ? "" : call.string(1), category: category,
      targetObject: call.arguments[3])
    return record.objectValue
  }
}

extension ErrorRecord {
  /// The PowerShell object for an error record, as `$_` in `catch` and `$Error[0]` show it.
  public var objectValue: Value {
    let record = self
    let exception = PSObject(typeNames: ExceptionTypes.chain(of: record.exceptionType))
    exception.set("Message", .string(record.message))
    exception.stringValue = { record.message }
    exception.setComputed("ErrorRecord") { record.objectValue }
    for property in record.exceptionProperties { exception.set(property.name, property.value) }
    if let inner = record.innerError {
      exception.setComputed("InnerException") {
        inner.objectValue.psObject?.value(of: "Exception") ?? .null
      }
    }
    let category = PSObject(typeNames: ["System.Management.Automation.ErrorCategoryInfo"])
    category.set("Category", .string(record.category.rawValue))
    category.set("Activity", .string(record.activity ?? record.commandName ?? ""))
    category.set("Reason", .string(record.categoryReason ?? record.exceptionShortName))
    category.set("TargetName", .string(record.categoryTargetName ?? record.targetObject.toText()))
    category.set(
      "TargetType",
      .string(
        record.categoryTargetType
          ?? (record.targetObject.isNull ? "" : record.targetObject.dotNetType.name)))
    let invocation = PSObject(typeNames: ["System.Management.Automation.InvocationInfo"])
    if let range = record.range {
      let start = range.start
      invocation.set("ScriptName", .string(range.fileName ?? ""))
      invocation.set("ScriptLineNumber", .int(Int32(start.line)))
      invocation.set("OffsetInLine", .int(Int32(start.column)))
      invocation.set("Line", .string(range.source.line(start.line)))
    }
    invocation.set("MyCommand", .string(record.commandName ?? ""))
    let object = PSObject(typeNames: ["System.Management.Automation.ErrorRecord", "System.Object"])
    object.set("Exception", .object(exception))
    object.set("TargetObject", record.thrownValue ?? record.targetObject)
    object.set("CategoryInfo", .object(category))
    object.set("FullyQualifiedErrorId", .string(record.fullyQualifiedErrorId))
    object.set("InvocationInfo", .object(invocation))
    object.set("ScriptStackTrace", .string(""))
    if let action = record.recommendedAction {
      let details = PSObject(typeNames: ["System.Management.Automation.ErrorDetails"])
      details.set("Message", .string(""))
      details.set("RecommendedAction", .string(action))
      object.set("ErrorDetails", .object(details))
    } else {
      object.set("ErrorDetails", .null)
    }
    object.base = record
    object.stringValue = { record.message }
    return .object(object)
  }
}
