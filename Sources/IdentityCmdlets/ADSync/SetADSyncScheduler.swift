import IdentityEngine
import ShellCore

/// Changes the sync scheduler's settings; prints nothing.
final class SetADSyncScheduler: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-ADSyncScheduler", synopsis: "Changes the sync scheduler's settings.",
    parameters: [
      ParameterDeclaration("CustomizedSyncCycleInterval", .string, position: 0),
      ParameterDeclaration("SyncCycleEnabled", .bool, position: 1),
      ParameterDeclaration(
        "NextSyncCyclePolicyType", .string, position: 2,
        validValues: ["Unspecified", "Delta", "Initial"]),
      ParameterDeclaration("PurgeRunHistoryInterval", .string, position: 3),
      ParameterDeclaration("MaintenanceEnabled", .bool, position: 4),
      ParameterDeclaration("SchedulerSuspended", .bool, position: 5),
      ParameterDeclaration("Force", .switchParameter),
    ],
    examples: [
      CmdletExample(
        "Set-ADSyncScheduler -SyncCycleEnabled $false; (Get-ADSyncScheduler).SyncCycleEnabled",
        remarks: "Turns the scheduler off.", prints: "False\n")
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    var change = SyncService.SchedulerChange()
    change.customizedSyncCycleInterval = ADSync.string(context, "CustomizedSyncCycleInterval")
    change.syncCycleEnabled = ADSync.flag(context, "SyncCycleEnabled")
    change.nextSyncCyclePolicyType = ADSync.string(context, "NextSyncCyclePolicyType").map {
      name in
      ["Unspecified", "Delta", "Initial"].first { $0.lowercased() == name.lowercased() } ?? name
    }
    change.purgeRunHistoryInterval = ADSync.string(context, "PurgeRunHistoryInterval")
    change.maintenanceEnabled = ADSync.flag(context, "MaintenanceEnabled")
    change.schedulerSuspended = ADSync.flag(context, "SchedulerSuspended")
    try ADSync.run(context) { try ADSync.service(context).setScheduler(change) }
  }
}
