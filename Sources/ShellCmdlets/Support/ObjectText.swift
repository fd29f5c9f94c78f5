import Foundation
import ShellCore

/// The text .NET's `ToString()` gives an object, which ConvertTo-Json (past -Depth) and the CSV
/// cmdlets write: arrays become `System.Object[]`, hashtables their type name, custom objects
/// `@{Name=a; Tags=System.Object[]}`.
///
/// This differs from string conversion in expressions, which joins array elements with `$OFS`.
enum ObjectText {
  /// The `ToString()` of a value that sits inside another object (a property or element).
  static func nested(_ value: Value) -> String {
    switch value {
    case .array: return "System.Object[]"
    case .object(let object) where object.baseValue == nil && object.stringValue == nil:
      return customObject(object)
    default: return value.toText()
    }
  }

  /// A value converted to a string as `LanguagePrimitives.ConvertTo(value, string)` does: arrays
  /// join their elements' `ToString()` with a space.
  static func converted(_ value: Value) -> String {
    if case .array(let array) = value {
      return array.items.map(nested).joined(separator: " ")
    }
    return nested(value)
  }

  /// `@{a=1; b=System.Object[]}` for a PSCustomObject; other objects keep their own text.
  static func customObject(_ object: PSObject) -> String {
    guard object.typeName == "System.Management.Automation.PSCustomObject",
      object.methods["tostring"] == nil
    else { return object.text }
    let pairs = object.properties.values.map { "\($0.name)=\(nested($0.value))" }
    return "@{" + pairs.joined(separator: "; ") + "}"
  }
}
