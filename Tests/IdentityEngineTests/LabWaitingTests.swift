import Foundation
import GRDB
import IdentityEngine
import Testing

/// The other shell's side of the test: its lab, and how long its write waited.
private final class OtherShell: @unchecked Sendable {
  let lab: Lab
  private let lock = NSLock()
  private var seconds: Double?
  init(_ lab: Lab) { self.lab = lab }
  var waited: Double? {
    get { lock.withLock { seconds } }
    set { lock.withLock { seconds = newValue } }
  }
}

/// Two shells on one lab: a long write lets a waiting writer in between two batches.
@Suite struct LabWaitingTests {
  /// A lab file in a fresh folder, and a function that removes the folder.
  private func labPath() throws -> (String, () -> Void) {
    let directory = NSTemporaryDirectory() + "adsh-waiting-" + UUID().uuidString
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    return (
      directory + "/lab.sqlite",
      { try? FileManager.default.removeItem(atPath: directory) }  // scratch space only
    )
  }

  @Test func aLongWriteLetsAWaitingWriterInBetweenBatches() throws {
    let (path, cleanUp) = try labPath()
    defer { cleanUp() }
    let long = try Lab(path: path)
    let other = OtherShell(try Lab(path: path))
    let writer = Thread {
      Thread.sleep(forTimeInterval: 0.1)
      let start = Date()
      do {
        try other.lab.store.write { db in
          try db.execute(sql: "INSERT INTO setting(key, value) VALUES ('test.other', '1')")
        }
        other.waited = Date().timeIntervalSince(start)
      } catch {
        other.waited = 99  // a failed write: the #expect below reports it
      }
    }
    var marked = 0
    let yielded = try long.store.write { db -> Bool in
      try db.execute(sql: "INSERT INTO setting(key, value) VALUES ('test.long', '1')")
      writer.start()
      let deadline = Date().addingTimeInterval(4)
      while Date() < deadline {
        let didYield = try long.store.yieldToWaitingWriters(db) {
          marked += 1
          try db.execute(sql: "INSERT INTO setting(key, value) VALUES ('test.mark', '1')")
        }
        if didYield { return true }
        usleep(1000)
      }
      return false
    }
    while other.waited == nil { usleep(1000) }
    #expect(yielded)
    #expect(marked == 1)
    #expect((other.waited ?? 99) < 1)
    let keys = try other.lab.store.read { db in
      try String.fetchAll(db, sql: "SELECT key FROM setting WHERE key LIKE 'test.%' ORDER BY key")
    }
    #expect(keys == ["test.long", "test.mark", "test.other"])
  }
}
