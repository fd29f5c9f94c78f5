import Foundation
import GRDB
import Testing

@testable import IdentityEngine

/// JSON kept in the lab that no longer decodes is an error naming its row, never a value
/// quietly dropped or read as empty.
@Suite struct SyncStoredBodyTests {
  @Test func aRuleBodyThatDoesNotDecodeFailsTheCycleNamingTheRule() throws {
    let lab = try Lab(path: ":memory:")
    let rule = try #require(lab.sync.rules().first)
    let runs = try lab.sync.runResults().count
    try lab.store.write { db in
      try db.execute(
        sql: "UPDATE sync_rule SET body = ? WHERE identifier = ?",
        arguments: ["{\"name\":\"\(rule.name)\",\"precedence\":\"high\"}", rule.identifier])
    }
    #expect {
      try lab.sync.startSyncCycle()
    } throws: { error in
      guard case .unreadableRule(let identifier, let name, _)? = error as? SyncError else {
        return false
      }
      return identifier == rule.identifier && name == rule.name
    }
    #expect(try lab.sync.runResults().count == runs)
  }

  @Test func anAttributeMapThatDoesNotDecodeIsNamedByItsRow() throws {
    let lab = try Lab(path: ":memory:")
    try lab.sync.startSyncCycle()
    let id = try lab.store.read { db in
      try Int64.fetchOne(db, sql: "SELECT id FROM sync_cs ORDER BY id LIMIT 1")
    }
    let row = try #require(id)
    try lab.store.write { db in
      try db.execute(
        sql: "UPDATE sync_cs SET attributes = 'not json' WHERE id = ?", arguments: [row])
    }
    #expect(
      throws: SyncError.unreadableStoredValue(table: "sync_cs", row: row, column: "attributes")
    ) {
      try lab.sync.startSyncCycle(policy: "Initial")
    }
  }
}
