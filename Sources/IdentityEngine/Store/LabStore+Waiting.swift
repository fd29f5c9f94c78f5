// Writers from several shells on one lab: SQLite lets one connection write at a time, and a
// sync run step over a large lab is a long write. So that an AD or Graph change in another shell
// waits about a second instead of for the whole step, the two sides talk through a file beside
// the lab, `<lab>-waiting`:
//
// - A connection that finds the lab busy takes a shared lock (flock) on that file while it
//   waits, through its busy handler, and lets go once its own transaction has ended.
// - A long operation calls `yieldToWaitingWriters` between two objects. When it has held the
//   lab for `batchLength` and someone holds the shared lock, it commits what it did so far,
//   waits until the waiting writers are done (at most `yieldLength`), and begins a new
//   transaction. Before that commit it runs its own `marking` block, which records in the lab
//   that the operation is half done (a sync step asks for a full step next time), so a crash
//   after the commit still converges.
//
// A writer that waits longer than `busyTimeout` (an operation that does not yield, such as a
// bulk load) gets `LabError.busy` naming the process that holds the lab.

import Foundation
import GRDB
import GRDBSQLite

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension LabStore {
  /// How long a long operation holds the lab before it lets a waiting writer in.
  static let batchLength = 0.2
  /// How long it then waits for the waiting writers to finish, at most.
  static let yieldLength = 1.0

  /// Between two objects of a long write: commits and lets waiting writers in, when some wait.
  ///
  /// Does nothing for the first `batchLength` of the transaction, or when no other connection
  /// waits. Otherwise runs `marking` (in the transaction, before the commit: it records that
  /// the operation is half done), writes back the held counters, commits, waits until the
  /// other writers are done (at most `yieldLength`) and begins a new transaction. Returns
  /// whether it committed. Must be called outside any savepoint and open cursor.
  @discardableResult
  public func yieldToWaitingWriters(_ db: Database, marking: () throws -> Void) throws -> Bool {
    if isReadOnly || waits.path == nil { return false }
    let now = WriterWaits.now()
    guard now - waits.batchStart >= LabStore.batchLength, now - waits.lastLook >= 0.01 else {
      return false
    }
    waits.lastLook = now
    guard waits.hasWaiters else { return false }
    try marking()
    try LabStore.storeHeldCounters(db)
    try execute(db, "COMMIT")
    let deadline = WriterWaits.now() + LabStore.yieldLength
    while waits.hasWaiters, WriterWaits.now() < deadline { usleep(2000) }
    defer { waits.release() }
    try execute(db, "BEGIN IMMEDIATE")
    waits.batchStart = WriterWaits.now()
    return true
  }

  /// Runs a transaction statement on the connection directly, under GRDB's transaction block
  /// (GRDB refuses statements there while no transaction is open).
  private func execute(_ db: Database, _ sql: String) throws {
    let code = sqlite3_exec(db.sqliteConnection, sql, nil, nil, nil)
    guard code == SQLITE_OK else {
      let message = String(cString: sqlite3_errmsg(db.sqliteConnection))
      throw labError(DatabaseError(resultCode: ResultCode(rawValue: code), message: message))
    }
  }
}
