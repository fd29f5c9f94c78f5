/// `$PSCmdlet` in an advanced function (`[CmdletBinding()]`): the cmdlet API a function calls to
/// write errors, stop with a terminating error, ask ShouldProcess before a change, and read its
/// parameter set, as compiled cmdlets do.
///
/// It works through the function's own CommandContext, so `-WhatIf`, `-Confirm`, `-Verbose`,
/// `-ErrorAction` and the preference variables act on it as on a cmdlet.
enum ScriptCmdletObject {
  static let typeName = "System.Management.Automation.PSScriptCmdlet"

  static func make(
    _ context: CommandContext, function: FunctionInfo, parameterSetName: String,
    invocation: Value
  ) -> Value {
    let object = PSObject(typeNames: [
      typeName, "System.Management.Automation.PSCmdlet", "System.Management.Automation.Cmdlet",
      "System.Object",
    ])
    object.set("ParameterSetName", .string(parameterSetName))
    object.set("MyInvocation", invocation)
    object.stringValue = { typeName }
    func method(_ name: String, _ body: @escaping (MethodCall) throws -> Value) {
      object.methods[name.lowercased()] = PSMethod(name: name) { arguments in
        try body(
          MethodCall(
            target: .object(object), name: name, key: name.lowercased(), arguments: arguments))
      }
    }
    method("WriteObject") { call in
      try call.expect(1, 2)
      if call.arguments.count == 2, call.arguments[1].isTruthy {
        try context.writeEnumerated(call.arguments[0])
      } else {
        try context.write(call.arguments[0])
      }
      return .automationNull
    }
    method("WriteError") { call in
      try call.expect(1)
      try context.writeError(try record(call, context), keepPosition: true)
      return .automationNull
    }
    method("ThrowTerminatingError") { call in
      try call.expect(1)
      var error = RuntimeError(try record(call, context), scope: .script)
      error.endsCommand = true
      throw error
    }
    method("WriteVerbose") { call in
      try call.expect(1)
      try context.writeVerbose(call.string(0))
      return .automationNull
    }
    method("WriteWarning") { call in
      try call.expect(1)
      try context.writeWarning(call.string(0))
      return .automationNull
    }
    method("WriteDebug") { call in
      try call.expect(1)
      try context.writeDebug(call.string(0))
      return .automationNull
    }
    method("ShouldProcess") { call in
      try call.expect(1, 2, 3)
      let target = call.string(0)
      let action =
        call.arguments.count >= 2 ? call.string(call.arguments.count == 3 ? 2 : 1) : function.name
      return .bool(
        try context.shouldProcess(target: target, action: action, impact: function.confirmImpact))
    }
    method("ShouldContinue") { call in
      try call.expect(2, 3, 4)
      return .bool(try context.shouldContinue(call.string(0)))
    }
    return .object(object)
  }

  /// The error record a script passed (`$_`, or one `[ErrorRecord]::new` built), with the
  /// function's name after its id, as pwsh qualifies the ids of errors a command writes.
  private static func record(_ call: MethodCall, _ context: CommandContext) throws -> ErrorRecord {
    guard let given = call.arguments[0].psObject?.base as? ErrorRecord else {
      throw call.conversionFailure(0, "errorRecord", to: "System.Management.Automation.ErrorRecord")
    }
    let record = ErrorRecord(
      message: given.message, exceptionType: given.exceptionType,
      errorId: given.fullyQualifiedErrorId + "," + context.commandName, category: given.category,
      targetObject: given.targetObject, commandName: context.commandName,
      range: context.invocationRange, isThrown: given.isThrown)
    record.innerError = given.innerError
    record.thrownValue = given.thrownValue
    return record
  }
}
