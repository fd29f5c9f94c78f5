import Foundation
import ShellCore

/// Write-Progress: shows an activity's progress on the console while output is a terminal.
///
/// pwsh 7 draws progress in its minimal view: one line per activity under the cursor, the
/// status inside a bar whose done part is in reverse video, children (-ParentId) indented
/// under their parent, erased before other output and drawn again after it, and nothing at
/// all when output is redirected (`CommandContext.writeProgress`, which long-running cmdlets
/// use too). -Completed removes the activity.
final class WriteProgress: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Write-Progress",
    synopsis: "Displays a progress bar within a PowerShell command window.",
    description: """
      Shows the activity with its status and seconds remaining inside a bar of the window's \
      width (at most $PSStyle.Progress.MaxWidth), filled to -PercentComplete, under the \
      cursor; output written meanwhile appears above it. -Id tells activities apart and \
      -ParentId nests one under another. -Completed removes the activity and its children. \
      When output is not a terminal, or $ProgressPreference is SilentlyContinue, nothing is \
      drawn. Nothing is written to the pipeline.
      """,
    parameters: [
      ParameterDeclaration(
        "Activity", .string, position: 0, help: "What is being done, for example 'Copying'."),
      ParameterDeclaration(
        "Status", .string, position: 1, help: "The current state, for example '3 of 10'.",
        notNullOrEmpty: true),
      ParameterDeclaration("Id", .int, position: 2, help: "Distinguishes progress records."),
      ParameterDeclaration("PercentComplete", .int, help: "How much is done, from 0 to 100."),
      ParameterDeclaration("SecondsRemaining", .int, help: "The estimated time left."),
      ParameterDeclaration("CurrentOperation", .string, help: "The current step."),
      ParameterDeclaration("ParentId", .int, help: "The Id of the parent activity."),
      ParameterDeclaration("Completed", .switchParameter, help: "Removes the progress line."),
      ParameterDeclaration(
        "SourceId", .int, help: "Tells apart sources whose activities share Ids."),
    ],
    examples: [
      CmdletExample(
        "1..3 | ForEach-Object { Write-Progress -Activity 'Counting' -PercentComplete ($_ * 33); $_ }",
        remarks: "Reports progress while passing numbers on; the bar goes to the terminal only.",
        prints: "1\n2\n3\n"),
      CmdletExample(
        "Write-Progress -Id 2 -ParentId 1 -Activity 'Copying' -Status 'file 3 of 9'",
        remarks: "Shows a child activity under activity 1."),
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    if context.parameters["ProgressAction"] == nil {
      // Only to refuse a reserved value (Suspend); showsProgress decides what is drawn.
      _ = try context.preferenceVariable("ProgressPreference", default: .continue)
    }
    let id = try number(context, "Id", default: 0, range: 0...Int64(Int32.max))
    let percent = try number(context, "PercentComplete", default: -1, range: -1...100)
    let parentId = try number(context, "ParentId", default: -1, range: -1...Int64(Int32.max))
    let activity = context.parameters["Activity"]?.toText() ?? ""
    let isCompleted = context.parameters.isSet("Completed")
    if activity.isEmpty, !isCompleted {
      // pwsh's ArgumentException for a missing activity, which only -Completed may omit.
      throw CmdletErrors.terminating(
        context, "MissingActivity", "Missing value for mandatory parameter. (Parameter 'Activity')",
        category: .invalidArgument, target: .string(activity),
        exceptionType: "System.ArgumentException")
    }
    context.writeProgress(
      ProgressRecord(
        activity: activity, status: context.parameters["Status"]?.toText(), id: id,
        parentId: parentId, sourceId: context.parameters["SourceId"]?.intValue ?? 0,
        percentComplete: percent,
        secondsRemaining: context.parameters["SecondsRemaining"]?.intValue ?? -1,
        currentOperation: context.parameters["CurrentOperation"]?.toText(),
        isCompleted: isCompleted))
  }

  /// An Int parameter checked against its `[ValidateRange]`.
  private func number(
    _ context: CommandContext, _ name: String, default fallback: Int, range: ClosedRange<Int64>
  ) throws -> Int {
    guard let value = context.parameters[name]?.intValue else { return fallback }
    guard range.contains(Int64(value)) else {
      throw CmdletErrors.outsideRange(
        context, parameter: name, value: Int64(value), range: range,
        target: .int(Int32(clamping: value)))
    }
    return value
  }
}
