import Foundation
import ShellCore

/// Write-Progress: shows a progress line on standard error while it is a terminal.
///
/// PowerShell draws a progress bar on the console and nothing when output is redirected;
/// here one line is redrawn in place on a terminal, and nothing is written otherwise
/// (`CommandContext.writeProgress`, which long-running cmdlets use too).
final class WriteProgress: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Write-Progress",
    synopsis: "Displays a progress bar within a PowerShell command window.",
    description: """
      Shows the activity, its status and the percentage done on one line of the terminal, \
      redrawn by each call; -Completed removes it. When standard error is not a terminal \
      nothing is written. Nothing is written to the pipeline.
      """,
    parameters: [
      ParameterDeclaration(
        "Activity", .string, position: 0, help: "What is being done, for example 'Copying'."),
      ParameterDeclaration(
        "Status", .string, position: 1, help: "The current state, for example '3 of 10'."),
      ParameterDeclaration("Id", .int, position: 2, help: "Distinguishes progress records."),
      ParameterDeclaration("PercentComplete", .int, help: "How much is done, from 0 to 100."),
      ParameterDeclaration("SecondsRemaining", .int, help: "The estimated time left."),
      ParameterDeclaration("CurrentOperation", .string, help: "The current step."),
      ParameterDeclaration("ParentId", .int, help: "The Id of the parent activity."),
      ParameterDeclaration("Completed", .switchParameter, help: "Removes the progress line."),
      ParameterDeclaration("SourceId", .int, help: "Accepted for compatibility."),
    ],
    examples: [
      CmdletExample(
        "1..3 | ForEach-Object { Write-Progress -Activity 'Counting' -PercentComplete ($_ * 33); $_ }",
        remarks: "Reports progress while passing numbers on; the bar goes to the terminal only.",
        prints: "1\n2\n3\n")
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    context.writeProgress(
      ProgressRecord(
        activity: context.parameters["Activity"]?.toText() ?? "",
        status: context.parameters["Status"]?.toText(),
        percentComplete: context.parameters["PercentComplete"]?.intValue,
        currentOperation: context.parameters["CurrentOperation"]?.toText(),
        isCompleted: context.parameters.isSet("Completed")))
  }
}
