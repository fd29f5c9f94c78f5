import ShellCore

/// Turns objects into format records: PowerShell's FormatViewManager and view generators.
///
/// The first object that is not a scalar picks the view: `-View`, else `-Property`, else a
/// registered view for any of its type names, else its DefaultDisplayPropertySet or all its
/// properties (up to 4 give a table, 5 or more a list). Later objects are fitted into that
/// view; under a registered view, an object of another type is printed on its own as a list.
/// Scalars (strings, numbers, booleans) are printed with their text, out of band.
public final class FormatGenerator {
  /// What the Format-* cmdlet asked for; all nil/false for Out-Default's own choice.
  public struct Options {
    var shape: FormatShape?
    var properties: [PropertySelection.Item]?
    /// `-ExcludeProperty`: wildcard patterns of properties left out of the chosen ones.
    var excludedProperties: [String] = []
    var groupBy: FormatColumn?
    var viewName: String?
    /// `-AutoSize`: columns as wide as their widest cell.
    public var autoSize = false
    /// Format-Table's `-Wrap`: long cells continue on the next lines instead of being cut.
    public var wrap = false
    /// Format-Table's `-HideTableHeaders`.
    public var hideHeaders = false
    /// Formats scalars as objects too (`-Force`).
    var force = false
    /// Format-Wide's `-Column`.
    public var wideColumns: Int?
  }

  /// The view chosen by the first object.
  private struct ChosenView {
    var shape: FormatShape
    var columns: [FormatColumn]
    var registered: FormatView?
    var groupBy: FormatColumn?
  }

  private let options: Options
  private let evaluator: ColumnEvaluator
  private let registry: FormatViewRegistry
  private let emit: (FormatRecord) throws -> Void
  private var chosen: ChosenView?
  private var groupKey: String?

  init(
    options: Options, evaluator: ColumnEvaluator, registry: FormatViewRegistry,
    emit: @escaping (FormatRecord) throws -> Void
  ) {
    self.options = options
    self.evaluator = evaluator
    self.registry = registry
    self.emit = emit
  }

  /// True while a session is open (a start record was written and no end yet).
  var isActive: Bool { chosen != nil }

  /// Formats one pipeline object; collections and hashtables are enumerated first.
  public func process(_ value: Value) throws {
    switch value {
    case .null: return
    case .array(let array):
      for item in array.items { try process(item) }
      return
    case .hashtable(let table):
      for entry in table.entries {
        // A generic dictionary enumerates KeyValuePairs (Key, Value); a hashtable,
        // DictionaryEntries (Name, Value).
        let item =
          table.dictionaryType.map { Members.keyValuePair(entry.key, entry.value, $0) }
          ?? DictionaryEntry.make(entry.key, entry.value)
        try process(item)
      }
      return
    default: break
    }
    if !options.force, Self.isScalar(value) {
      try emit(.outOfBandText(value.toText()))
      return
    }
    if chosen == nil {
      guard let view = try choose(for: value) else {
        // No view and no properties (a date under Format-Table): print its text.
        if value.psObject == nil { try emit(.outOfBandText(value.toText())) }
        return
      }
      chosen = view
      try emit(.start(start(for: view, first: value)))
    }
    guard let view = chosen else { return }
    if let registered = view.registered, !registered.applies(to: value.typeNameChain) {
      // An object with a list view of its own (a TimeSpan) is drawn with that view.
      let columns =
        registry.view(for: value.typeNameChain, shape: .list)?.columns
        ?? defaultColumns(of: value)
      try emit(.outOfBandList(listLines(columns, of: value)))
      return
    }
    try startGroupIfNeeded(view, value)
    try emit(.entry(entry(view, value)))
  }

  /// Closes the open session, if any.
  public func end() throws {
    guard chosen != nil else { return }
    if groupKey != nil { try emit(.groupEnd) }
    try emit(.end)
    chosen = nil
    groupKey = nil
  }

  /// The stream records, which PowerShell's views draw as their message (WarningRecord,
  /// VerboseRecord, DebugRecord) or their `ToString()` (InformationRecord).
  static let streamRecordTypes: Set<String> = [
    "System.Management.Automation.WarningRecord", "System.Management.Automation.VerboseRecord",
    "System.Management.Automation.DebugRecord", "System.Management.Automation.InformationRecord",
  ]

