import ShellCore

/// Gets the sync scheduler's settings.
final class GetADSyncScheduler: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncScheduler", synopsis: "Gets the sync scheduler's settings.",
    description: """
      At the interactive prompt the scheduler runs a cycle of NextSyncCyclePolicyType between \
      entries once NextSyncCycleStartTimeInUTC has passed, unless SyncCycleEnabled is off or \
      the scheduler is suspended; every cycle sets the next start one \
      CurrentlyEffectiveSyncCycleInterval later. A start time that went by while no shell had \
      the lab open is not made up for.
      """,
    parameters: [],
    examples: [
      CmdletExample(
        "(Get-ADSyncScheduler).CurrentlyEffectiveSyncCycleInterval.ToString()",
        remarks: "The interval the scheduler uses.", prints: "00:30:00\n"),
      CmdletExample(
        "(Get-ADSyncScheduler).AllowedSyncCycleInterval.TotalMinutes",
        remarks: "The intervals are TimeSpan values.", prints: "30\n"),
    ], module: ADSync.module, outputType: ADSyncOutputTypes.scheduler)

  required init() {}

  func process(_ context: CommandContext) throws {
    let settings = try ADSync.run(context) { try ADSync.service(context).scheduler() }
    try context.write(.object(ADSyncObjects.scheduler(settings)))
  }
}
