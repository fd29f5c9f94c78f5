import Foundation
import ShellCore

/// How a value reads inside a table cell, a list line or a group label (PowerShell's
/// `PSObjectHelper.SmartToString`).
///
/// `$null` is empty, booleans `True`/`False`, collections `{a, b, c, d…}` up to
/// `$FormatEnumerationLimit` items, dates in the invariant form, and, in generated tables only,
/// floating-point numbers with two decimals (.NET's `"F"`, PowerShell 7.3 and later).
struct CellText {
  /// `$FormatEnumerationLimit`: how many items a collection shows; negative shows all.
  var enumerationLimit = 4

  /// The text of a value; `fixedDecimals` applies the `"F"` format of generated tables.
  func text(_ value: Value, fixedDecimals: Bool = false) -> String {
    switch value {
    case .null: return ""
    case .double(let number) where fixedDecimals && number.isFinite:
      return String(format: "%.2f", number)
    case .decimal(let number) where fixedDecimals:
      return String(format: "%.2f", NSDecimalNumberBridge.double(number))
    case .array(let array): return collection(array.items.lazy.map { $0 })
    case .hashtable(let table): return collection(table.keys.lazy.map { $0 })
    case .object(let object) where object.baseValue != nil:
      return object.text
    default:
      return value.toText()
    }
  }

  /// `{a, b, c, d…}`: items joined with `, `, an ellipsis when more than the limit remain.
  private func collection<Items: Sequence>(_ items: Items) -> String where Items.Element == Value {
    var parts = ""
    var shown = 0
    var iterator = items.makeIterator()
    while let item = iterator.next() {
      if enumerationLimit >= 0, shown == enumerationLimit {
        parts += "…"
        break
      }
      if shown > 0 { parts += ", " }
      parts += itemName(item)
      shown += 1
    }
    return "{" + parts + "}"
  }

  /// One collection item: numbers and strings as themselves, `$null` spelled out, objects by
  /// their own text or else by their first `name`, `id`, `key`, `*key`, `*name` or `*id`
  /// property (PSObjectHelper.GetObjectName).
  private func itemName(_ item: Value) -> String {
    switch item {
    case .null: return "$null"
    case .string(let text):
      return text.replacingOccurrences(of: "\r\n", with: " ")
        .replacingOccurrences(of: "\n", with: " ")
    case .array: return "System.Object[]"
    case .object(let object):
      if object.stringValue != nil || object.methods["tostring"] != nil
        || object.baseValue != nil
        || object.typeName == "System.Management.Automation.PSCustomObject"
      {
        return object.text
      }
      for pattern in ["name", "id", "key", "*key", "*name", "*id"] {
        if let property = object.properties.values.first(where: {
          Operators.wildcardMatch($0.name, pattern: pattern)
        }) {
          return property.value.toText()
        }
      }
      return object.text
    default:
      return item.toText()
    }
  }

  /// Applies a calculated property's or view's `FormatString`: composite when it holds `{0`
  /// or `}`, else the value's `ToString(format)`.
  static func formatted(_ value: Value, _ formatString: String) -> String? {
    if formatString.contains("{0") || formatString.contains("}") {
      return try? Operators.format(formatString, [value])
    }
    return try? Operators.formatValue(value, formatString)
  }
}

/// The long date and time a DateTime prints as at the top level (its built-in custom view, which
/// shows the `DateTime` script property: the date, the time or both, as `DisplayHint` says).
enum LongDateText {
  /// `Monday, January 15, 2024 3:04:05 PM`; non-dates print their text.
  static func text(of value: Value) -> String {
    switch value {
    case .dateTime(let date): return Members.displayText(date, hint: nil)
    case .object(let object):
      guard case .dateTime(let date)? = object.baseValue else { return value.toText() }
      return Members.displayText(date, hint: object.value(of: "DisplayHint")?.toText())
    default: return value.toText()
    }
  }
}
