import ShellCore
import ShellFormatting

/// The cmdlets and aliases of one area: the session history cmdlets (Get-, Add-, Clear- and
/// Invoke-History).
enum HistoryCmdlets {
  static let all: [any Cmdlet.Type] = [
    GetHistory.self, AddHistory.self, ClearHistory.self, InvokeHistory.self,
  ]
  /// pwsh 7's aliases for these cmdlets (all of them exist on every platform).
  static let aliases: [(String, String)] = [
    ("h", "Get-History"), ("history", "Get-History"), ("ghy", "Get-History"),
    ("r", "Invoke-History"), ("ihy", "Invoke-History"), ("clhy", "Clear-History"),
  ]

  /// Registers the cmdlets, their aliases and the HistoryInfo views.
  static func register(in interpreter: Interpreter) {
    for cmdlet in all { interpreter.register(cmdlet) }
    for (name, target) in aliases { interpreter.alias(name, target) }
    HistoryObjects.registerViews(in: interpreter.formatViews)
  }
}