  /// True for the types PowerShell prints with `ToString()` outside any table
  /// (FormatViewManager's DefaultScalarTypes), and for script blocks, types and wrapped numbers.
  static func isScalar(_ value: Value) -> Bool {
    switch value {
    case .null, .bool, .int, .long, .double, .decimal, .string, .char, .type, .scriptBlock:
      return true
    case .object(let object):
      // A date with notes (Get-Date -DisplayHint) keeps the DateTime view.
      if case .dateTime? = object.baseValue { return false }
      return object.baseValue != nil
        || object.typeName == "System.Management.Automation.ErrorRecord"
        || object.typeName == SecureString.typeName
        || streamRecordTypes.contains(object.typeName)
    default:
      return false
    }
  }

  private func choose(for value: Value) throws -> ChosenView? {
    let names = value.typeNameChain
    if let viewName = options.viewName {
      guard let view = registry.view(for: names, shape: options.shape, named: viewName) else {
        throw viewNotFound(viewName, typeNames: names)
      }
      return ChosenView(
        shape: view.shape, columns: view.columns, registered: view,
        groupBy: options.groupBy ?? view.groupBy)
    }
    if let items = options.properties {
      let columns = PropertySelection.resolve(
        items, against: value, excluding: options.excludedProperties)
      return ChosenView(
        shape: options.shape ?? (columns.count <= 4 ? .table : .list), columns: columns,
        registered: nil, groupBy: options.groupBy)
    }
    if let view = registry.view(for: names, shape: options.shape) {
      return ChosenView(
        shape: view.shape, columns: view.columns, registered: view,
        groupBy: options.groupBy ?? view.groupBy)
    }
    var columns = defaultColumns(of: value)
    let shape = options.shape ?? (columns.count <= 4 ? .table : .list)
    if shape == .custom { return nil }
    if shape == .table, options.shape == .table, value.psObject?.defaultDisplayPropertySet == nil {
      columns = Array(columns.prefix(10))
    }
    if shape == .wide { columns = [wideColumn(of: value)] }
    if columns.isEmpty { return nil }
    return ChosenView(shape: shape, columns: columns, registered: nil, groupBy: options.groupBy)
  }

  /// PowerShell's error for a `-View` the object's types have no view of that name for: it
  /// lists the views of the cmdlet's shape when there are some.
  private func viewNotFound(_ viewName: String, typeNames: [String]) -> RuntimeError {
    let shapeName: String
    switch options.shape {
    case .table?: shapeName = "Table"
    case .list?: shapeName = "List"
    case .wide?: shapeName = "Wide"
    case .custom?, nil: shapeName = "Custom"
    }
    var available: [String] = []
    for typeName in typeNames {
      for view in registry.views(forTypeName: typeName)
      where options.shape.map({ view.shape == $0 }) ?? true {
        available.append("\(view.name), \(typeName)")
      }
    }
    let message =
      available.isEmpty
      ? "The view name \(viewName) cannot be found. There are no existing \(shapeName) views "
        + "for \(typeNames.first ?? "System.Object") objects."
      : "The view name \(viewName) cannot be found. Specify one of the following \(shapeName) "
        + "views and try again: \(available.joined(separator: "; "))."
    return RuntimeError.make(
      "FormatViewNotFound", message, category: .objectNotFound,
      exceptionType: "System.Management.Automation.PipelineStoppedException",
      target: .string(viewName))
  }

  private func defaultColumns(of value: Value) -> [FormatColumn] {
    PropertySelection.propertyNames(of: value, all: false).map { FormatColumn(property: $0) }
  }

  /// Format-Wide's property: the first named like name, id or key, else the first property.
  private func wideColumn(of value: Value) -> FormatColumn {
    if let items = options.properties,
      let first = PropertySelection.resolve(
        items, against: value, excluding: options.excludedProperties
      )
      .first
    {
      return first
    }
    let names = PropertySelection.propertyNames(of: value, all: false)
    for pattern in ["name", "id", "key", "*key", "*name", "*id"] {
      if let name = names.first(where: { Operators.wildcardMatch($0, pattern: pattern) }) {
        return FormatColumn(property: name)
      }
    }
    return FormatColumn(property: names.first ?? "")
  }

