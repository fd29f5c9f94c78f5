import ShellCore

/// The views PowerShell itself ships (DotNetTypes.format.ps1xml, PowerShellCore.format.ps1xml)
/// for the types the runtime's own cmdlets write.
extension FormatViewRegistry {
  /// A registry holding the built-in views.
  public static func withBuiltinViews() -> FormatViewRegistry {
    let registry = FormatViewRegistry()
    // DotNetTypes.format.ps1xml: Name fixed at 30 cells, Value takes the rest.
    registry.register(
      FormatView(
        name: "Dictionary", typeNames: ["System.Collections.DictionaryEntry"], shape: .table,
        columns: [FormatColumn(property: "Name", width: 30), FormatColumn(property: "Value")]))
    registry.register(
      FormatView(
        name: "System.Collections.DictionaryEntry",
        typeNames: ["System.Collections.DictionaryEntry"],
        shape: .list, columns: [FormatColumn(property: "Name"), FormatColumn(property: "Value")]))
    registry.register(
      FormatView(
        name: "DateTime", typeNames: ["System.DateTime"], shape: .custom,
        custom: { value in [LongDateText.text(of: value)] }))
    // DotNetTypes.format.ps1xml: a TimeSpan is a list by default, with table and wide views.
    let timeSpanList = [
      "Days", "Hours", "Minutes", "Seconds", "Milliseconds", "Ticks", "TotalDays", "TotalHours",
      "TotalMinutes", "TotalSeconds", "TotalMilliseconds",
    ]
    registry.register(
      FormatView(
        name: "System.TimeSpan", typeNames: ["System.TimeSpan"], shape: .list,
        columns: timeSpanList.map { FormatColumn(property: $0) }))
    registry.register(
      FormatView(
        name: "System.TimeSpan", typeNames: ["System.TimeSpan"], shape: .table,
        columns: timeSpanList.prefix(5).map { FormatColumn(property: $0) }))
    registry.register(
      FormatView(
        name: "System.TimeSpan", typeNames: ["System.TimeSpan"], shape: .wide,
        columns: [FormatColumn(property: "TotalMilliseconds")]))
    // Get-Culture: LCID and Name at 16 cells each, DisplayName takes the rest.
    registry.register(
      FormatView(
        name: "System.Globalization.CultureInfo",
        typeNames: ["System.Globalization.CultureInfo"], shape: .table,
        columns: [
          FormatColumn(property: "LCID", width: 16), FormatColumn(property: "Name", width: 16),
          FormatColumn(property: "DisplayName"),
        ]))
    // Group-Object: Count (5, right), Name (25), Group takes the rest.
    registry.register(
      FormatView(
        name: "GroupInfoNoElement",
        typeNames: ["Microsoft.PowerShell.Commands.GroupInfoNoElement"], shape: .table,
        columns: [
          FormatColumn(property: "Count", width: 5, alignment: .right),
          FormatColumn(property: "Name"),
        ]))
    registry.register(
      FormatView(
        name: "GroupInfo", typeNames: ["Microsoft.PowerShell.Commands.GroupInfo"], shape: .table,
        columns: [
          FormatColumn(property: "Count", width: 5, alignment: .right),
          FormatColumn(property: "Name", width: 25), FormatColumn(property: "Group"),
        ]))
    // Get-Member: an autosized table per type name, under `   TypeName: <name>`.
    registry.register(
      FormatView(
        name: "MemberDefinition", typeNames: ["Microsoft.PowerShell.Commands.MemberDefinition"],
        shape: .table,
        columns: [
          FormatColumn(property: "Name"), FormatColumn(property: "MemberType"),
          FormatColumn(property: "Definition"),
        ], groupBy: FormatColumn(property: "TypeName"), autoSize: true))
    return registry
  }
}
