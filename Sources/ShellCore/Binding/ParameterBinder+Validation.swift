import ShellSyntax

/// The checks a script parameter's attributes ask for after conversion, and the Boolean rule
/// of advanced functions.
extension ParameterBinder {
  /// Runs the parameter's validation attributes.
  ///
  /// A refusal is pwsh's ParameterArgumentValidationError, "Cannot validate argument on
  /// parameter 'p'. ...".
  func validate(_ value: Value, _ parameter: ParameterDeclaration, _ range: SourceRange) throws {
    let runScript: ArgumentValidator.ScriptRunner =
      runValidationScript ?? { _, _ in
        throw RuntimeError.make("ScriptBlockNotAvailable", "Script blocks cannot run here.")
      }
    for validator in parameter.validators {
      do {
        try validator.validate(value, runScript: runScript)
      } catch let failure as ArgumentValidator.ValidationFailure {
        throw bindingError(
          "ParameterArgumentValidationError",
          "Cannot validate argument on parameter '\(parameter.name)'. \(failure.message)", range,
          category: .invalidData,
          exceptionType: "System.Management.Automation.ParameterBindingValidationException")
      }
    }
  }

  /// An advanced function's `[bool[]]` parameter takes Booleans and numbers only, element by
  /// element, as its `[bool]` does (pwsh checks collections of Booleans under CmdletBinding
  /// only, for compatibility with simple functions).
  func checkBooleanElements(
    _ value: Value, _ parameter: ParameterDeclaration, _ range: SourceRange
  ) throws {
    guard case .typed(let type) = parameter.type, type.elementType?.fullName == "System.Boolean"
    else { return }
    for element in value.enumerated {
      do {
        _ = try ParameterConversion.boolean(element.unwrapped, to: .bool)
      } catch let error as RuntimeError {
        throw bindingError(
          "ParameterArgumentTransformationError",
          "Cannot process argument transformation on parameter '\(parameter.name)'. "
            + error.record.message, range, category: .invalidData,
          exceptionType:
            "System.Management.Automation.ParameterBindingArgumentTransformationException")
      }
    }
  }
}