  private func start(for view: ChosenView, first: Value) -> FormatStart {
    switch view.shape {
    case .list: return .list
    case .custom: return .custom
    case .wide:
      return .wide(columns: options.wideColumns, autoSize: options.autoSize)
    case .table:
      let columns = view.columns.map { column -> TableColumn in
        let alignment =
          column.alignment
          ?? (view.registered == nil
            ? Self.defaultAlignment(evaluator.value(column, of: first)) : .left)
        return TableColumn(
          label: column.displayLabel, width: column.width ?? 0, alignment: alignment,
          isCustomLabel: view.registered != nil && column.hasCustomLabel)
      }
      return .table(
        TableHeader(
          columns: columns, autoSize: options.autoSize || (view.registered?.autoSize ?? false),
          wrap: options.wrap || (view.registered?.wrap ?? false),
          hideHeaders: options.hideHeaders || (view.registered?.hideTableHeaders ?? false)))
    }
  }

  /// Numbers, booleans and characters align right in generated tables; everything else left.
  static func defaultAlignment(_ value: Value) -> FormatAlignment {
    switch value.unwrapped {
    case .int, .long, .double, .decimal, .bool, .char: return .right
    default: return .left
    }
  }

  private func startGroupIfNeeded(_ view: ChosenView, _ value: Value) throws {
    guard let groupBy = view.groupBy else {
      if groupKey == nil {
        groupKey = ""
        try emit(.groupStart(header: nil))
      }
      return
    }
    let key = evaluator.value(groupBy, of: value)
    let text = evaluator.text(groupBy, of: value)
    if let groupKey, groupKey == text { return }
    if groupKey != nil { try emit(.groupEnd) }
    groupKey = text
    let header =
      view.registered?.groupHeader?(key) ?? "   \(groupBy.displayLabel): \(text)"
    try emit(.groupStart(header: header))
  }

  private func entry(_ view: ChosenView, _ value: Value) -> FormatEntry {
    switch view.shape {
    case .table:
      let fixed = view.registered == nil
      return .tableRow(
        view.columns.map { evaluator.text($0, of: value, fixedDecimals: fixed) })
    case .list:
      // Generated lists pick their properties per object ("compute active properties every
      // time" in ListViewGenerator), so objects of different shapes each show their own.
      guard view.registered == nil else { return .list(listLines(view.columns, of: value)) }
      let columns =
        options.properties.map {
          // A named property the object lacks is left out, as pwsh resolves names per object.
          PropertySelection.resolve($0, against: value, excluding: options.excludedProperties)
            .filter { has($0, value) }
        }
        ?? defaultColumns(of: value)
      return .list(listLines(columns, of: value))
    case .wide: return .wide(view.columns.first.map { evaluator.text($0, of: value) } ?? "")
    case .custom: return .custom(view.registered?.custom?(value) ?? [value.toText()])
    }
  }

  /// True unless the column names a property the object does not have.
  private func has(_ column: FormatColumn, _ value: Value) -> Bool {
    guard case .property(let name) = column.source else { return true }
    let names = PropertySelection.propertyNames(of: value, all: true)
    if names.contains(where: { $0.caseInsensitiveCompare(name) == .orderedSame }) { return true }
    // Values whose members are not listed (numbers, dates) keep a property that reads a value.
    return names.isEmpty && value.psObject == nil && !evaluator.value(column, of: value).isNull
  }

  private func listLines(_ columns: [FormatColumn], of value: Value) -> [ListLine] {
    columns.map { ListLine(label: $0.displayLabel, value: evaluator.text($0, of: value)) }
  }
}

/// The entries of a hashtable as PowerShell shows them: `System.Collections.DictionaryEntry`
/// objects with `Name` (an alias of `Key`), `Key` and `Value`.
enum DictionaryEntry {
  static func make(_ key: Value, _ value: Value) -> Value {
    let entry = PSObject(
      typeNames: ["System.Collections.DictionaryEntry", "System.ValueType", "System.Object"])
    entry.setComputed("Name", getter: { key })
    entry.set("Key", key)
    entry.set("Value", value)
    entry.stringValue = { "System.Collections.DictionaryEntry" }
    return .object(entry)
  }
}
