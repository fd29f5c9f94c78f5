import ShellCore

/// One entry of a `-Property` list: a property name (possibly a wildcard), a script block, or a
/// calculated-property hashtable such as `@{Name='Size'; Expression={ $_.Length }}`.
///
/// Select-Object, Sort-Object, Group-Object and Measure-Object read their `-Property` lists
/// through this type, as PowerShell's cmdlets share MshParameter and PSPropertyExpression.
/// Hashtable keys may be abbreviated to any unambiguous prefix (`n`, `l`, `e`, `desc`).
struct PropertyExpression {
  /// Where the value comes from.
  enum Source {
    case name(String)
    case script(ScriptBlock)
  }

  let source: Source
  /// The `Name`/`Label` of a calculated property.
  let label: String?
  /// Sort-Object's per-key direction from `Descending`/`Ascending`; nil when not given.
  let descending: Bool?
  /// ConvertTo-Html's `Alignment` and `Width` of a column; nil when not given.
  var alignment: String? = nil
  var width: String? = nil

  /// The calculated-property keys a cmdlet accepts.
  enum Keys {
    /// Select-Object: `Name`/`Label` and `Expression`.
    case select
    /// Sort-Object: `Expression`, `Ascending` and `Descending`.
    case sort
    /// Group-Object and Measure-Object: `Expression` only.
    case expression
    /// ConvertTo-Html: `Name`/`Label`, `Expression`, `Alignment` and `Width`.
    case html
  }

  /// True for a plain name containing wildcard characters.
  var isWildcard: Bool {
    guard case .name(let name) = source else { return false }
    return name.contains { $0 == "*" || $0 == "?" || $0 == "[" }
  }

  /// The column name a value of this expression gets.
  var displayName: String {
    if let label { return label }
    switch source {
    case .name(let name): return name
    case .script(let block): return block.text
    }
  }

  /// Parses a `-Property` argument (one value or an array of them).
  static func parse(_ value: Value?, keys: Keys, context: CommandContext) throws
    -> [PropertyExpression]
  {
    try (value?.enumerated ?? []).map { try parseOne($0, keys: keys, context: context) }
  }

  private static func parseOne(_ value: Value, keys: Keys, context: CommandContext) throws
    -> PropertyExpression
  {
    switch value.unwrapped {
    case .scriptBlock(let block):
      return PropertyExpression(source: .script(block), label: nil, descending: nil)
    case .hashtable(let table):
      return try parseHashtable(table, keys: keys, context: context)
    default:
      return PropertyExpression(source: .name(value.toText()), label: nil, descending: nil)
    }
  }

  private static func parseHashtable(
    _ table: PSHashtable, keys: Keys, context: CommandContext
  ) throws -> PropertyExpression {
    let allowed: [String]
    switch keys {
    case .select: allowed = ["Name", "Label", "Expression"]
    case .sort: allowed = ["Expression", "Ascending", "Descending"]
    case .expression: allowed = ["Expression"]
    case .html: allowed = ["Name", "Label", "Expression", "Alignment", "Width"]
    }
    var label: String?
    var expression: Value?
    var descending: Bool?
    var alignment: String?
    var width: String?
    for (key, value) in table.entries {
      let written = key.toText()
      let lower = written.lowercased()
      let matches = allowed.filter { !lower.isEmpty && $0.lowercased().hasPrefix(lower) }
      guard matches.count == 1 else {
        throw context.terminatingError(
          "DictionaryKeyIllegal", "The \"\(written)\" key is not valid.",
          category: .invalidArgument, target: value,
          exceptionType: "System.NotSupportedException")
      }
      switch matches[0] {
      case "Name", "Label":
        if label != nil {
          throw context.terminatingError(
            "DictionaryKeyDuplicate", "The \"\(written)\" key has already been specified.",
            category: .invalidArgument, exceptionType: "System.NotSupportedException")
        }
        label = value.toText()
      case "Expression": expression = value
      case "Alignment": alignment = value.toText()
      case "Width": width = value.toText()
      case "Ascending": descending = !value.isTruthy
      default: descending = value.isTruthy
      }
    }
    guard let expression else {
      throw context.terminatingError(
        "DictionaryKeyMissingEntry", "The \"Expression\" key is missing.",
        category: .invalidArgument, exceptionType: "System.NotSupportedException")
    }
    let source: Source
    if case .scriptBlock(let block) = expression.unwrapped {
      source = .script(block)
    } else {
      source = .name(expression.toText())
    }
    return PropertyExpression(
      source: source, label: label, descending: descending, alignment: alignment, width: width)
  }

