import ShellCore
import ShellFormatting

/// The format views of the object cmdlets' output types, as PowerShell's
/// PowerShellCore_format_ps1xml defines them (GroupInfo, MemberDefinition, PSVariable,
/// AliasInfo, MatchInfo).
///
/// Register them in a session's registry with `ObjectCmdlets.registerViews(in:)`.
extension ObjectCmdlets {
  static var formatViews: [FormatView] {
    [
      FormatView(
        name: "GroupInfoNoElement",
        typeNames: ["Microsoft.PowerShell.Commands.GroupInfoNoElement"], shape: .table,
        columns: [
          FormatColumn(property: "Count", width: 5, alignment: .right),
          FormatColumn(property: "Name"),
        ]),
      FormatView(
        name: "GroupInfo", typeNames: ["Microsoft.PowerShell.Commands.GroupInfo"], shape: .table,
        columns: [
          FormatColumn(property: "Count", width: 5, alignment: .right),
          FormatColumn(property: "Name", width: 25), FormatColumn(property: "Group"),
        ]),
      FormatView(
        name: "MemberDefinition",
        typeNames: ["Microsoft.PowerShell.Commands.MemberDefinition"], shape: .table,
        columns: [
          FormatColumn(property: "Name"), FormatColumn(property: "MemberType"),
          FormatColumn(property: "Definition"),
        ], groupBy: FormatColumn(property: "TypeName"), autoSize: true),
      FormatView(
        name: "Variable", typeNames: ["System.Management.Automation.PSVariable"], shape: .table,
        columns: [FormatColumn(property: "Name", width: 30), FormatColumn(property: "Value")]),
      FormatView(
        name: "CommandInfo", typeNames: ["System.Management.Automation.CommandInfo"],
        shape: .table,
        columns: [
          FormatColumn(property: "CommandType", width: 15),
          FormatColumn(label: "Name", source: .compute(commandDisplayName), width: 50),
          FormatColumn(property: "Version", width: 10), FormatColumn(property: "Source"),
        ]),
      FormatView(
        name: "MatchInfo", typeNames: ["Microsoft.PowerShell.Commands.MatchInfo"],
        shape: .custom, custom: SelectString.displayLine),
    ]
  }

  /// The Name column of Get-Command's table: `gc -> Get-Content` for an alias, the name for
  /// the rest (the view's script block in PowerShellCore_format_ps1xml).
  private static func commandDisplayName(_ value: Value) -> Value {
    guard let object = value.psObject else { return value }
    if object.value(of: "CommandType")?.toText() == "Alias" {
      return object.value(of: "DisplayName") ?? .null
    }
    return object.value(of: "Name") ?? .null
  }

  /// Adds the views to a session's registry.
  static func registerViews(in registry: FormatViewRegistry) {
    for view in formatViews { registry.register(view) }
  }
}
