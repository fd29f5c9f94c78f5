import ShellCore

/// Writes objects as CSV lines with PowerShell 7's defaults (ExportCsvHelper): no `#TYPE` line,
/// every field in double quotes, columns taken from the first object.
struct CsvWriter {
  /// When fields are quoted (`-UseQuotes`).
  enum Quoting: String, CaseIterable {
    case always = "Always"
    case asNeeded = "AsNeeded"
    case never = "Never"
  }

  var delimiter: Character = ","
  var quoting = Quoting.always
  /// Columns quoted under `-QuoteFields`; the others are written bare.
  var quoteFields: [String]?
  /// The columns, fixed by the first object (or by the file `-Append` adds to).
  var columns: [String]?

  /// The column names an object offers: a hashtable's keys, an object's properties, a
  /// string's Length.
  static func propertyNames(of value: Value) -> [String] {
    switch value.unwrapped {
    case .hashtable(let table): return table.keys.map { $0.toText() }
    case .object(let object): return object.propertyNames
    case .string: return ["Length"]
    default: return []
    }
  }

  /// The `#TYPE` line `-IncludeTypeInformation` adds.
  static func typeLine(of value: Value) -> String {
    switch value.unwrapped {
    case .hashtable(let table):
      return "#TYPE "
        + (table.isOrdered
          ? "System.Collections.Specialized.OrderedDictionary" : "System.Collections.Hashtable")
    case .object(let object): return "#TYPE " + object.typeName
    case .string: return "#TYPE System.String"
    default: return "#TYPE System.Object"
    }
  }

  /// The header line of the columns.
  func header(_ columns: [String]) -> String {
    columns.map { field($0, column: $0) }.joined(separator: String(delimiter))
  }

  /// One object's line; a missing or `$null` value is an empty, unquoted field.
  func row(_ value: Value, columns: [String]) -> String {
    columns.map { column in
      guard let cell = Self.cell(value, column) else { return "" }
      return field(cell, column: column)
    }.joined(separator: String(delimiter))
  }

  /// A property's text as `ToString()` gives it, or nil for a missing or null value.
  static func cell(_ value: Value, _ column: String) -> String? {
    let property: Value?
    switch value.unwrapped {
    case .hashtable(let table): property = table[column]
    case .object(let object): property = object.value(of: column)
    case .string(let text) where column.lowercased() == "length":
      property = .int(Int32(text.utf16.count))
    default: property = nil
    }
    guard let property, !property.isNull else { return nil }
    return ObjectText.nested(property)
  }

  private func field(_ text: String, column: String) -> String {
    let quote: Bool
    if let quoteFields {
      quote = quoteFields.contains { $0.caseInsensitiveCompare(column) == .orderedSame }
    } else {
      switch quoting {
      case .always: quote = true
      case .never: quote = false
      case .asNeeded:
        quote = text.contains { $0 == delimiter || $0 == "\"" || $0 == "\n" || $0 == "\r" }
      }
    }
    guard quote else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }

  /// The parameters ConvertTo-Csv and Export-Csv share.
  static let sharedParameters: [ParameterDeclaration] = [
    ParameterDeclaration(
      "Delimiter", .string, position: 1, sets: ["Delimiter"],
      help: "The character that separates fields (a comma by default)."),
    ParameterDeclaration(
      "UseCulture", .switchParameter, sets: ["UseCulture"],
      help: "Separates fields with the culture's list separator (a comma)."),
    ParameterDeclaration(
      "IncludeTypeInformation", .switchParameter, aliases: ["ITI"],
      help: "Writes a #TYPE line with the type name of the first object."),
    ParameterDeclaration(
      "NoTypeInformation", .switchParameter, aliases: ["NTI"],
      help: "Accepted for compatibility; PowerShell 7 writes no #TYPE line by default."),
    ParameterDeclaration(
      "UseQuotes", .string, validValues: Quoting.allCases.map(\.rawValue),
      help: "When fields are quoted: Always (the default), AsNeeded or Never."),
    ParameterDeclaration(
      "QuoteFields", .stringArray, aliases: ["QF"],
      help: "The columns whose fields are quoted; the others are written bare."),
    ParameterDeclaration("NoHeader", .switchParameter, help: "Omits the header line."),
  ]

  /// A writer configured from the bound shared parameters.
  init(_ parameters: BoundParameters) {
    if let text = parameters["Delimiter"]?.toText(), let first = text.first {
      delimiter = first
    }
    if let text = parameters["UseQuotes"]?.toText(),
      let chosen = Quoting.allCases.first(where: {
        $0.rawValue.caseInsensitiveCompare(text) == .orderedSame
      })
    {
      quoting = chosen
    }
    quoteFields = parameters["QuoteFields"].map { $0.enumerated.map { $0.toText() } }
  }

  /// The lines one object adds: the type and header lines before the first object, then its row.
  mutating func lines(for value: Value, _ parameters: BoundParameters) -> [String] {
    var lines: [String] = []
    if columns == nil {
      let names = Self.propertyNames(of: value)
      columns = names
      if parameters.isSet("IncludeTypeInformation") { lines.append(Self.typeLine(of: value)) }
      if !parameters.isSet("NoHeader") { lines.append(header(names)) }
    }
    lines.append(row(value, columns: columns ?? []))
    return lines
  }
}
