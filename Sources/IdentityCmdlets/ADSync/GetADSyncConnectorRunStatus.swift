import IdentityEngine
import ShellCore

/// Gets the connectors that are running a run profile: nothing while the sync engine is idle.
final class GetADSyncConnectorRunStatus: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncConnectorRunStatus", synopsis: "Gets the run status of busy connectors.",
    description: """
      While a cycle runs, returns one object per busy connector with RunState (Busy) and \
      ConnectorName; while the engine is idle, returns nothing, as the module does. The lab \
      runs each cycle inside the command that starts it (Start-ADSyncSyncCycle, or the \
      scheduler between prompts), so between commands no connector is ever busy and this \
      cmdlet returns nothing. The type name of the objects is unconfirmed.
      """,
    parameters: [],
    examples: [
      CmdletExample(
        "$null = Start-ADSyncSyncCycle; @(Get-ADSyncConnectorRunStatus).Count",
        remarks: "The cycle has finished when the command returns: no connector is busy.",
        prints: "0\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let service = try ADSync.service(context)
    let statuses = try ADSync.run(context) { () -> [ConnectorRunStatus] in
      guard try service.scheduler().syncCycleInProgress else { return [] }
      return try service.connectorRunStatus()
    }
    for status in statuses {
      let object = ADSync.object(
        "ConnectorRunStatus",
        [("RunState", .string(status.runState)), ("ConnectorName", .string(status.connectorName))])
      try context.write(.object(object))
    }
  }
}
