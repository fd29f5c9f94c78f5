import Foundation
import GRDB

/// What the file at a lab path is, found out before anything is written to it.
///
/// Policy: adsh creates a lab only in a new or empty file, and opens only files that are adsh
/// labs of a schema it knows. Anything else (another program's database, a file that is not
/// SQLite, a lab written by a newer adsh) is refused with a `LabError`, and the file is left
/// byte-for-byte as it was: the inspection reads the header and opens the database read-only.
enum LabFile {
  /// `PRAGMA application_id` of every lab, "adsh" in ASCII: the header says whose file it is.
  static let applicationID: Int32 = 0x6164_7368

  enum State: Equatable {
    /// No file, an empty file, or a SQLite database without tables: a new lab goes there.
    case new
    /// An adsh lab with these migrations applied.
    case lab(applied: Set<String>)
  }

  /// Inspects `path`; `known` lists the migrations this adsh has, oldest first.
  static func inspect(_ path: String, known: [String]) throws -> State {
    guard let size = try fileSize(path), size > 0 else { return .new }
    let header = try readHeader(path)
    guard header.starts(with: Array("SQLite format 3\u{0}".utf8)) else {
      throw LabError.notALab(path: path, reason: "it is not a SQLite database")
    }
    var configuration = Configuration()
    configuration.readonly = true
    let facts: (tables: [String], applicationID: Int32, userVersion: Int, applied: [String])
    do {
      // Without a log there is nothing but the file to read: opened as immutable, SQLite
      // creates no `-wal` or `-shm` beside it, so the folder is left as it was too.
      let hasLog = FileManager.default.fileExists(atPath: path + "-wal")
      let queue = try DatabaseQueue(
        path: hasLog ? path : immutableLocation(path), configuration: configuration)
      facts = try queue.read { db in
        let tables = try String.fetchAll(
          db,
          sql: "SELECT name FROM sqlite_master WHERE type = 'table' "
            + "AND name NOT LIKE 'sqlite_%' ORDER BY name")
        let applied =
          tables.contains("grdb_migrations")
          ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
        return (
          tables, try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0,
          try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0, applied
        )
      }
      try queue.close()
    } catch let error as DatabaseError {
      throw LabError.notALab(path: path, reason: "SQLite cannot read it (\(error.message ?? ""))")
    }
    if facts.tables.isEmpty && facts.applicationID == 0 { return .new }
    if facts.applicationID != 0 && facts.applicationID != applicationID {
      throw LabError.notALab(
        path: path,
        reason: "its SQLite application id is \(facts.applicationID), another program's")
    }
    // Labs written before the application id was set are recognised by their first migration.
    guard facts.applicationID == applicationID || facts.applied.contains(known[0]) else {
      let shown = facts.tables.prefix(5).joined(separator: ", ")
      let more = facts.tables.count > 5 ? ", ..." : ""
      throw LabError.notALab(
        path: path, reason: "it holds tables of another program (\(shown)\(more))")
    }
    let unknown = facts.applied.filter { !known.contains($0) }.sorted()
    if facts.userVersion > known.count || !unknown.isEmpty {
      throw LabError.newerSchema(
        path: path, found: max(facts.userVersion, facts.applied.count), supported: known.count,
        unknownMigrations: unknown)
    }
    return .lab(applied: Set(facts.applied))
  }

  /// What to open to read `path` when it cannot be written.
  ///
  /// SQLite reads a WAL-mode database through its `-shm` file, which it must be able to create
  /// when it is missing; in a folder this user cannot write, it then refuses ("attempt to
  /// write a readonly database"). With no `-wal` file there is no log to read, and the file
  /// can be opened as immutable instead. Otherwise the path itself is opened.
  static func readOnlyLocation(_ path: String) -> String {
    let fileManager = FileManager.default
    let folder = (path as NSString).deletingLastPathComponent
    guard !fileManager.fileExists(atPath: path + "-wal"),
      !fileManager.fileExists(atPath: path + "-shm"),
      access(folder.isEmpty ? "." : folder, W_OK) != 0
    else { return path }
    return immutableLocation(path)
  }

  /// The URI that opens `path` as an immutable database: no locks, no side files.
  static func immutableLocation(_ path: String) -> String {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let encoded =
      absolute.addingPercentEncoding(
        withAllowedCharacters: .urlPathAllowed.subtracting(["?", "#"]))
      ?? absolute
    return "file:\(encoded)?immutable=1"
  }

  /// The file's size, or nil when there is no file.
  private static func fileSize(_ path: String) throws -> Int? {
    var info = stat()
    if stat(path, &info) != 0 {
      if errno == ENOENT { return nil }
      throw LabError.storage(path: path, message: String(cString: strerror(errno)))
    }
    if (info.st_mode & S_IFMT) == S_IFDIR {
      throw LabError.notALab(path: path, reason: "it is a directory")
    }
    return Int(info.st_size)
  }

  /// The first 16 bytes, where a SQLite database has its magic string.
  private static func readHeader(_ path: String) throws -> [UInt8] {
    guard let handle = FileHandle(forReadingAtPath: path) else {
      throw LabError.storage(path: path, message: "it cannot be read")
    }
    defer { try? handle.close() }  // A failed close of a file only read loses nothing.
    do {
      return Array(try handle.read(upToCount: 16) ?? Data())
    } catch {
      throw LabError.storage(path: path, message: "\(error.localizedDescription)")
    }
  }

  /// Creates the directory that holds `path` (and its parents) when missing.
  ///
  /// Nil when it is there; else the problem naming the directory and the system's reason
  /// ("Permission denied"), rather than Foundation's error-domain text.
  static func createDirectory(of path: String) -> String? {
    let directory = (path as NSString).deletingLastPathComponent
    var made = directory.hasPrefix("/") ? "" : "."
    for component in directory.split(separator: "/", omittingEmptySubsequences: true) {
      made += "/" + component
      if mkdir(made, 0o755) == 0 { continue }
      let reason = errno
      var info = stat()
      if reason == EEXIST, stat(made, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { continue }
      if reason == EEXIST { return "cannot create the directory '\(made)': it is a file" }
      return "cannot create the directory '\(made)': \(String(cString: strerror(reason)))"
    }
    return nil
  }
}
