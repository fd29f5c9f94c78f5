import ShellCore

/// Set-Variable (`sv`, `set`): sets a variable's value, creating it when needed.
final class SetVariable: Cmdlet {
  static let options = ["None", "ReadOnly", "Constant", "Private", "AllScope", "Unspecified"]

  static let declaration = CmdletDeclaration(
    name: "Set-Variable",
    synopsis: "Sets the value of a variable, creating the variable if it does not exist.",
    description: """
      Sets each named variable in the caller's scope, or in the scope named by -Scope. \
      Values piped in are collected: one object is stored as itself, several as an array. \
      -Option ReadOnly makes the variable read-only; a read-only variable is changed only with \
      -Force. -PassThru returns the PSVariable.
      """,
    parameters: [
      ParameterDeclaration(
        "Name", .stringArray, position: 0, mandatory: true, pipeline: .byPropertyName,
        help: "The names of the variables to set."),
      ParameterDeclaration(
        "Value", .any, position: 1, pipeline: [.byValue, .byPropertyName],
        help: "The value to store."),
      ParameterDeclaration("Description", .string, help: "A description of the variable."),
      ParameterDeclaration(
        "Option", .stringArray, validValues: options,
        help: "Options such as ReadOnly or Constant."),
      ParameterDeclaration(
        "Scope", .string, help: "Global, Script, Local, or a number of scopes up."),
      ParameterDeclaration("Force", .switchParameter, help: "Overwrites a read-only variable."),
      ParameterDeclaration("PassThru", .switchParameter, help: "Returns the PSVariable."),
      ParameterDeclaration(
        "Visibility", .string, validValues: ["Public", "Private"],
        help: "Accepted for compatibility."),
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Set-Variable -Name total -Value 42; $total", remarks: "Creates a variable.",
        prints: "42\n"),
      CmdletExample(
        "1, 2, 3 | Set-Variable nums; $nums.Count", remarks: "Stores piped objects as an array.",
        prints: "3\n"),
    ],
    module: "Microsoft.PowerShell.Utility")

  private var collected: [Value] = []

  required init() {}

  func process(_ context: CommandContext) throws {
    if let input = context.input {
      collected.append(input)
    } else if !context.expectsInput {
      try assign(context.parameters["Value"] ?? .null, context)
    }
  }

  /// Piped values are stored once, after the last one arrived.
  func end(_ context: CommandContext) throws {
    guard context.expectsInput, !collected.isEmpty else { return }
    try assign(collected.count == 1 ? collected[0] : .array(collected), context)
  }

  private func assign(_ value: Value, _ context: CommandContext) throws {
    let parameters = context.parameters
    let target =
      try parameters["Scope"].map {
        try context.interpreter.scope(named: $0.toText(), from: context.scope)
      } ?? context.scope
    let options = VariableObjects.strings(parameters["Option"]).map { $0.lowercased() }
    for name in VariableObjects.strings(parameters["Name"]) {
      guard
        context.shouldProcess(
          target: "Name: \(name) Value: \(value.toText())",
          action: "Set variable")
      else { continue }
      let variable: Variable
      if let existing = target.local(name.lowercased()) {
        if existing.isReadOnly, !parameters.isSet("Force") {
          try context.writeError(VariableObjects.notWritable(existing, context))
          continue
        }
        existing.value = try VariableConstraint.admit(value, into: existing)
        variable = existing
      } else {
        variable = target.set(name, value)
      }
      if options.contains("readonly") || options.contains("constant") {
        variable.isReadOnly = true
      } else if options.contains("none") {
        variable.isReadOnly = false
      }
      if let description = parameters["Description"] {
        variable.description = description.toText()
      }
      if parameters.isSet("PassThru") {
        try context.write(.object(VariableObjects.psVariable(variable)))
      }
    }
  }
}
