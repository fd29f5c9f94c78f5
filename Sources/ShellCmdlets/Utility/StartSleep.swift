import Foundation
import ShellCore

/// Start-Sleep: pauses the script for some seconds or milliseconds.
///
/// It sleeps in short slices and checks for Ctrl-C between them, so a long sleep stops as
/// promptly as pwsh's (which waits on an event that StopProcessing sets).
final class StartSleep: Cmdlet {
  /// The longest slice slept before looking at the cancellation flag again.
  static let slice = 0.05

  static let declaration = CmdletDeclaration(
    name: "Start-Sleep",
    synopsis: "Suspends the activity in a script or session for the specified period of time.",
    description: """
      Waits -Seconds (a fraction is allowed) or -Milliseconds before the next command runs. \
      Ctrl-C ends the wait and stops the pipeline.
      """,
    parameters: [
      ParameterDeclaration(
        "Seconds", .double, position: 0, mandatory: true, pipeline: [.byValue, .byPropertyName],
        sets: ["Seconds"], aliases: ["s"], help: "How long to wait, in seconds."),
      ParameterDeclaration(
        "Milliseconds", .int, mandatory: true, pipeline: .byPropertyName,
        sets: ["Milliseconds"], aliases: ["ms"], help: "How long to wait, in milliseconds."),
    ],
    defaultParameterSet: "Seconds",
    examples: [
      CmdletExample(
        "Start-Sleep -Milliseconds 20; 'done'", remarks: "Waits 20 milliseconds.",
        prints: "done\n"),
      CmdletExample("Start-Sleep 1.5", remarks: "Waits one and a half seconds."),
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    let seconds: Double
    if let milliseconds = context.parameters["Milliseconds"]?.intValue {
      guard milliseconds >= 0 else {
        throw CmdletErrors.outsideRange(
          context, parameter: "Milliseconds", value: Int64(milliseconds),
          range: 0...Int64(Int32.max), target: .int(Int32(clamping: milliseconds)))
      }
      seconds = Double(milliseconds) / 1000
    } else {
      seconds = context.parameters["Seconds"]?.doubleValue ?? 0
      // [ValidateRange(0.0, int.MaxValue / 1000)] on -Seconds.
      let maximum = Double(Int32.max / 1000)
      guard seconds >= 0, seconds <= maximum else {
        throw Self.secondsOutOfRange(seconds, maximum: maximum, context)
      }
    }
    try Self.sleep(seconds, context.interpreter)
  }

  /// Sleeps in slices, stopping the pipeline when Ctrl-C sets the interpreter's flag.
  static func sleep(_ seconds: Double, _ interpreter: Interpreter) throws {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
      try interpreter.checkCancelled()
      let left = deadline.timeIntervalSinceNow
      if left <= 0 { return }
      Thread.sleep(forTimeInterval: min(left, slice))
    }
  }

  private static func secondsOutOfRange(
    _ seconds: Double, maximum: Double, _ context: CommandContext
  ) -> RuntimeError {
    let text = Value.double(seconds).toText()
    let limit = Value.double(maximum).toText()
    let detail =
      seconds < 0
      ? "The \(text) argument is less than the minimum allowed range of 0. Supply an argument "
        + "that is greater than or equal to 0 and then try the command again."
      : "The \(text) argument is greater than the maximum allowed range of \(limit). Supply an "
        + "argument that is less than or equal to \(limit) and then try the command again."
    return CmdletErrors.terminating(
      context, "ParameterArgumentValidationError",
      "Cannot validate argument on parameter 'Seconds'. " + detail, category: .invalidData,
      target: .double(seconds),
      exceptionType: "System.Management.Automation.ParameterBindingValidationException")
  }
}
