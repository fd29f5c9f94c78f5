import ShellCore
import ShellFormatting

/// The cmdlets and aliases every session starts with, gathered from each area's list.
public enum ShellCmdlets {
  /// The pipeline cmdlets of Microsoft.PowerShell.Core and the Write-* cmdlets.
  static let coreCmdlets: [any Cmdlet.Type] = [
    ForEachObject.self, WhereObject.self, WriteOutput.self, WriteHost.self, WriteError.self,
    OutNull.self, SetStrictMode.self,
  ]

  static var cmdlets: [any Cmdlet.Type] {
    coreCmdlets + FormattingCmdlets.all + ObjectCmdlets.all + DataCmdlets.all
      + SecurityCmdlets.all
  }

  /// Aliases as pwsh 7 defines them on Linux: the Windows-only ones (`write`, `sort`, `cat`,
  /// `sleep`, …) would hide the programs of those names, so they are left out.
  static let aliases: [(String, String)] = [
    ("%", "ForEach-Object"), ("foreach", "ForEach-Object"), ("?", "Where-Object"),
    ("where", "Where-Object"), ("echo", "Write-Output"),
  ]

  /// Registers the built-in cmdlets, their aliases and format views in an interpreter, as the
  /// shell does when it starts; call `ShellFormatting.register(in:)` first, which sets up the
  /// registry the views go to.
  public static func register(in interpreter: Interpreter) {
    for cmdlet in cmdlets { interpreter.register(cmdlet) }
    for (name, target) in aliases + FormattingCmdlets.aliases + ObjectCmdlets.aliases
      + DataCmdlets.aliases
    {
      interpreter.alias(name, target)
    }
    ObjectCmdlets.registerViews(in: interpreter.formatViews)
    HistoryCmdlets.register(in: interpreter)
    ModuleCmdlets.register(in: interpreter)
    LocationCmdlets.register(in: interpreter)
    ItemCmdlets.register(in: interpreter)
    PSReadLineCmdlets.register(in: interpreter)
    PSSerializerMethods.register(in: interpreter)
    HostCmdlets.register(in: interpreter)
    ProcessCmdlets.register(in: interpreter)
  }
}
