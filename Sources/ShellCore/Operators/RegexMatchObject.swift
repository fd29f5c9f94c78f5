import Foundation

/// Builds the `System.Text.RegularExpressions.Match` objects that `-replace` script blocks,
/// `[regex]::Match` and `Select-String` hand to scripts.
public enum RegexMatchObject {
  static let matchTypeNames = ["System.Text.RegularExpressions.Match", "System.Object"]
  static let groupTypeNames = ["System.Text.RegularExpressions.Group", "System.Object"]

  /// A Match object for one result, with its Groups in .NET order.
  public static func make(_ result: NSTextCheckingResult, regex: DotNetRegex, in text: String)
    -> Value
  {
    var groups: [Value] = []
    for (number, icuIndex) in regex.icuIndexByNumber.enumerated() {
      let range = icuIndex < result.numberOfRanges ? result.range(at: icuIndex) : notFound
      groups.append(group(name: regex.groupNames[number], range: range, in: text))
    }
    let whole = result.range
    let object = captureObject(
      typeNames: matchTypeNames, name: "0", range: whole, in: text)
    object.set("Groups", .array(groups))
    return .object(object)
  }

  /// The unsuccessful match `[regex]::Match` returns when nothing matched.
  static func empty() -> Value {
    .object(captureObject(typeNames: matchTypeNames, name: "0", range: notFound, in: ""))
  }

  private static let notFound = NSRange(location: NSNotFound, length: 0)

  private static func group(name: String, range: NSRange, in text: String) -> Value {
    .object(captureObject(typeNames: groupTypeNames, name: name, range: range, in: text))
  }

  /// An object with the Capture members: Success, Name, Value, Index, Length, Captures.
  private static func captureObject(
    typeNames: [String], name: String, range: NSRange, in text: String
  ) -> PSObject {
    let value = DotNetRegex.text(range, in: text)
    let object = PSObject(typeNames: typeNames)
    object.set("Groups", .array([]))
    object.set("Success", .bool(value != nil))
    object.set("Name", .string(name))
    object.set("Captures", .array([]))
    object.set("Index", .int(Int32(clamping: value == nil ? 0 : range.location)))
    object.set("Length", .int(Int32(clamping: value == nil ? 0 : range.length)))
    object.set("Value", .string(value ?? ""))
    let shown = value ?? ""
    object.stringValue = { shown }
    if value != nil {
      let capture = PSObject(typeNames: ["System.Text.RegularExpressions.Capture", "System.Object"])
      capture.set("Index", .int(Int32(clamping: range.location)))
      capture.set("Length", .int(Int32(clamping: range.length)))
      capture.set("Value", .string(shown))
      capture.stringValue = { shown }
      object.set("Captures", .array([.object(capture)]))
    }
    return object
  }

  /// `$Matches` for a successful match: named groups, then numbers descending, then 0.
  static func matchesTable(
    _ result: NSTextCheckingResult, regex: DotNetRegex, in text: String
  ) -> PSHashtable {
    let table = PSHashtable()
    var numbered: [(Int, String)] = []
    for (number, icuIndex) in regex.icuIndexByNumber.enumerated() {
      guard icuIndex < result.numberOfRanges,
        let value = DotNetRegex.text(result.range(at: icuIndex), in: text)
      else { continue }
      let name = regex.groupNames[number]
      if let numeric = Int(name) {
        numbered.append((numeric, value))
      } else {
        table[.string(name)] = .string(value)
      }
    }
    for (number, value) in numbered.sorted(by: { $0.0 > $1.0 }) {
      table[.int(Int32(clamping: number))] = .string(value)
    }
    return table
  }
}
