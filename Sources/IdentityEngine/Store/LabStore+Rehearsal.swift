import Foundation
import GRDB

/// Rehearsals: running an operation to see its effect without keeping it.
///
/// Policy: a rehearsal is one write transaction that is always rolled back, so whatever the
/// body changes is visible only inside it, and the lab is left exactly as it was, even when
/// the body succeeds. Other shells sharing the lab wait for it as for any writer.
extension LabStore {
  /// Runs `body` in one write transaction and rolls it back; returns what `body` returned.
  public func rehearse<T>(_ body: (Database) throws -> T) throws -> T {
    if isReadOnly { throw LabError.readOnly(path: path) }
    var result: Result<T, any Error>?
    do {
      try queue.inTransaction { db in
        result = Result { try LabStore.holdingCounters(db) { try body(db) } }
        return .rollback
      }
    } catch let error as DatabaseError {
      throw labError(error)
    }
    // inTransaction always calls its body, which always sets the result.
    guard let result else { throw LabError.storage(path: path, message: "rehearsal did not run") }
    do {
      return try result.get()
    } catch let error as DatabaseError {
      throw labError(error)
    }
  }
}
