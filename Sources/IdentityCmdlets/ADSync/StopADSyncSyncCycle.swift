import ShellCore

/// Signals the sync service to stop the sync cycle that is running.
///
/// The lab runs a cycle inside the command that starts it, so the cycle this reaches is one
/// another shell runs on the same lab file; in the shell running the cycle, Ctrl-C stops it.
/// As with the real service, the signal to a service that runs no cycle changes nothing.
final class StopADSyncSyncCycle: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Stop-ADSyncSyncCycle",
    synopsis: "Signals the server to stop the currently running sync cycle.",
    description: """
      The run step that is running stops and its changes are rolled back; run history records \
      it with the result stopped-user-termination-from-wmi-or-ui, and the cycle's later steps \
      do not run. What the stopped step would have done is picked up by the next cycle. The \
      lab runs a cycle inside Start-ADSyncSyncCycle, so the cycle stopped is one that another \
      shell runs on the same lab; in the shell running it, Ctrl-C stops it the same way. When \
      no cycle is running nothing happens. Nothing is written to the pipeline.
      """,
    parameters: [],
    examples: [
      CmdletExample(
        "Stop-ADSyncSyncCycle; (Get-ADSyncScheduler).SyncCycleInProgress",
        remarks: "No cycle runs, so nothing is stopped.", prints: "False\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADSync.service(context).requestCycleStop()
  }
}
