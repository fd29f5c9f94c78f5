import ShellCore

/// Measure-Command: runs a script block, drops its output, and returns how long it took.
///
/// As in PowerShell, the block runs in the caller's scope (variables it sets stay set), once
/// per input object with `$_` set to it, or once when nothing is piped in; errors it writes
/// still reach the error stream. The result is one TimeSpan, the total of all runs.
final class MeasureCommand: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Measure-Command",
    synopsis: "Measures the time it takes to run script blocks and cmdlets.",
    description: """
      Runs -Expression in the current scope with its output discarded and returns the time \
      it took as a TimeSpan. Objects piped in (or given to -InputObject) are passed to the \
      script block one at a time as $_, and the times of all runs are added up.
      """,
    parameters: [
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue,
        help: "Objects passed to the script block as $_."),
      ParameterDeclaration(
        "Expression", .scriptBlock, position: 0, mandatory: true,
        help: "The script block to time."),
    ],
    examples: [
      CmdletExample(
        "(Measure-Command { 1..1000 | ForEach-Object { $_ } }).GetType().FullName",
        remarks: "Times a pipeline; the result is a TimeSpan.", prints: "System.TimeSpan\n"),
      CmdletExample(
        "(Measure-Command { 'output is dropped' }).TotalSeconds -lt 60",
        remarks: "Reads the time in seconds.", prints: "True\n"),
      CmdletExample(
        "$seen = 0; $null = 1, 2, 3 | Measure-Command { $seen += $_ }; $seen",
        remarks: "Runs the block once per input object, in the caller's scope.", prints: "6\n"),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.timeSpan)

  private var elapsed = Duration.zero

  required init() {}

  func process(_ context: CommandContext) throws {
    guard case .scriptBlock(let block) = context.parameters["Expression"] ?? .null else { return }
    let input = context.input ?? context.parameters["InputObject"]
    let clock = ContinuousClock()
    let start = clock.now
    defer { elapsed += clock.now - start }
    try context.invokeInCallerScope(block, dollarUnder: input, output: NullSink())
  }

  func end(_ context: CommandContext) throws {
    let (seconds, attoseconds) = elapsed.components
    // One tick is 100 ns, 10^11 attoseconds.
    let ticks = seconds * TimeSpan.ticksPerSecond + attoseconds / 100_000_000_000
    try context.write(.timeSpan(TimeSpan(ticks: ticks)))
  }
}
