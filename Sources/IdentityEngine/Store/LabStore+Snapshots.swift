import Foundation
import GRDB

/// Saving the lab to a file and rolling it back from one, and closing it.
///
/// Policy: a snapshot is a consistent copy made while other shells keep writing (SQLite's
/// `VACUUM INTO` reads one transaction); a restore replaces the whole lab in one step
/// (SQLite's online backup into the open lab), so other shells see either the old lab or the
/// restored one. Both follow the lab-file rule: a snapshot never overwrites a file that is not
/// a lab, and a restore reads only adsh labs of a schema this adsh knows.
extension LabStore {
  /// Writes a copy of the lab to `target`; an existing lab there is replaced only when
  /// `replacing` is given, and anything else there is refused.
  public func snapshot(to target: String, replacing: Bool = false) throws {
    if FileManager.default.fileExists(atPath: target) {
      guard replacing else {
        throw LabError.fileExists(path: target)
      }
      // Only an adsh lab, or a file with nothing in it, is replaced: anything else is refused.
      _ = try LabFile.inspect(target, known: LabStore.migrator.migrations)
      do {
        for suffix in ["", "-wal", "-shm"]
        where FileManager.default.fileExists(atPath: target + suffix) {
          try FileManager.default.removeItem(atPath: target + suffix)
        }
      } catch {
        throw LabError.storage(path: target, message: error.localizedDescription)
      }
    }
    do {
      try queue.writeWithoutTransaction { db in
        try db.execute(sql: "VACUUM INTO ?", arguments: [target])
      }
    } catch let error as DatabaseError {
      throw LabError.storage(path: target, message: error.message ?? error.description)
    }
  }

  /// Replaces the lab's content with the snapshot at `source`, then brings it to this adsh's
  /// schema; the snapshot file is only read.
  public func restore(from source: String) throws {
    if isReadOnly { throw LabError.readOnly(path: path) }
    guard FileManager.default.fileExists(atPath: source) else {
      throw LabError.fileNotFound(path: source)
    }
    guard case .lab = try LabFile.inspect(source, known: LabStore.migrator.migrations) else {
      throw LabError.notALab(path: source, reason: "it is empty")
    }
    var configuration = Configuration()
    configuration.readonly = true
    do {
      let snapshot = try DatabaseQueue(
        path: LabFile.readOnlyLocation(source), configuration: configuration)
      defer { try? snapshot.close() }  // a read-only connection has nothing to lose on close
      try snapshot.backup(to: queue)
    } catch let error as DatabaseError {
      throw labError(error)
    }
    try migrate()
  }

  /// Closes the lab: the last connection to close copies the write-ahead log into the file
  /// and removes it, so the lab file alone holds the lab (and can be copied) once every shell
  /// has exited.
  public func close() throws {
    do {
      try queue.close()
    } catch let error as DatabaseError {
      throw labError(error)
    }
  }

  /// Copies what the write-ahead log holds into the file without waiting for other
  /// connections (a passive checkpoint): after a sync cycle, the file holds the cycle.
  public func checkpointPassively() throws {
    if isReadOnly { return }
    do {
      try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.passive) }
    } catch let error as DatabaseError {
      throw labError(error)
    }
  }
}
