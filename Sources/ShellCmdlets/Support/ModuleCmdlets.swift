import ShellCore
import ShellFormatting

/// The cmdlets and aliases of one area: module handling (Import-, Get-, Remove-Module) and
/// the small utilities admin scripts use beside it (Start-Sleep, New-Guid, Get-Random,
/// Get-Culture).
enum ModuleCmdlets {
  static let all: [any Cmdlet.Type] = [
    ImportModule.self, GetModule.self, RemoveModule.self, StartSleep.self, NewGuid.self,
    GetRandom.self, GetCulture.self, GetUICulture.self,
  ]
  /// pwsh 7's aliases for these cmdlets on Linux (`sleep` is Windows-only: on Linux it is
  /// the program).
  static let aliases: [(String, String)] = [
    ("ipmo", "Import-Module"), ("gmo", "Get-Module"), ("rmo", "Remove-Module"),
  ]

  /// Registers the cmdlets, their aliases and the PSModuleInfo view.
  static func register(in interpreter: Interpreter) {
    for cmdlet in all { interpreter.register(cmdlet) }
    for (name, target) in aliases { interpreter.alias(name, target) }
    for view in ModuleCatalog.formatViews + ModuleCatalog.listingViews {
      interpreter.formatViews.register(view)
    }
  }
}
