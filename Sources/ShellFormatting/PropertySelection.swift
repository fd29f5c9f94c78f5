import ShellCore

/// The `-Property` and `-GroupBy` arguments of the Format-* cmdlets: names (with wildcards),
/// script blocks and calculated properties (`@{n='Size'; e={$_.Length}; Width=10}`).
///
/// Names are resolved against the first object only, as PowerShell does: a wildcard expands to
/// the matching properties in the object's order, a plain name takes the property's real
/// casing, and a name that matches nothing keeps the text typed (its cells stay empty).
public enum PropertySelection {
  /// One `-Property` item before resolution.
  enum Item {
    case name(String)
    case column(FormatColumn)
  }

  /// The hashtable keys a calculated property may use in Format-Table; the other Format-*
  /// cmdlets and -GroupBy take the ones without Width and Alignment.
  public static let tableKeys = [
    "Expression", "Label", "Name", "FormatString", "Width", "Alignment",
  ]
  /// The keys of Format-List, Format-Wide and -GroupBy.
  public static let listKeys = ["Expression", "Label", "Name", "FormatString"]

  /// Parses a `-Property` argument; throws PowerShell-style errors for bad hashtables.
  static func items(_ argument: Value, keys: [String]) throws -> [Item] {
    try argument.enumerated.map { element in
      switch element.unwrapped {
      case .scriptBlock(let block): return .column(FormatColumn(source: .scriptBlock(block)))
      case .hashtable(let table): return .column(try calculated(table, keys: keys))
      default: return .name(element.toText())
      }
    }
  }

  /// Reads a calculated property; each key may be any unambiguous prefix, case-insensitively.
  static func calculated(_ table: PSHashtable, keys: [String]) throws -> FormatColumn {
    var column = FormatColumn(source: .property(""))
    var hasExpression = false
    for (key, value) in table.entries {
      let typed = key.toText()
      let matches = keys.filter { $0.lowercased().hasPrefix(typed.lowercased()) }
      guard !typed.isEmpty, let canonical = matches.first else {
        throw RuntimeError.make("IllegalKey", "Illegal key '\(typed)'.")
      }
      if matches.count > 1, !(matches.contains("Label") && matches.contains("Name")) {
        throw RuntimeError.make(
          "AmbiguousKey",
          "The key '\(typed)' is ambiguous. Possible matches: \(matches.joined(separator: ", ")).")
      }
      switch canonical {
      case "Expression":
        hasExpression = true
        if case .scriptBlock(let block) = value.unwrapped {
          column.source = .scriptBlock(block)
        } else {
          column.source = .property(value.toText())
        }
      case "Label", "Name": column.label = value.toText()
      case "FormatString": column.formatString = value.toText()
      case "Width":
        guard let width = value.intValue, width > 0 else {
          throw RuntimeError.make(
            "IllegalWidth", "The Width value \(value.toText()) must be greater than 0.")
        }
        column.width = width
      default:
        guard let alignment = FormatAlignment(text: value.toText()) else {
          throw RuntimeError.make(
            "IllegalAlignment",
            "The Alignment value '\(value.toText())' is not valid. Use Left, Center or Right.")
        }
        column.alignment = alignment
      }
    }
    guard hasExpression else {
      throw RuntimeError.make("KeyNotFound", "Missing mandatory key Expression.")
    }
    return column
  }

  /// The columns for the first object: wildcards expanded, names given their real casing,
  /// duplicates dropped, and those `excluding` names (`-ExcludeProperty`) left out.
  static func resolve(
    _ items: [Item], against object: Value, excluding excluded: [String] = []
  ) -> [FormatColumn] {
    let columns = resolveAll(items, against: object)
    guard !excluded.isEmpty else { return columns }
    return columns.filter { !isExcluded($0, by: excluded) }
  }

  /// True when a column's expression (its property name, or a script block's text) matches
  /// one of the wildcard patterns, as PowerShell's PSPropertyExpressionFilter tests it.
  static func isExcluded(_ column: FormatColumn, by patterns: [String]) -> Bool {
    let expression: String
    switch column.source {
    case .property(let name): expression = name
    case .scriptBlock(let block): expression = block.text
    case .compute: return false
    }
    return patterns.contains { Operators.wildcardMatch(expression, pattern: $0) }
  }

  private static func resolveAll(_ items: [Item], against object: Value) -> [FormatColumn] {
    let names = propertyNames(of: object, all: true)
    var columns: [FormatColumn] = []
    var seen = Set<String>()
    for item in items {
      switch item {
      case .column(let column): columns.append(column)
      case .name(let typed):
        let isPattern = typed.contains { "*?[".contains($0) }
        let chosen =
          isPattern
          ? names.filter { Operators.wildcardMatch($0, pattern: typed) }
          : [names.first { $0.caseInsensitiveCompare(typed) == .orderedSame } ?? typed]
        for name in chosen where seen.insert(name.lowercased()).inserted {
          columns.append(FormatColumn(property: name))
        }
      }
    }
    return columns
  }

  /// The property names an object shows: its DefaultDisplayPropertySet unless `all`, else
  /// every property, in order.
  static func propertyNames(of value: Value, all: Bool) -> [String] {
    switch value {
    case .object(let object):
      if !all, let set = object.defaultDisplayPropertySet { return set }
      return object.propertyNames
    case .string: return ["Length"]
    case .timeSpan: return Members.timeSpanPropertyNames
    default: return []
    }
  }
}

/// Computes column values for objects: properties, script blocks (run in the caller's scope
/// with `$_`) and Swift closures.
struct ColumnEvaluator {
  let interpreter: Interpreter
  let scope: Scope
  var cells = CellText()

  /// The raw value of a column for an object; a failing script block gives `$null`, as
  /// PowerShell shows an empty cell unless -DisplayError is used.
  func value(_ column: FormatColumn, of object: Value) -> Value {
    switch column.source {
    case .property(let name):
      if case .object(let psObject) = object, let value = psObject.value(of: name) { return value }
      return interpreter.memberValue(object, name)
    case .scriptBlock(let block):
      let sink = CollectingSink()
      do {
        try interpreter.invokeDotSourced(
          block, scope: scope, dollarUnder: object, arguments: [], output: sink)
      } catch {
        return .null
      }
      return sink.result
    case .compute(let body):
      return body(object)
    }
  }

  /// The text of a column for an object, with its FormatString applied.
  func text(_ column: FormatColumn, of object: Value, fixedDecimals: Bool = false) -> String {
    let raw = value(column, of: object)
    if let format = column.formatString, !raw.isNull,
      let text = CellText.formatted(raw, format)
    {
      return text
    }
    return cells.text(raw, fixedDecimals: fixedDecimals)
  }
}
