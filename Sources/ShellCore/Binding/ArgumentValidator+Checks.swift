import Foundation

/// The whole-argument checks (null, empty, count) and the range comparisons of
/// `ArgumentValidator`, with pwsh's Metadata messages.
extension ArgumentValidator {
  static func checkNotNull(_ value: Value) throws {
    if value.isNull {
      throw ValidationFailure(id: "ArgumentIsNull", message: notNullMessage)
    }
    if case .array(let array) = value, array.items.contains(where: { $0.unwrapped.isNull }) {
      throw ValidationFailure(
        id: "ArgumentIsNull",
        message: "The argument has a null value, or an element of the argument collection "
          + "contains a null value. Provide a collection that does not contain any null values, "
          + "and then try the command again.")
    }
  }

  static func checkNotNullOrEmpty(_ value: Value, whiteSpace: Bool) throws {
    let whiteSpaceMessage =
      "The argument is null, empty, or consists of only white-space characters. Provide an "
      + "argument that contains non white-space characters, and then try the command again."
    switch value {
    case .null:
      throw ValidationFailure(id: "ArgumentIsNull", message: nullOrEmptyMessage)
    case .string(let text):
      if whiteSpace, text.allSatisfy(\.isWhitespace) {
        throw ValidationFailure(id: "ArgumentIsEmptyOrWhiteSpace", message: whiteSpaceMessage)
      }
      if text.isEmpty {
        throw ValidationFailure(id: "ArgumentIsEmpty", message: nullOrEmptyMessage)
      }
    case .array(let array):
      if array.items.isEmpty {
        throw ValidationFailure(id: "ArgumentIsEmpty", message: nullOrEmptyCollection)
      }
      for element in array.items.map(\.unwrapped) {
        if element.isNull {
          throw ValidationFailure(id: "ArgumentIsNull", message: nullOrEmptyCollection)
        }
        guard case .string(let text) = element else { continue }
        if whiteSpace, text.allSatisfy(\.isWhitespace) {
          throw ValidationFailure(
            id: "ArgumentCollectionContainsEmptyOrWhiteSpace",
            message: "An element of the argument collection is null, empty, or consists of only "
              + "white-space characters. Supply a collection that does not contain any those "
              + "values and then try the command again.")
        }
        if text.isEmpty {
          throw ValidationFailure(
            id: "ArgumentCollectionContainsEmpty", message: nullOrEmptyCollection)
        }
      }
    case .hashtable(let table):
      if table.count == 0 {
        throw ValidationFailure(id: "ArgumentIsEmpty", message: nullOrEmptyCollection)
      }
    default:
      break
    }
  }

  static func checkCount(_ value: Value, _ min: Int, _ max: Int) throws {
    let count: Int
    switch value {
    case .null: count = 0
    case .array(let array): count = array.items.count
    case .hashtable(let table): count = table.count
    default:
      throw ValidationFailure(
        id: "NotAnArrayParameter",
        message: "The ValidateCount attribute cannot be applied to a non-array parameter. Either "
          + "remove the attribute from the parameter or make the parameter an array parameter.")
    }
    if min == max, count != max {
      throw ValidationFailure(
        id: "ValidateCountExactFailure",
        message: "The parameter requires exactly \(max) value(s) - \(count) value(s) were "
          + "provided.")
    }
    if count < min || count > max {
      throw ValidationFailure(
        id: "ValidateCountMinMaxFailure",
        message: "The parameter requires at least \(min) value(s) and no more than \(max) "
          + "value(s) - \(count) value(s) were provided.")
    }
  }

  /// `[ValidateRange(min, max)]`: the element converted to the limits' type, then compared.
  static func checkRange(_ element: Value, _ min: Value, _ max: Value) throws {
    let limitType = min.dotNetType
    let converted: Value
    do {
      converted = try element.convert(to: limitType)
    } catch is RuntimeError {
      throw elementTypeFailure(element, limitType.fullName)
    }
    if let order = Operators.compare(converted, min), order < 0 {
      throw ValidationFailure(
        id: "ValidateRangeTooSmall",
        message: "The \(converted.toText()) argument is less than the minimum allowed range of "
          + "\(min.toText()). Supply an argument that is greater than or equal to "
          + "\(min.toText()) and then try the command again.")
    }
    if let order = Operators.compare(converted, max), order > 0 {
      throw ValidationFailure(
        id: "ValidateRangeTooBig",
        message: "The \(converted.toText()) argument is greater than the maximum allowed range "
          + "of \(max.toText()). Supply an argument that is less than or equal to "
          + "\(max.toText()) and then try the command again.")
    }
  }

  /// `[ValidateRange('Positive')]` and its kin: a number compared with zero.
  static func checkRange(_ element: Value, _ kind: RangeKind) throws {
    guard let number = Numeric(exactly: element) else {
      throw elementTypeFailure(element, "System.Int32")
    }
    let zero = Numeric(exactly: .int(0)) ?? number
    let order = Operators.numericCompare(number, zero)
    let text = element.toText()
    switch kind {
    case .positive where order <= 0:
      throw ValidationFailure(
        id: "ValidateRangePositiveFailure",
        message: "The argument \"\(text)\" cannot be validated because its value is not greater "
          + "than zero.")
    case .nonNegative where order < 0:
      throw ValidationFailure(
        id: "ValidateRangeNonNegativeFailure",
        message: "The argument \"\(text)\" cannot be validated because its value is not greater "
          + "than or equal to zero.")
    case .negative where order >= 0:
      throw ValidationFailure(
        id: "ValidateRangeNegativeFailure",
        message: "The argument \"\(text)\" cannot be validated because its value is not less "
          + "than zero.")
    case .nonPositive where order > 0:
      throw ValidationFailure(
        id: "ValidateRangeNonPositiveFailure",
        message: "The argument \"\(text)\" cannot be validated because its value is not less "
          + "than or equal to zero.")
    default:
      break
    }
  }

  private static func elementTypeFailure(_ element: Value, _ limitType: String) -> ValidationFailure
  {
    let short = { (name: String) in name.split(separator: ".").last.map(String.init) ?? name }
    let limit = short(limitType)
    return ValidationFailure(
      id: "ValidationRangeElementType",
      message: "The argument cannot be validated because its type "
        + "\"\(short(element.dotNetType.fullName))\" is not the same type (\(limit)) as the maximum and minimum limits of the parameter. "
        + "Make sure the argument is of type \(limit) and then try the command again.")
  }
}
