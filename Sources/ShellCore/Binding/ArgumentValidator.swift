import Foundation

/// One validation attribute of a script parameter or variable (`[ValidateRange(1, 10)]`,
/// `[ValidateNotNullOrEmpty()]`, ...), checked the way pwsh's attribute classes check.
///
/// The enumerated kinds (range, length, pattern, script, set) check each element of a
/// collection argument; the others look at the whole argument. A failure is a
/// `ValidationFailure` with pwsh's Metadata message; the binder prefixes "Cannot validate
/// argument on parameter 'p'." and a variable reports it as an invalid value.
public enum ArgumentValidator {
  case notNull
  case notNullOrEmpty
  case notNullOrWhiteSpace
  case range(min: Value, max: Value)
  case rangeKind(RangeKind)
  case length(min: Int, max: Int)
  case count(min: Int, max: Int)
  case pattern(String, errorMessage: String?)
  case script(ScriptBlock, errorMessage: String?)
  case set([String], ignoreCase: Bool, errorMessage: String?)

  /// `[ValidateRange('Positive')]` and its kin (System.Management.Automation.ValidateRangeKind).
  public enum RangeKind: String, CaseIterable {
    case positive = "Positive"
    case nonNegative = "NonNegative"
    case negative = "Negative"
    case nonPositive = "NonPositive"
  }

  /// Why a value was refused: pwsh's error id of the attribute and its message.
  public struct ValidationFailure: Error {
    public let id: String
    public let message: String
  }

  /// Runs a `[ValidateScript]` block with `$_` set to the element; returns its result.
  public typealias ScriptRunner = (ScriptBlock, Value) throws -> Value

  /// Checks `value`; throws a ValidationFailure when the attribute refuses it.
  public func validate(_ value: Value, runScript: ScriptRunner) throws {
    let value = value.unwrapped
    switch self {
    case .notNull: try Self.checkNotNull(value)
    case .notNullOrEmpty: try Self.checkNotNullOrEmpty(value, whiteSpace: false)
    case .notNullOrWhiteSpace: try Self.checkNotNullOrEmpty(value, whiteSpace: true)
    case .count(let min, let max): try Self.checkCount(value, min, max)
    default:
      if value.isNull {
        throw ValidationFailure(id: "ArgumentIsEmpty", message: Self.nullOrEmptyCollection)
      }
      if case .array(let array) = value {
        for element in array.items { try validateElement(element.unwrapped, runScript) }
      } else {
        try validateElement(value, runScript)
      }
    }
  }

  private func validateElement(_ element: Value, _ runScript: ScriptRunner) throws {
    if element.isNull, !isLength {
      throw ValidationFailure(id: "ArgumentIsEmpty", message: Self.notNullMessage)
    }
    switch self {
    case .range(let min, let max): try Self.checkRange(element, min, max)
    case .rangeKind(let kind): try Self.checkRange(element, kind)
    case .length(let min, let max):
      // Only strings have a length here: pwsh refuses anything else, $null included.
      guard case .string(let text) = element else {
        throw ValidationFailure(
          id: "ValidateLengthNotString",
          message: "The ValidateLength attribute cannot be applied to a parameter that is not a "
            + "string or string[] parameter. Make the parameter a string or string[] parameter.")
      }
      if text.count < min {
        throw ValidationFailure(
          id: "ValidateLengthMinLengthFailure",
          message: "The character length (\(text.count)) of the argument is too short. Specify "
            + "an argument with a length that is greater than or equal to \"\(min)\", and then "
            + "try the command again.")
      }
      if text.count > max {
        throw ValidationFailure(
          id: "ValidateLengthMaxLengthFailure",
          message: "The character length (\(text.count)) of the argument is too long. Specify "
            + "an argument with a length that is shorter than or equal to \"\(max)\", and then "
            + "try the command again.")
      }
    case .pattern(let pattern, let errorMessage):
      let text = element.toText()
      let regex: DotNetRegex
      do {
        regex = try DotNetRegex.make(pattern, caseSensitive: false)
      } catch let error as RuntimeError {
        throw ValidationFailure(id: "ValidatePatternFailure", message: error.record.message)
      }
      if regex.firstMatch(in: text) == nil {
        throw ValidationFailure(
          id: "ValidatePatternFailure",
          message: try Self.format(
            errorMessage,
            default: "The argument \"{0}\" does not match the \"{1}\" pattern. Supply an "
              + "argument that matches \"{1}\" and try the command again.",
            [.string(text), .string(pattern)]))
      }
    case .script(let block, let errorMessage):
      if !(try runScript(block, element)).isTruthy {
        throw ValidationFailure(
          id: "ValidateScriptFailure",
          message: try Self.format(
            errorMessage,
            default: "The \"{1}\" validation script for the argument with value \"{0}\" did not "
              + "return a result of True. Determine why the validation script failed, and then "
              + "try the command again.", [element, .string(block.text)]))
      }
    case .set(let values, let ignoreCase, let errorMessage):
      let text = element.toText()
      let found = values.contains { candidate in
        ignoreCase ? candidate.caseInsensitiveCompare(text) == .orderedSame : candidate == text
      }
      if !found {
        throw ValidationFailure(
          id: "ValidateSetFailure",
          message: try Self.format(
            errorMessage,
            default: "The argument \"{0}\" does not belong to the set \"{1}\" specified by the "
              + "ValidateSet attribute. Supply an argument that is in the set and then try the "
              + "command again.", [.string(text), .string(values.joined(separator: ","))]))
      }
    case .notNull, .notNullOrEmpty, .notNullOrWhiteSpace, .count:
      break
    }
  }

  private var isLength: Bool {
    if case .length = self { return true }
    return false
  }

  static let notNullMessage =
    "The argument is null. Provide a valid value for the argument, and then try running the "
    + "command again."
  static let nullOrEmptyMessage =
    "The argument is null or empty. Provide an argument that is not null or empty, and then try "
    + "the command again."
  static let nullOrEmptyCollection =
    "The argument is null, empty, or an element of the argument collection contains a null "
    + "value. Supply a collection that does not contain any null values and then try the "
    + "command again."

  /// A custom `ErrorMessage` (a .NET format string with the element and the rule) or pwsh's.
  private static func format(_ custom: String?, default text: String, _ arguments: [Value])
    throws -> String
  {
    guard let custom, !custom.isEmpty else {
      return try Operators.format(text, arguments)
    }
    return try Operators.format(custom, arguments)
  }
}
