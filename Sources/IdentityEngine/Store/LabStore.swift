import Foundation
import GRDB

/// The lab's SQLite database: one file (or memory) holding every directory object.
///
/// Policy: the store is the truth. Each state-changing operation runs in exactly one write
/// transaction (`write`), so a failure or a crash never leaves half an operation; reads go
/// through `read` and load only the rows a query needs. The file is in WAL mode with a busy
/// handler, so two shells can share one lab: readers never block the writer, and a second
/// writer waits (up to `busyTimeout` seconds) instead of failing at once; a long operation
/// lets it in between two batches (LabStore+Waiting). A file is inspected
/// before it is opened for writing (`LabFile`): only a new or empty file becomes a lab, and a
/// file that cannot be written is opened read-only. Every storage failure leaves as a
/// `LabError` naming the file.
public final class LabStore {
  let queue: DatabaseQueue
  /// Where the lab lives; `:memory:` for a throw-away lab.
  public let path: String
  /// True when the file cannot be written: reads work, every write fails with `readOnly`.
  public let isReadOnly: Bool
  /// How long a writer waits for another connection's write transaction.
  public static let busyTimeout: TimeInterval = 5
  /// The schema version this adsh writes: the number of migrations it knows.
  public static var schemaVersion: Int { migrator.migrations.count }
  /// Whether the running operation should stop (LabStore+Stopping); it outlives the connection.
  let stopQuestion = StopQuestion()
  /// This connection's waits for the lab, and the batch clock of a long write.
  let waits: WriterWaits

  /// Opens (creating when needed) and migrates the lab at `path`.
  public init(path: String) throws {
    self.path = path
    let waits = WriterWaits(labPath: path)
    self.waits = waits
    var configuration = Configuration()
    configuration.foreignKeysEnabled = true
    configuration.busyMode = .callback { tries in waits.shouldRetry(tries) }
    // A sync cycle over a large lab writes far more than SQLite's default 2 MB page cache
    // holds; a larger cache keeps hot pages from being spilled to the log again and again.
    // Statement journals (one per savepoint, and per statement that may fail halfway inside a
    // transaction) stay in memory: on disk, a sync export wrote a temporary file a million
    // times for 10,000 groups.
    let question = stopQuestion
    configuration.prepareDatabase { db in
      LabStore.installStopHandler(db, asking: question)
      try db.execute(sql: "PRAGMA cache_size = -65536")
      try db.execute(sql: "PRAGMA temp_store = MEMORY")
    }
    if path == ":memory:" {
      isReadOnly = false
      queue = try LabStore.opening(path) { try DatabaseQueue(configuration: configuration) }
      try migrate()
      return
    }
    let state = try LabFile.inspect(path, known: LabStore.migrator.migrations)
    isReadOnly = state != .new && access(path, W_OK) != 0
    if isReadOnly {
      // A lab that cannot be written can still be read, if it needs no migration.
      guard case .lab(let applied) = state, applied.count == LabStore.schemaVersion else {
        throw LabError.readOnly(path: path)
      }
      configuration.readonly = true
    } else {
      configuration.journalMode = .wal
      if let problem = LabFile.createDirectory(of: path) {
        throw LabError.storage(path: path, message: problem)
      }
    }
    let location = isReadOnly ? LabFile.readOnlyLocation(path) : path
    queue = try LabStore.opening(path) {
      try DatabaseQueue(path: location, configuration: configuration)
    }
    if !isReadOnly { try migrate() }
  }

  /// Runs the migrations not applied yet and stamps the file as a lab of this schema version.
  func migrate() throws {
    do {
      try LabStore.migrator.migrate(queue)
      try queue.writeWithoutTransaction { db in
        let version = LabStore.schemaVersion
        if try Int32.fetchOne(db, sql: "PRAGMA application_id") != LabFile.applicationID {
          try db.execute(sql: "PRAGMA application_id = \(LabFile.applicationID)")
        }
        if try Int.fetchOne(db, sql: "PRAGMA user_version") != version {
          try db.execute(sql: "PRAGMA user_version = \(version)")
        }
      }
    } catch let error as DatabaseError {
      throw labError(error)
    }
  }

  private static func opening(_ path: String, _ open: () throws -> DatabaseQueue) throws
    -> DatabaseQueue
  {
    do {
      return try open()
    } catch let error as DatabaseError {
      throw LabError.storage(path: path, message: error.message ?? error.description)
    }
  }

  /// The `LabError` for a failure of the storage engine.
  func labError(_ error: DatabaseError) -> LabError {
    switch error.resultCode {
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return .busy(path: path, holder: LabLockHolder.describe(labPath: path))
    case .SQLITE_READONLY:
      return .readOnly(path: path)
    case .SQLITE_INTERRUPT:
      return .stopped(path: path)
    default:
      return .storage(path: path, message: error.message ?? error.description)
    }
  }

  /// Runs `body` in one write transaction; any thrown error rolls everything back.
  public func write<T>(_ body: (Database) throws -> T) throws -> T {
    if isReadOnly { throw LabError.readOnly(path: path) }
    defer { waits.release() }
    do {
      return try queue.write { db in
        waits.release()
        waits.batchStart = WriterWaits.now()
        return try LabStore.holdingCounters(db) { try body(db) }
      }
    } catch let error as DatabaseError {
      throw labError(error)
    } catch let error as RowDecodingError {
      throw LabError.unreadableValue(path: path, detail: "\(error)")
    }
  }

  /// Runs `body` with a consistent read-only view of the lab.
  public func read<T>(_ body: (Database) throws -> T) throws -> T {
    defer { waits.release() }
    do {
      return try queue.read(body)
    } catch let error as DatabaseError {
      throw labError(error)
    } catch let error as RowDecodingError {
      throw LabError.unreadableValue(path: path, detail: "\(error)")
    }
  }

  /// Copies the write-ahead log into the database file and empties it.
  ///
  /// A shell exits without closing the lab, so a log left large by a bulk load would be read
  /// whole by every later process that opens it (SQLite's WAL recovery).
  public func checkpoint() throws {
    if isReadOnly { return }
    defer { waits.release() }
    do {
      try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    } catch let error as DatabaseError {
      throw labError(error)
    }
  }

  /// The migrations applied so far, for example `["v1", "v2"]`.
  public func appliedMigrations() throws -> [String] {
    try read { try LabStore.migrator.appliedMigrations($0) }
  }

  /// The file of the connection's main database, `:memory:` for a lab in memory.
  static func filePath(_ db: Database) throws -> String {
    let file = try String.fetchOne(db, sql: "SELECT file FROM pragma_database_list WHERE seq = 0")
    guard let file, !file.isEmpty else { return ":memory:" }
    return file
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
