import IdentityEngine
import ShellCore

/// Runs a sync cycle (imports, synchronizations, exports) and reports `Success`.
///
/// Two things go beyond the module: on a terminal each run step shows as progress, and
/// -WhatIf previews the cycle's exports (see Get-ADSyncPendingChange) instead of running it.
final class StartADSyncSyncCycle: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Start-ADSyncSyncCycle", synopsis: "Starts a sync cycle.",
    description: """
      Delta runs delta imports and syncs, Initial full ones; without -PolicyType the \
      scheduler's next policy is used. Staging mode skips the exports. The lab runs the \
      cycle before returning, so its effects show at once; while it runs, a terminal shows \
      the current run step as progress on standard error. -WhatIf runs nothing and prints \
      one What if: line per export the cycle would make (Get-ADSyncPendingChange lists them \
      with their attribute values).
      """,
    parameters: [
      ParameterDeclaration(
        "PolicyType", .string, position: 0, validValues: ["Unspecified", "Delta", "Initial"]),
      ParameterDeclaration("InteractiveMode", .bool, position: 1),
    ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Start-ADSyncSyncCycle -PolicyType Delta | Select-Object -ExpandProperty Result",
        remarks: "Runs a delta cycle.", prints: "Success\n"),
      CmdletExample(
        """
        $null = Start-ADSyncSyncCycle
        Set-ADUser -Identity ajohnson -Department 'Finance'
        Start-ADSyncSyncCycle -WhatIf
        """,
        remarks: "Shows the one export a cycle would make, and makes none.",
        prints: """
          What if: Performing the operation "Update on contoso.onmicrosoft.com - AAD" on \
          target "CN={454A777150333462576B324D503234614B30775241773D3D}".

          """),
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let policy = ADSync.string(context, "PolicyType")
    let service = try ADSync.service(context)
    let whatIf =
      context.parameters["WhatIf"]?.isTruthy
      ?? (context.scope.lookup("whatifpreference")?.value.isTruthy ?? false)
    if whatIf {
      let preview = try ADSync.run(context) { try service.previewSyncCycle(policy: policy) }
      for change in preview.changes {
        let target = change.newDistinguishedName.map { change.distinguishedName + " -> " + $0 }
        _ = context.shouldProcess(
          target: target ?? change.distinguishedName,
          action: "\(change.operation.rawValue) on \(change.connectorName)")
      }
      return
    }
    let outcome = try ADSync.run(context) {
      try service.startSyncCycle(policy: policy) { step in
        context.writeProgress(
          ProgressRecord(
            activity: "Start-ADSyncSyncCycle",
            status: "\(step.runProfileName) on \(step.connectorName) "
              + "(step \(step.number) of \(step.total))",
            percentComplete: step.percentComplete, isCompleted: step.isCompleted))
      }
    }
    let result = ADSync.object("SchedulerOperationResult", [("Result", .string("Success"))])
    try context.write(.object(result))
    for error in outcome.errors {
      try context.writeError(ADSync.record(context, error, target: .null))
    }
  }
}
