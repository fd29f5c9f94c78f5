import Foundation
import GRDB

/// The lab's SQLite database: one file (or memory) holding every directory object.
///
/// Policy: the store is the truth. Each state-changing operation runs in exactly one write
/// transaction (`write`), so a failure or a crash never leaves half an operation; reads go
/// through `read` and load only the rows a query needs. The file is in WAL mode with a busy
/// timeout, so two shells can share one lab: readers never block the writer, and a second
/// writer waits up to five seconds instead of failing at once.
public final class LabStore {
  let queue: DatabaseQueue
  /// Where the lab lives; `:memory:` for a throw-away lab.
  public let path: String

  /// Opens (creating when needed) and migrates the lab at `path`.
  public init(path: String) throws {
    self.path = path
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .timeout(5)
    // A sync cycle over a large lab writes far more than SQLite's default 2 MB page cache
    // holds; a larger cache keeps hot pages from being spilled to the log again and again.
    // Statement journals (one per savepoint, and per statement that may fail halfway inside a
    // transaction) stay in memory: on disk, a sync export wrote a temporary file a million
    // times for 10,000 groups.
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA cache_size = -65536")
      try db.execute(sql: "PRAGMA temp_store = MEMORY")
    }
    do {
      if path == ":memory:" {
        queue = try DatabaseQueue(configuration: configuration)
      } else {
        configuration.journalMode = .wal
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        queue = try DatabaseQueue(path: path, configuration: configuration)
      }
      try LabStore.migrator.migrate(queue)
    } catch let error as DirectoryError {
      throw error
    } catch {
      throw DirectoryError.storeUnavailable("\(path): \(error)")
    }
  }

  /// Runs `body` in one write transaction; any thrown error rolls everything back.
  public func write<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try queue.write { db in try LabStore.holdingCounters(db) { try body(db) } }
    } catch let error as DatabaseError {
      throw DirectoryError.storeUnavailable(error.description)
    }
  }

  /// Runs `body` with a consistent read-only view of the lab.
  public func read<T>(_ body: (Database) throws -> T) throws -> T {
    do {
      return try queue.read(body)
    } catch let error as DatabaseError {
      throw DirectoryError.storeUnavailable(error.description)
    }
  }

  /// Copies the write-ahead log into the database file and empties it.
  ///
  /// A shell exits without closing the lab, so a log left large by a bulk load would be read
  /// whole by every later process that opens it (SQLite's WAL recovery).
  public func checkpoint() throws {
    do {
      try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    } catch let error as DatabaseError {
      throw DirectoryError.storeUnavailable(error.description)
    }
  }

  /// The migrations applied so far, for example `["v1"]`.
  public var schemaVersions: [String] {
    (try? queue.read { try LabStore.migrator.appliedMigrations($0) }) ?? []
  }

  /// A lab setting (domain name, counters) read inside a transaction.
  static func setting(_ db: Database, _ key: String) throws -> String? {
    if let held = heldCounter(db, key) { return String(held) }
    return try storedSetting(db, key)
  }

  /// A lab setting as the database holds it.
  static func storedSetting(_ db: Database, _ key: String) throws -> String? {
    try String.fetchOne(
      db.cachedStatement(sql: "SELECT value FROM setting WHERE key = ?"), arguments: [key])
  }

  /// Writes a lab setting inside a transaction.
  static func setSetting(_ db: Database, _ key: String, _ value: String) throws {
    forgetHeldCounter(db, key)
    try storeSetting(db, key, value)
  }

  /// Writes a lab setting to the database.
  static func storeSetting(_ db: Database, _ key: String, _ value: String) throws {
    try db.cachedStatement(
      sql: "INSERT INTO setting(key, value) VALUES (?, ?) "
        + "ON CONFLICT(key) DO UPDATE SET value = excluded.value"
    ).execute(arguments: [key, value])
  }
}
