import Foundation

/// The scheduler's own cycles: the lab's stand-in for the service that starts a cycle every
/// CurrentlyEffectiveSyncCycleInterval.
///
/// Policy: the lab has no background thread; the interactive shell asks between entries
/// whether a cycle is due (`runScheduledCycleIfDue`) and runs it then. A cycle is due when
/// the scheduler's SyncCycleEnabled is on, it is not suspended, no cycle is running, and
/// NextSyncCycleStartTimeInUTC has passed but not before the shell opened the lab: a start
/// time that went by while no shell had the lab open is not made up for (the lab's service
/// was not running), so opening a lab last used long ago changes nothing by itself; the next
/// cycle anyone starts sets a new start time and the schedule goes on from there. A
/// scheduled cycle runs the scheduler's next policy (NextSyncCyclePolicyType) and, like every
/// cycle, sets the next start one interval later.
extension SyncService {
  /// Runs the scheduler's next cycle when it fell due between `opened` and `date`; nil when
  /// none was due.
  @discardableResult
  public func runScheduledCycleIfDue(at date: Date, openedAt opened: Date) throws
    -> CycleOutcome?
  {
    let settings = try scheduler()
    let next = settings.nextSyncCycleStartTimeInUTC
    guard settings.syncCycleEnabled, !settings.schedulerSuspended,
      !settings.syncCycleInProgress, next <= date, next >= opened
    else { return nil }
    return try startSyncCycle(policy: nil)
  }
}
