import Foundation
import GRDB
import Testing

@testable import IdentityEngine

/// A lab file is adsh's own: a file that is anything else is refused and left byte-for-byte as
/// it was, a damaged lab is reported instead of reseeded, and storage failures name the file.
@Suite struct LabFileTests {
  /// A folder of its own for each test, removed when the test ends.
  final class Scratch {
    let url: URL

    init() throws {
      url = FileManager.default.temporaryDirectory
        .appendingPathComponent("adsh-labfile-\(UUID().uuidString)", isDirectory: true)
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }  // best effort: a temp folder

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Every file of the folder with its bytes: what "left unchanged" compares.
    func contents() throws -> [String: Data] {
      var result: [String: Data] = [:]
      for name in try FileManager.default.contentsOfDirectory(atPath: url.path) {
        result[name] = try Data(contentsOf: url.appendingPathComponent(name))
      }
      return result
    }
  }

  /// Writes a database as another program would, with a connection closed afterwards.
  static func database(_ path: String, _ sql: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: sql) }
    try queue.close()
  }

  /// Creates a seeded lab at `path`, runs `sql` on it, and closes every connection.
  static func lab(_ path: String, then sql: String? = nil) throws {
    do {
      let lab = try Lab(path: path)
      try lab.store.checkpoint()
    }
    if let sql { try database(path, sql) }
  }

  @Test func anotherProgramsDatabaseIsRefusedAndLeftByteForByte() throws {
    let scratch = try Scratch()
    let path = scratch.path("notes.db")
    try Self.database(path, "CREATE TABLE notes(t); INSERT INTO notes VALUES('x')")
    let before = try scratch.contents()
    #expect(
      throws: LabError.notALab(path: path, reason: "it holds tables of another program (notes)")
    ) { try Lab(path: path) }
    #expect(try scratch.contents() == before)
  }

  @Test func anotherGRDBProgramsDatabaseIsRefused() throws {
    let scratch = try Scratch()
    let path = scratch.path("app.db")
    var migrator = DatabaseMigrator()
    migrator.registerMigration("createNotes") { try $0.execute(sql: "CREATE TABLE notes(t)") }
    do {
      let queue = try DatabaseQueue(path: path)
      try migrator.migrate(queue)
      try queue.close()
    }
    let before = try scratch.contents()
    #expect(throws: LabError.self) { try Lab(path: path) }
    #expect(try scratch.contents() == before)
  }

  @Test func aFileThatIsNotSQLiteIsRefused() throws {
    let scratch = try Scratch()
    let path = scratch.path("notes.txt")
    try Data("my notes\n".utf8).write(to: URL(fileURLWithPath: path))
    #expect(throws: LabError.notALab(path: path, reason: "it is not a SQLite database")) {
      try Lab(path: path)
    }
    #expect(try scratch.contents() == ["notes.txt": Data("my notes\n".utf8)])
  }

  @Test func aLabOfANewerSchemaIsRefusedBeforeAnythingIsWritten() throws {
    let scratch = try Scratch()
    let path = scratch.path("lab.sqlite")
    try Self.lab(
      path,
      then: "INSERT INTO grdb_migrations VALUES ('v9-future'); PRAGMA user_version = 9")
    let before = try scratch.contents()
    #expect(
      throws: LabError.newerSchema(
        path: path, found: 9, supported: LabStore.schemaVersion,
        unknownMigrations: ["v9-future"])
    ) { try Lab(path: path) }
    #expect(try scratch.contents() == before)
    #expect(
      LabError.newerSchema(path: "l", found: 9, supported: 5, unknownMigrations: []).message
        == "The lab 'l' has schema version 9, newer than this adsh reads (schema version 5). "
        + "adsh left it unchanged; open it with the adsh that wrote it.")
  }

  @Test func aNewLabIsStampedWithTheApplicationIdAndSchemaVersion() throws {
    let scratch = try Scratch()
    let path = scratch.path("lab.sqlite")
    try Data().write(to: URL(fileURLWithPath: path))
    try Self.lab(path)
    let queue = try DatabaseQueue(path: path)
    let (applicationID, version) = try queue.read { db in
      (
        try Int32.fetchOne(db, sql: "PRAGMA application_id"),
        try Int.fetchOne(db, sql: "PRAGMA user_version")
      )
    }
    #expect(applicationID == 0x6164_7368)
    #expect(version == LabStore.schemaVersion)
  }

  @Test func aLabFromBeforeTheStampOpensAndIsStamped() throws {
    let scratch = try Scratch()
    let path = scratch.path("lab.sqlite")
    try Self.lab(path, then: "PRAGMA application_id = 0; PRAGMA user_version = 0")
    let lab = try Lab(path: path)
    #expect(try lab.directory.domain().dnsName == "contoso.com")
  }

  @Test func aLabWithoutItsDomainIsReportedNeverReseeded() throws {
    let scratch = try Scratch()
    let path = scratch.path("lab.sqlite")
    try Self.lab(path, then: "DELETE FROM setting WHERE key = 'domain.dn'")
    let count = "SELECT (SELECT count(*) FROM object) || ' ' || (SELECT count(*) FROM setting)"
    let before = try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: count) }
    #expect(throws: LabError.noDomain(path: path)) { try Lab(path: path) }
    // Opening for writing touches the schema cookie (GRDB's WAL set-up), never a row.
    #expect(try DatabaseQueue(path: path).read { try String.fetchOne($0, sql: count) } == before)
    // Reset-ADLab's way in: open it as damaged, then erase and seed it.
    let lab = try Lab(path: path, allowDamaged: true)
    try lab.reset()
    #expect(try lab.directory.domain().dnsName == "contoso.com")
  }

  @Test func anEmptyLabIsSeeded() throws {
    let scratch = try Scratch()
    let path = scratch.path("lab.sqlite")
    // A lab whose seeding never committed: the migrations ran, no table has a row.
    do {
      let store = try LabStore(path: path)
      #expect(try store.appliedMigrations().count == LabStore.schemaVersion)
    }
    #expect(try Lab(path: path).directory.domain().dnsName == "contoso.com")
  }

  @Test func aBusyLabNamesWhatHoldsItsWriteLock() throws {
    let scratch = try Scratch()
    let path = scratch.path("lab.sqlite")
    let lab = try Lab(path: path)
    let holding = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let holder = try DatabaseQueue(path: path)
    DispatchQueue.global().async {
      // The test ends by releasing it; a failure here shows as a missing holder below.
      try? holder.write { db in
        try db.execute(sql: "UPDATE setting SET value = value WHERE key = 'usn'")
        holding.signal()
        release.wait()
      }
    }
    holding.wait()
    defer { release.signal() }
    #expect(LabLockHolder.describe(labPath: path) == "this shell")
    let busy = lab.store.labError(DatabaseError(resultCode: .SQLITE_BUSY))
    #expect(busy == .busy(path: path, holder: "this shell"))
    #expect(
      busy.message
        == "The lab '\(path)' is busy: this shell holds its write lock; adsh waited 5 seconds "
        + "for it. Try again when that has finished.")
  }

  @Test func longFlatFiltersStayWithinSQLitesExpressionDepth() throws {
    let lab = try Lab(path: ":memory:")
    let terms = (0..<10_000).map { "(cn=nobody\($0))" }.joined()
    #expect(try names(lab, "(|\(terms)(cn=Bob Smith))") == ["Bob Smith"])
    let negations = String(repeating: "(!(cn=zz))", count: 3_000)
    #expect(try names(lab, "(&(cn=Bob*)\(negations))") == ["Bob Smith"])
    let many = (0..<10_000).map { "displayName eq 'g\($0)'" }.joined(separator: " or ")
    #expect(
      try lab.tenant.groups(matching: ODataFilterParser.parse(many, for: .group).predicate).isEmpty)
  }
}
