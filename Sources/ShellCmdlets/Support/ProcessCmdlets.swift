import ShellCore
import ShellFormatting

/// The process cmdlets (Get-Process, Stop-Process), their aliases, and the Process view of
/// pwsh's DotNetTypes format data.
enum ProcessCmdlets {
  static let all: [any Cmdlet.Type] = [GetProcess.self, StopProcess.self]
  /// pwsh 7's aliases on Linux, where `ps` and `kill` stay the system's programs.
  static let aliases: [(String, String)] = [("gps", "Get-Process"), ("spps", "Stop-Process")]

  /// Registers the cmdlets, their aliases and the Process table view.
  static func register(in interpreter: Interpreter) {
    for cmdlet in all { interpreter.register(cmdlet) }
    for (name, target) in aliases { interpreter.alias(name, target) }
    interpreter.formatViews.register(view)
  }

  /// ` NPM(K)    PM(M)      WS(M)     CPU(s)      Id  SI ProcessName`: sizes in megabytes and
  /// CPU seconds with two decimals, as single-precision numbers, as the format data computes.
  static let view = FormatView(
    name: "process", typeNames: ["System.Diagnostics.Process"], shape: .table,
    columns: [
      FormatColumn(
        label: "NPM(K)", source: .compute { .long(number($0, "NPM") / 1024) }, width: 7,
        alignment: .right),
      FormatColumn(
        label: "PM(M)", source: .compute { megabytes($0, "PM") }, width: 8, alignment: .right,
        formatString: "N2"),
      FormatColumn(
        label: "WS(M)", source: .compute { megabytes($0, "WS") }, width: 10, alignment: .right,
        formatString: "N2"),
      FormatColumn(
        label: "CPU(s)", source: .compute { single($0.psObject?.value(of: "CPU")?.doubleValue) },
        width: 10, alignment: .right, formatString: "N2"),
      FormatColumn(property: "Id", width: 7, alignment: .right),
      FormatColumn(property: "SI", width: 3, alignment: .right),
      FormatColumn(property: "ProcessName"),
    ])

  private static func number(_ value: Value, _ name: String) -> Int64 {
    switch value.psObject?.value(of: name) {
    case .long(let number): return number
    case .int(let number): return Int64(number)
    default: return 0
    }
  }

  private static func megabytes(_ value: Value, _ name: String) -> Value {
    single(Double(number(value, name)) / 1_048_576)
  }

  /// `[float]` of a number, which is what the view formats.
  private static func single(_ number: Double?) -> Value {
    .double(Double(Float(number ?? 0)))
  }
}
