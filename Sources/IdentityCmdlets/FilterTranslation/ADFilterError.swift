import IdentityEngine
import ShellCore

/// Why an AD `-Filter` was refused, with the module's wording (ad-module.md §4.6).
enum ADFilterError: Error {
  /// "Error parsing query: '<q>' Error Message: '<why>' at position: '<n>'."
  case parse(message: String, position: Int)
  /// "Variable: 'v' found in expression: $v is not defined."
  case undefinedVariable(String)
  /// `$obj.Property` on an object without that property.
  case propertyNotFound(property: String, typeName: String)
  /// An operator a converter property does not support (GroupScope -lt …).
  case operatorNotSupported(property: String, op: String)
  /// A value that is not one of the property's values.
  case invalidValue(property: String, value: String, typeName: String)
  /// A property the module refuses in filters (LockedOut, ProtectedFromAccidentalDeletion).
  case propertyNotFilterable(String)
  /// An attribute that is neither a module property nor in the schema.
  case unknownAttribute(String)

  /// The error record the cmdlet writes for this failure of `query`.
  func record(_ context: CommandContext, query: String) -> ErrorRecord {
    switch self {
    case .parse(let message, let position):
      let exception = ADErrors.management + "ADFilterParsingException"
      return ADErrors.record(
        context,
        "Error parsing query: '\(query)' Error Message: '\(message)' at position: '\(position)'.",
        category: .parserError, exception: exception,
        qualifier: "ActiveDirectoryCmdlet:\(exception)", target: .null)
    case .undefinedVariable(let name):
      return ADErrors.argument(
        context, "Variable: '\(name)' found in expression: $\(name) is not defined.")
    case .propertyNotFound(let property, let typeName):
      return ADErrors.argument(
        context, "Property: '\(property)' not found in object of type: '\(typeName)'.")
    case .operatorNotSupported(let property, let op):
      return notSupported(
        context,
        "Operator: '\(op)' is not supported for the property '\(property)'. "
          + "Supported operators: -eq, -ne.")
    case .invalidValue(let property, let value, let typeName):
      return ADErrors.argument(
        context,
        "Cannot convert value '\(value)' for the property '\(property)' to type '\(typeName)'.")
    case .propertyNotFilterable(let property):
      return notSupported(context, "The property '\(property)' cannot be used in a filter.")
    case .unknownAttribute(let name):
      return ADErrors.record(
        for: DirectoryError.invalidFilter(name, reason: "unknown attribute"), context,
        target: .null)
    }
  }

  private func notSupported(_ context: CommandContext, _ message: String) -> ErrorRecord {
    ADErrors.record(
      context, message, category: .notSpecified, exception: "System.NotSupportedException",
      qualifier: "ActiveDirectoryCmdlet:System.NotSupportedException", target: .null)
  }
}