  /// Evaluates the expression against one object: the property's value, or the script
  /// block's output with `$_` set.
  ///
  /// Returns nil when the object has no such property (which Sort-Object and Measure-Object
  /// treat differently from a `$null` value).
  func evaluate(_ input: Value, context: CommandContext) throws -> Value? {
    switch source {
    case .name(let name):
      return ObjectProperties.value(of: input, named: name)
    case .script(let block):
      return try context.evaluateInCallerScope(block, dollarUnder: input)
    }
  }

  /// The concrete property names this expression picks on `input`: the matching names for a
  /// wildcard, else the name itself.
  func expandedNames(on input: Value) -> [String] {
    guard case .name(let pattern) = source else { return [displayName] }
    guard isWildcard else { return [pattern] }
    return ObjectProperties.names(of: input).filter {
      Operators.wildcardMatch($0, pattern: pattern)
    }
  }
}

/// The properties of values as the object cmdlets see them (PowerShell's adapted members).
///
/// A hashtable's properties are Count, Keys, Values and the like; a property read by name
/// gets the entry with that key first (`@{a=1} | select a` gives 1, `@{Keys=1}` its entry), as
/// pwsh reads a member of a dictionary, though wildcards match only the real properties.
enum ObjectProperties {
  static let hashtableProperties = [
    "IsReadOnly", "IsFixedSize", "IsSynchronized", "Keys", "Values", "SyncRoot", "Count",
  ]
  static let arrayProperties = [
    "Length", "LongLength", "Rank", "SyncRoot", "IsReadOnly", "IsFixedSize", "IsSynchronized",
    "Count",
  ]
  static let dateProperties = [
    "Date", "Day", "DayOfWeek", "DayOfYear", "Hour", "Kind", "Millisecond", "Minute", "Month",
    "Second", "Ticks", "Year",
  ]

  /// The property names of a value, in the order PowerShell lists them.
  static func names(of value: Value) -> [String] {
    switch value.unwrapped {
    case .object(let object): return object.propertyNames
    case .string: return ["Length"]
    case .hashtable: return hashtableProperties
    case .array: return arrayProperties
    case .dateTime: return dateProperties
    case .timeSpan: return Members.timeSpanPropertyNames
    default: return []
    }
  }

  /// A property's value, or nil when the value has no such property.
  static func value(of value: Value, named name: String) -> Value? {
    let target = value.unwrapped
    switch target {
    case .null: return nil
    case .object(let object): return object.value(of: name)
    case .hashtable(let table):
      // An entry with that key comes before the hashtable's own members, as in PowerShell.
      if let entry = table.entries.first(where: { $0.key.toText().caseInsensitiveEquals(name) }) {
        return entry.value
      }
      switch name.lowercased() {
      case "keys": return .array(table.keys)
      case "values": return .array(table.values)
      case "count": return .int(Int32(clamping: table.count))
      case "isreadonly", "isfixedsize", "issynchronized": return .bool(false)
      case "syncroot": return target
      default: return nil
      }
    case .string, .array, .dateTime, .timeSpan:
      guard names(of: target).contains(where: { $0.caseInsensitiveEquals(name) }) else {
        return nil
      }
      return Members.property(of: target, named: name)
    default: return nil
    }
  }
}
