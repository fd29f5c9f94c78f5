/// What a typed variable does with a value assigned to it: converts it to the variable's type
/// and applies its rule, as pwsh's ArgumentTypeConverterAttribute does on `$x = value` after
/// `[int]$x = 5`.
///
/// A value that does not convert is refused with pwsh's ArgumentTransformationMetadataException
/// (error id RuntimeException, category MetadataError), and the variable keeps its value.
public enum VariableConstraint {
  /// The value as the variable stores it, or the error that refuses it.
  public static func admit(_ value: Value, into variable: Variable) throws -> Value {
    try admit(value, type: variable.typeConstraint, validate: variable.validate)
  }

  /// The value as a variable of this type and rule stores it, or the error that refuses it.
  static func admit(_ value: Value, type: PSType?, validate: ((Value) throws -> Void)?) throws
    -> Value
  {
    var admitted = value
    if let type, !acceptsAnything(type) {
      do {
        admitted = try value.convert(to: type)
      } catch let error as RuntimeError {
        throw metadataError(error.record.message)
      }
    }
    try validate?(admitted)
    return admitted
  }

  /// `[object]`, `[psobject]` and `[pscustomobject]` take any value as it is (pwsh wraps it in
  /// a PSObject, which changes nothing a script sees).
  static func acceptsAnything(_ type: PSType) -> Bool {
    [
      "System.Object", "System.Management.Automation.PSObject",
      "System.Management.Automation.PSCustomObject",
    ].contains(type.fullName)
  }

  /// The rule of a variable with validation attributes (a parameter's, or
  /// `[ValidateRange(1,10)][int]$x = 5`): a value an attribute refuses is pwsh's
  /// ValidationMetadataException, and the variable keeps its value.
  static func validation(
    _ name: String, _ validators: [ArgumentValidator],
    runScript: ArgumentValidator.ScriptRunner?
  ) -> (Value) throws -> Void {
    let run: ArgumentValidator.ScriptRunner =
      runScript ?? { _, _ in
        throw RuntimeError.make("ScriptBlockNotAvailable", "Script blocks cannot run here.")
      }
    return { value in
      for validator in validators {
        do {
          try validator.validate(value, runScript: run)
        } catch is ArgumentValidator.ValidationFailure {
          let text = value.isNull ? "$null" : value.toText()
          throw RuntimeError.make(
            "ValidateSetFailure",
            "The variable cannot be validated because the value \(text) is not a valid value "
              + "for the \(name) variable.", category: .metadataError,
            exceptionType: "System.Management.Automation.ValidationMetadataException")
        }
      }
    }
  }

  /// The error a typed variable raises for a value it refuses.
  static func metadataError(_ message: String) -> RuntimeError {
    RuntimeError.make(
      "RuntimeException", message, category: .metadataError,
      exceptionType: "System.Management.Automation.ArgumentTransformationMetadataException")
  }
}
