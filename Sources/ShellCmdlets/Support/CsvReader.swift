import Foundation
import ShellCore

/// Reads CSV text into custom objects as Import-Csv and ConvertFrom-Csv do (ImportCsvHelper).
///
/// Fields follow RFC 4180: a field that starts with `"` runs to the closing quote, `""` inside
/// it is one quote, and it may span lines. Blank lines are skipped, a leading `#TYPE` line names
/// the objects' type (`CSV:` + name), missing fields are `$null`, surplus fields are dropped,
/// and an empty column name becomes `H1`, `H2`, ...
struct CsvReader {
  let delimiter: Character
  /// Column names given with `-Header`; nil to read them from the first record.
  var header: [String]?
  private var typeName: String?
  private var sawFirstLine = false

  init(delimiter: Character = ",", header: [String]? = nil) {
    self.delimiter = delimiter
    self.header = header
  }

  /// The objects of a complete CSV text.
  mutating func objects(from text: String) -> [Value] {
    var result: [Value] = []
    for record in records(text) {
      if !sawFirstLine {
        sawFirstLine = true
        if record.count == 1, let first = record.first, first.hasPrefix("#TYPE") {
          let name = first.dropFirst("#TYPE".count).trimmingCharacters(in: .whitespaces)
          typeName = name.isEmpty ? nil : name
          continue
        }
      }
      guard let names = header else {
        header = Self.columnNames(record)
        continue
      }
      result.append(object(record, names))
    }
    return result
  }

  /// Names from a header record, with `H<n>` for empty ones.
  static func columnNames(_ record: [String]) -> [String] {
    var unnamed = 0
    return record.map { name in
      guard name.isEmpty else { return name }
      unnamed += 1
      return "H\(unnamed)"
    }
  }

  private func object(_ record: [String], _ names: [String]) -> Value {
    var typeNames = ["System.Management.Automation.PSCustomObject", "System.Object"]
    if let typeName { typeNames.insert("CSV:" + typeName, at: 0) }
    let object = PSObject(typeNames: typeNames)
    for (position, name) in names.enumerated() where object.property(name) == nil {
      object.set(name, position < record.count ? .string(record[position]) : .null)
    }
    return .object(object)
  }

  /// Splits text into records of fields; blank lines give no record.
  func records(_ text: String) -> [[String]] {
    var records: [[String]] = []
    var fields: [String] = []
    var field = ""
    var inQuotes = false
    var atFieldStart = true
    var recordHasContent = false
    var characters = Array(text)[...]
    func endRecord() {
      if recordHasContent {
        fields.append(field)
        records.append(fields)
      }
      fields = []
      field = ""
      atFieldStart = true
      recordHasContent = false
    }
    while let character = characters.popFirst() {
      if inQuotes {
        if character == "\"" {
          if characters.first == "\"" {
            field.append("\"")
            characters.removeFirst()
          } else {
            inQuotes = false
          }
        } else {
          field.append(character)
        }
        continue
      }
      switch character {
      case "\"" where atFieldStart:
        inQuotes = true
        atFieldStart = false
        recordHasContent = true
      case delimiter:
        fields.append(field)
        field = ""
        atFieldStart = true
        recordHasContent = true
      case "\n", "\r\n":
        endRecord()
      case "\r":
        if characters.first == "\n" { characters.removeFirst() }
        endRecord()
      default:
        field.append(character)
        atFieldStart = false
        recordHasContent = true
      }
    }
    endRecord()
    return records
  }
}
