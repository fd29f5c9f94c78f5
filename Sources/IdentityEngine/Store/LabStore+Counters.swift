import Foundation
import GRDB

/// The lab's counters (USN, RID, GUID and sync-id counters, run numbers), held in memory for
/// the length of one write transaction.
///
/// A sync cycle over 100,000 groups takes several hundred thousand numbers; reading and
/// rewriting the `setting` row for each one cost a tenth of the cycle. Inside `write` a
/// counter is read once, counted in memory and written back once, just before the commit.
/// `setting` answers from the held value and `setSetting` drops it, so every reader in the
/// transaction sees the same number. A savepoint rolled back after taking numbers leaves them
/// taken: counters only ever grow, and no number is handed out twice.
extension LabStore {
  /// The held counters of each open write transaction, by its connection.
  nonisolated(unsafe) private static var heldCounters: [ObjectIdentifier: [String: Int64]] = [:]
  private static let heldCountersLock = NSLock()

  /// Runs `body` with the counters held, then writes back those it moved.
  ///
  /// Nothing is written when `body` throws: its transaction is rolled back anyway.
  static func holdingCounters<T>(_ db: Database, _ body: () throws -> T) throws -> T {
    let connection = ObjectIdentifier(db)
    let isOuter = heldCountersLock.withLock {
      guard heldCounters[connection] == nil else { return false }
      heldCounters[connection] = [:]
      return true
    }
    guard isOuter else { return try body() }
    var held: [String: Int64] = [:]
    defer { heldCountersLock.withLock { _ = heldCounters.removeValue(forKey: connection) } }
    let result = try body()
    heldCountersLock.withLock { held = heldCounters[connection] ?? [:] }
    for (key, value) in held.sorted(by: { $0.key < $1.key }) {
      try storeSetting(db, key, String(value))
    }
    return result
  }

  /// Increments an integer counter setting and returns the new value.
  static func nextCounter(_ db: Database, _ key: String) throws -> Int64 {
    let connection = ObjectIdentifier(db)
    let isHeld = heldCountersLock.withLock { heldCounters[connection] != nil }
    guard isHeld else {
      let next = (try storedSetting(db, key).flatMap { Int64($0) } ?? 0) + 1
      try storeSetting(db, key, String(next))
      return next
    }
    var current = heldCounter(db, key)
    if current == nil { current = try storedSetting(db, key).flatMap { Int64($0) } ?? 0 }
    let next = (current ?? 0) + 1
    heldCountersLock.withLock { heldCounters[connection]?[key] = next }
    return next
  }

  /// The in-memory value of a counter this transaction has moved; nil when it has not.
  static func heldCounter(_ db: Database, _ key: String) -> Int64? {
    let connection = ObjectIdentifier(db)
    return heldCountersLock.withLock { heldCounters[connection]?[key] }
  }

  /// Drops a held counter: its setting is being written outright.
  static func forgetHeldCounter(_ db: Database, _ key: String) {
    let connection = ObjectIdentifier(db)
    heldCountersLock.withLock { _ = heldCounters[connection]?.removeValue(forKey: key) }
  }

  /// Writes the held counters of this transaction to the database and forgets their values.
  ///
  /// A long operation that commits halfway (`yieldToWaitingWriters`) calls it first: the
  /// numbers it took are then taken for the writers it lets in, and it reads the counters
  /// again after them, as those writers move them too.
  static func storeHeldCounters(_ db: Database) throws {
    let connection = ObjectIdentifier(db)
    let held = heldCountersLock.withLock {
      guard let held = heldCounters[connection] else { return [String: Int64]() }
      heldCounters[connection] = [:]
      return held
    }
    for (key, value) in held.sorted(by: { $0.key < $1.key }) {
      try storeSetting(db, key, String(value))
    }
  }
}
