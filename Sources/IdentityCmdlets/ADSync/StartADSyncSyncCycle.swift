import ShellRuntime

/// Runs a sync cycle (imports, synchronizations, exports) and reports `Success`.
final class StartADSyncSyncCycle: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Start-ADSyncSyncCycle", synopsis: "Starts a sync cycle.",
    description: """
      Delta runs delta imports and syncs, Initial full ones; without -PolicyType the \
      scheduler's next policy is used. Staging mode skips the exports. The lab runs the \
      cycle before returning, so its effects show at once.
      """,
    parameters: [
      ParameterDeclaration(
        "PolicyType", .string, position: 0, validValues: ["Unspecified", "Delta", "Initial"]),
      ParameterDeclaration("InteractiveMode", .bool, position: 1),
    ],
    examples: [
      CmdletExample(
        "Start-ADSyncSyncCycle -PolicyType Delta | Select-Object -ExpandProperty Result",
        remarks: "Runs a delta cycle.", prints: "Success\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let policy = ADSync.string(context, "PolicyType")
    let outcome = try ADSync.run(context) {
      try ADSync.service(context).startSyncCycle(policy: policy)
    }
    let result = ADSync.object("SchedulerOperationResult", [("Result", .string("Success"))])
    try context.write(.object(result))
    for error in outcome.errors {
      try context.writeError(ADSync.record(context, error, target: .null))
    }
  }
}
