import Foundation

/// Out-Default: turns the objects a top-level pipeline writes into text on the host.
///
/// Scalars print one per line at once. Objects are gathered into one formatting session,
/// in which the first object picks the shape (PowerShell's rule: up to 4 properties give a
/// table, 5 or more a list) and later objects are fitted into it.
final class OutDefaultSink: OutputSink {
  unowned let interpreter: Interpreter
  private var pending: [Value] = []

  init(interpreter: Interpreter) { self.interpreter = interpreter }

  func write(_ value: Value) throws {
    if Self.isScalar(value) {
      flush()
      if case .null = value { return }
      interpreter.host.writeOutput(Self.scalarText(value) + "\n")
      return
    }
    if case .array(let array) = value {
      for item in array.items { try write(item) }
      return
    }
    pending.append(value)
  }

  /// Prints the objects gathered so far.
  func flush() {
    guard !pending.isEmpty else { return }
    let lines = TextFormatter(width: interpreter.host.width).format(pending)
    pending.removeAll()
    interpreter.host.writeOutput(lines.map { $0 + "\n" }.joined())
  }

  static func isScalar(_ value: Value) -> Bool {
    switch value {
    case .null, .bool, .int, .long, .double, .decimal, .string, .char, .type, .scriptBlock:
      return true
    case .object(let object):
      return object.baseValue != nil
        || object.typeName == "System.Management.Automation.ErrorRecord"
    default:
      return false
    }
  }

  static func scalarText(_ value: Value) -> String {
    value.toText()
  }
}

extension Interpreter {
  /// Prints whatever Out-Default still holds; call at the end of each top-level input.
  public func flushOutput() {
    (outDefault as? OutDefaultSink)?.flush()
    (host as? StandardHost)?.flush()
  }

  /// The lines a value prints as, without colour (for `>` redirection to a file).
  func plainText(of value: Value) -> [String] {
    if OutDefaultSink.isScalar(value) {
      return value.isNull ? [] : [value.toText()]
    }
    return TextFormatter(width: host.width).format(value.enumerated)
  }
}

/// A first formatter: tables and lists with widths fitted to the values.
struct TextFormatter {
  let width: Int

  func format(_ values: [Value]) -> [String] {
    guard let first = values.first else { return [] }
    if case .hashtable = first {
      let rows = values.flatMap { value -> [[String]] in
        guard case .hashtable(let table) = value else { return [] }
        return table.entries.map { [$0.key.toText(), $0.value.toText()] }
      }
      return table(["Name", "Value"], rows, fixedFirstWidth: 30)
    }
    if case .date = first {
      let formatter = DateFormatter()
      formatter.locale = Locale(identifier: "en_US_POSIX")
      formatter.dateFormat = "EEEE, MMMM d, yyyy h:mm:ss a"
      return [""]
        + values.compactMap {
          if case .date(let each) = $0 { return formatter.string(from: each) }
          return nil
        } + [""]
    }
    let columns = propertyNames(of: first)
    let rows = values.map { value in columns.map { cell(value, $0) } }
    if columns.count <= 4 { return table(columns, rows, fixedFirstWidth: nil) }
    return list(columns, rows)
  }

  private func propertyNames(of value: Value) -> [String] {
    guard case .object(let object) = value else { return [] }
    return object.defaultDisplayPropertySet ?? object.propertyNames
  }

  private func cell(_ value: Value, _ name: String) -> String {
    guard case .object(let object) = value, let property = object.value(of: name) else {
      return ""
    }
    if case .array(let array) = property {
      let shown = array.items.prefix(4).map { $0.toText() }
      return "{" + shown.joined(separator: ", ") + (array.items.count > 4 ? "…" : "") + "}"
    }
    return property.toText()
  }

  private func table(_ labels: [String], _ rows: [[String]], fixedFirstWidth: Int?) -> [String] {
    var widths = labels.map(\.count)
    for row in rows {
      for (index, text) in row.enumerated() where index < widths.count {
        widths[index] = max(widths[index], text.count)
      }
    }
    if let fixedFirstWidth, !widths.isEmpty { widths[0] = fixedFirstWidth }
    func line(_ cells: [String]) -> String {
      var text = ""
      for (index, cell) in cells.enumerated() {
        let isLast = index == cells.count - 1
        let clipped =
          cell.count > widths[index] ? String(cell.prefix(widths[index] - 1)) + "…" : cell
        text +=
          isLast
          ? clipped : clipped.padding(toLength: widths[index], withPad: " ", startingAt: 0) + " "
      }
      return text
    }
    var lines = ["", line(labels), line(labels.map { String(repeating: "-", count: $0.count) })]
    lines += rows.map(line)
    lines.append("")
    return lines
  }

  private func list(_ names: [String], _ rows: [[String]]) -> [String] {
    let labelWidth = names.map(\.count).max() ?? 0
    var lines = [""]
    for row in rows {
      for (name, value) in zip(names, row) {
        lines.append(
          name.padding(toLength: labelWidth, withPad: " ", startingAt: 0) + " : " + value)
      }
      lines.append("")
    }
    return lines
  }
}
