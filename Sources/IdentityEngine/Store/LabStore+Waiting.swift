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

/// One store's side of the waiting file: its lock while it waits, and its batch clock.
final class WriterWaits: @unchecked Sendable {
  /// The file beside the lab; nil for a lab in memory.
  let path: String?
  private let lock = NSLock()
  /// The descriptor holding the shared lock while this connection waits; -1 when not waiting.
  private var waitingDescriptor: Int32 = -1
  /// When this connection began waiting, in seconds of the monotonic clock.
  private var waitStart: Double = 0
  /// The descriptor used to look for other connections' waits; -1 until the file exists.
  private var probeDescriptor: Int32 = -1
  /// When the running transaction began, or last let waiting writers in.
  var batchStart: Double = 0
  /// When waiting writers were last looked for.
  var lastLook: Double = 0

  init(labPath: String) {
    path = labPath == ":memory:" || labPath.isEmpty ? nil : labPath + "-waiting"
  }

  /// The monotonic clock in seconds.
  static func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }

  /// SQLite's busy handler: announces the wait, sleeps a little and says whether to try again.
  func shouldRetry(_ tries: Int) -> Bool {
    lock.withLock {
      if tries == 0 || waitingDescriptor < 0 {
        waitStart = WriterWaits.now()
        announce()
      }
    }
    if WriterWaits.now() - waitStart >= LabStore.busyTimeout { return false }
    usleep(useconds_t(min(tries + 1, 5) * 1000))
    return true
  }

  /// Takes the shared lock that tells the connection holding the lab that this one waits.
  private func announce() {
    guard let path, waitingDescriptor < 0 else { return }
    let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
    // A directory that refuses the file leaves the writer waiting without announcing itself.
    guard descriptor >= 0 else { return }
    if flock(descriptor, LOCK_SH) != 0 {
      close(descriptor)
      return
    }
    waitingDescriptor = descriptor
  }

  /// Lets go of the shared lock once this connection has the lab or has given up.
  func release() {
    lock.withLock {
      guard waitingDescriptor >= 0 else { return }
      close(waitingDescriptor)
      waitingDescriptor = -1
    }
  }

  /// Whether another connection waits for the lab now.
  var hasWaiters: Bool {
    lock.withLock {
      guard let path else { return false }
      if probeDescriptor < 0 {
        probeDescriptor = open(path, O_RDWR | O_CLOEXEC)
        if probeDescriptor < 0 { return false }  // no one has waited on this lab yet
      }
      if flock(probeDescriptor, LOCK_EX | LOCK_NB) == 0 {
        flock(probeDescriptor, LOCK_UN)
        return false
      }
      return errno == EWOULDBLOCK
    }
  }

  deinit {
    if waitingDescriptor >= 0 { close(waitingDescriptor) }
    if probeDescriptor >= 0 { close(probeDescriptor) }
  }
}

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
