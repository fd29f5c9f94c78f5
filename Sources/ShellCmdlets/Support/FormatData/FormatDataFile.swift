import ShellCore
import ShellFormatting
import ShellSyntax

/// A `*.format.ps1xml` file read into views: PowerShell's format data schema
/// (Configuration / ViewDefinitions / View) with table, list and wide controls.
///
/// Each View names its types (`ViewSelectedBy/TypeName`), optionally groups
/// (`GroupBy/PropertyName|ScriptBlock` with `Label`), and has one control:
/// - TableControl: `AutoSize`, `HideTableHeaders`, `TableHeaders/TableColumnHeader` (`Label`,
///   `Width`, `Alignment`) matched by position with the first row entry's
///   `TableColumnItems/TableColumnItem` (`PropertyName` or `ScriptBlock`, `FormatString`,
///   `Alignment`); the row entry's `Wrap` wraps cells.
/// - ListControl: the first `ListEntry`'s `ListItems/ListItem` (`Label`, `PropertyName` or
///   `ScriptBlock`, `FormatString`).
/// - WideControl: the first `WideEntry`'s `WideItem` (`PropertyName` or `ScriptBlock`).
/// A control this shell does not draw from files (CustomControl) or a view without types is an
/// error naming the view, as a file PowerShell cannot load is.
enum FormatDataFile {
  struct Failure: Error {
    let message: String
  }

  static func views(fromXML text: String, path: String) throws -> [FormatView] {
    let root: XMLElementNode
    do {
      root = try XMLReader.parse(text)
    } catch let failure as XMLReader.Failure {
      throw Failure(message: "\(path): line \(failure.line): \(failure.message)")
    }
    guard root.name.caseInsensitiveCompare("Configuration") == .orderedSame else {
      throw Failure(message: "\(path): the root element is '\(root.name)', not 'Configuration'.")
    }
    return try (root.child("ViewDefinitions")?.children("View") ?? []).map {
      try view($0, path: path)
    }
  }

  private static func view(_ node: XMLElementNode, path: String) throws -> FormatView {
    let name = node.text(of: "Name") ?? ""
    func failure(_ problem: String) -> Failure {
      Failure(message: "\(path): line \(node.line): view '\(name)': \(problem)")
    }
    let typeNames = (node.child("ViewSelectedBy")?.children("TypeName") ?? []).map {
      $0.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
    guard !name.isEmpty else { throw failure("the view has no Name.") }
    guard !typeNames.isEmpty else { throw failure("ViewSelectedBy names no TypeName.") }
    var view: FormatView
    if let table = node.child("TableControl") {
      view = FormatView(name: name, typeNames: typeNames, shape: .table)
      try readTable(table, into: &view, failure)
    } else if let list = node.child("ListControl") {
      let items = list.child("ListEntries")?.child("ListEntry")?.child("ListItems")
      view = FormatView(
        name: name, typeNames: typeNames, shape: .list,
        columns: try (items?.children("ListItem") ?? []).map { try column($0, label: nil, failure) }
      )
    } else if let wide = node.child("WideControl") {
      guard let item = wide.child("WideEntries")?.child("WideEntry")?.child("WideItem") else {
        throw failure("WideControl has no WideEntry with a WideItem.")
      }
      view = FormatView(
        name: name, typeNames: typeNames, shape: .wide,
        columns: [try column(item, label: nil, failure)])
    } else {
      throw failure("the view has no TableControl, ListControl or WideControl this shell can draw.")
    }
    if let group = node.child("GroupBy") {
      var groupColumn = try column(group, label: nil, failure)
      groupColumn.label = group.text(of: "Label")
      view.groupBy = groupColumn
    }
    return view
  }

  private static func readTable(
    _ table: XMLElementNode, into view: inout FormatView, _ failure: (String) -> Failure
  ) throws {
    let headers = table.child("TableHeaders")?.children("TableColumnHeader") ?? []
    guard let row = table.child("TableRowEntries")?.child("TableRowEntry") else {
      throw failure("TableControl has no TableRowEntry.")
    }
    let items = row.child("TableColumnItems")?.children("TableColumnItem") ?? []
    guard headers.isEmpty || headers.count == items.count else {
      throw failure(
        "TableControl has \(headers.count) column headers but \(items.count) column items.")
    }
    view.columns = try items.enumerated().map { position, item in
      let header = headers.isEmpty ? nil : headers[position]
      // An empty <Label/> shows the property's name, as one left out does.
      let label = header?.text(of: "Label").flatMap { $0.isEmpty ? nil : $0 }
      var result = try column(item, label: label, failure)
      if let width = header?.text(of: "Width") {
        guard let cells = Int(width), cells > 0 else {
          throw failure("Width '\(width)' is not a positive number.")
        }
        result.width = cells
      }
      let alignment = header?.text(of: "Alignment") ?? item.text(of: "Alignment")
      if let alignment {
        guard let parsed = FormatAlignment(text: alignment) else {
          throw failure("Alignment '\(alignment)' is not Left, Center or Right.")
        }
        result.alignment = parsed
      }
      return result
    }
    view.autoSize = table.child("AutoSize") != nil
    view.hideTableHeaders = table.child("HideTableHeaders") != nil
    view.wrap = row.child("Wrap") != nil
  }

  /// A column, list line or group from an element holding `PropertyName` or `ScriptBlock`.
  private static func column(
    _ node: XMLElementNode, label: String?, _ failure: (String) -> Failure
  ) throws -> FormatColumn {
    var result: FormatColumn
    if let property = node.text(of: "PropertyName") {
      result = FormatColumn(property: property)
    } else if let script = node.child("ScriptBlock")?.text {
      let parsed = Parser.parse(SourceText(script))
      if let error = parsed.errors.first {
        throw failure("the script block does not parse: \(error.message)")
      }
      result = FormatColumn(source: .scriptBlock(ScriptBlock(ast: parsed.script)))
    } else {
      throw failure("'\(node.name)' has neither PropertyName nor ScriptBlock.")
    }
    result.label = label ?? node.text(of: "Label")
    result.formatString = node.text(of: "FormatString")
    return result
  }
}
