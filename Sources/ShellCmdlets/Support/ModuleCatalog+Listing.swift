import ShellCore
import ShellFormatting

/// The view of Get-Module -ListAvailable: pwsh 7's PSModuleInfo table grouped by module
/// directory, with a PSEdition column.
extension ModuleCatalog {
  /// The type name pwsh puts first on the objects -ListAvailable writes.
  static let listingTypeName = "ModuleInfoGrouping"

  /// The table under a `    Directory: PATH` header per module path entry: ModuleType,
  /// Version, PreRelease (10 cells each), Name (35), PSEdition (9) and ExportedCommands.
  static var listingViews: [FormatView] {
    [
      FormatView(
        name: "Module", typeNames: [listingTypeName], shape: .table,
        columns: [
          FormatColumn(property: "ModuleType", width: 10),
          FormatColumn(property: "Version", width: 10),
          FormatColumn(property: "PreRelease", width: 10),
          FormatColumn(property: "Name", width: 35),
          FormatColumn(label: "PSEdition", source: .compute(editionCell), width: 9),
          FormatColumn(label: "ExportedCommands", source: .compute(exportedCommandNames)),
        ],
        groupBy: FormatColumn(label: "Directory", source: .compute(directoryCell)),
        groupHeader: { "    Directory: \($0.toText())" })
    ]
  }

  /// The editions cut to four letters, sorted and joined (`Core,Desk`); a manifest without
  /// CompatiblePSEditions counts as Desktop.
  static func editionCell(_ value: Value) -> Value {
    guard case .object(let object) = value else { return .null }
    var editions = (object.value(of: "CompatiblePSEditions")?.enumerated ?? []).map {
      String($0.toText().prefix(4))
    }
    if editions.isEmpty { editions = ["Desk"] }
    return .string(editions.sorted().joined(separator: ","))
  }

  /// The module path entry above ModuleBase, skipping a version folder.
  static func directoryCell(_ value: Value) -> Value {
    guard case .object(let object) = value, let base = object.value(of: "ModuleBase")?.toText()
    else { return .null }
    var parts = base.split(separator: "\\", omittingEmptySubsequences: false)
    if parts.count > 1, parts.last?.allSatisfy({ $0.isNumber || $0 == "." }) == true {
      parts.removeLast()
    }
    if parts.count > 1 { parts.removeLast() }
    return .string(parts.joined(separator: "\\"))
  }
}
