import ShellCore

/// The cmdlets and aliases of one area: the console host's own (Clear-Host, and
/// Microsoft.PowerShell.Host's Start- and Stop-Transcript).
enum HostCmdlets {
  static let all: [any Cmdlet.Type] = [ClearHost.self, StartTranscript.self, StopTranscript.self]
  /// pwsh 7's alias on Linux: `cls` only, since `clear` is the program Clear-Host runs.
  static let aliases: [(String, String)] = [("cls", "Clear-Host")]

  static func register(in interpreter: Interpreter) {
    for cmdlet in all { interpreter.register(cmdlet) }
    for (name, target) in aliases { interpreter.alias(name, target) }
  }
}
