import Foundation
import GRDB

/// Purging the run history (Start-ADSyncPurgeRunHistory).
///
/// A run is purged when it ended at or before the cut-off, as the sync service's ClearRuns does
/// with its date; the cut-off is the service's clock less the interval to keep.
extension SyncService {
  /// Deletes the runs that ended `interval` seconds or more ago and returns how many went.
  ///
  /// A nil interval keeps the scheduler's PurgeRunHistoryInterval (7 days in a new lab); a
  /// negative one throws `invalidValue` and deletes nothing.
  @discardableResult
  public func purgeRunHistory(keeping interval: TimeInterval? = nil) throws -> Int {
    if let interval, !(interval >= 0) {
      let seconds = interval.isFinite ? Int(-interval) : 0
      throw SyncError.invalidValue(
        name: "PurgeRunHistoryInterval", value: "-" + TimeSpanText.format(seconds))
    }
    let date = now()
    return try store.write { db in
      let kept =
        try interval
        ?? TimeSpanText.seconds(try Self.scheduler(db).purgeRunHistoryInterval).map(Double.init)
        ?? 7 * 86_400
      try db.execute(
        sql: "DELETE FROM sync_run WHERE endDate <= ?",
        arguments: [date.timeIntervalSince1970 - kept])
      return db.changesCount
    }
  }

  /// Deletes the whole run history (Start-ADSyncPurgeRunHistory -Offline); returns how many
  /// runs were deleted.
  @discardableResult
  public func purgeAllRunHistory() throws -> Int {
    try store.write { db in
      try db.execute(sql: "DELETE FROM sync_run")
      return db.changesCount
    }
  }
}
