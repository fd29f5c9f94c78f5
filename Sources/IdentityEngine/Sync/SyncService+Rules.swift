import Foundation
import GRDB

/// Sync rules: listed in the order they were added, saved whole, and each save marks the
/// rule's connector for a full synchronization (as saving in the editor does).
extension SyncService {
  public func rules() throws -> [SyncRule] {
    try store.read { db in try Self.rules(db) }
  }

  /// Every stored rule; a body that does not decode fails the read with an error naming the
  /// rule, so a cycle never runs on the rules that happen to be readable.
  static func rules(_ db: Database) throws -> [SyncRule] {
    let decoder = JSONDecoder()
    return try Row.fetchAll(db, sql: "SELECT identifier, body FROM sync_rule ORDER BY position")
      .map { row in
        let body: String = try row.decode(atIndex: 1)
        do {
          return try decoder.decode(SyncRule.self, from: Data(body.utf8))
        } catch {
          // The name, when the body is JSON that still has one, makes the error findable.
          let object = try? JSONSerialization.jsonObject(with: Data(body.utf8))  // nil: not JSON
          throw SyncError.unreadableRule(
            identifier: try row.decode(atIndex: 0),
            name: (object as? [String: Any])?["name"] as? String,
            reason: Self.describe(error))
        }
      }
  }

  /// A decoding error in a sentence: what was wrong, and where in the body.
  static func describe(_ error: Error) -> String {
    guard let error = error as? DecodingError else { return "\(error)" }
    switch error {
    case .dataCorrupted(let context), .keyNotFound(_, let context),
      .typeMismatch(_, let context), .valueNotFound(_, let context):
      let path = context.codingPath.map(\.stringValue).filter { !$0.isEmpty }
      let at = path.isEmpty ? "" : " (at \(path.joined(separator: ".")))"
      return context.debugDescription + at
    @unknown default:
      return "\(error)"
    }
  }

  /// The rule with that identifier.
  public func rule(_ identifier: String) throws -> SyncRule {
    guard
      let rule = try rules().first(where: { $0.identifier.lowercased() == identifier.lowercased() })
    else { throw SyncError.noSuchRule(identifier) }
    return rule
  }

  /// Adds a rule, or replaces the rule with the same identifier; returns the saved rule.
  @discardableResult
  public func saveRule(_ rule: SyncRule) throws -> SyncRule {
    guard !rule.name.isEmpty else { throw SyncError.invalidRule("the rule has no name") }
    for mapping in rule.attributeFlowMappings where mapping.flowType == .expression {
      _ = try SyncExpression(mapping.expression)
    }
    try store.write { db in
      guard
        try Self.connectors(db).contains(where: {
          $0.identifier.lowercased() == rule.connector.lowercased()
        })
      else { throw SyncError.noSuchConnector(rule.connector) }
      try Self.storeRule(db, rule)
      try db.execute(
        sql: "UPDATE sync_connector SET fullSyncRequired = 1 WHERE identifier = ? COLLATE NOCASE",
        arguments: [rule.connector])
    }
    return rule
  }

  static func storeRule(_ db: Database, _ rule: SyncRule) throws {
    let body = String(decoding: try JSONEncoder().encode(rule), as: UTF8.self)
    let position =
      try Int.fetchOne(
        db, sql: "SELECT position FROM sync_rule WHERE identifier = ?",
        arguments: [rule.identifier])
      ?? (try Int.fetchOne(db, sql: "SELECT COALESCE(MAX(position), 0) + 1 FROM sync_rule") ?? 1)
    try db.execute(
      sql: "INSERT OR REPLACE INTO sync_rule(identifier, position, body) VALUES (?, ?, ?)",
      arguments: [rule.identifier, position, body])
  }

  /// Deletes a rule; throws `noSuchRule` when there is none.
  public func removeRule(_ identifier: String) throws {
    let rule = try rule(identifier)
    try store.write { db in
      try db.execute(
        sql: "DELETE FROM sync_rule WHERE identifier = ?", arguments: [rule.identifier])
      try db.execute(
        sql: "UPDATE sync_connector SET fullSyncRequired = 1 WHERE identifier = ? COLLATE NOCASE",
        arguments: [rule.connector])
    }
  }

  /// A new rule identifier, from the store's counter so a lab replays the same way.
  public func newRuleIdentifier() throws -> String {
    try store.write { db in
      let counter = try LabStore.nextCounter(db, "sync.rule.counter")
      return String(format: "5a1c7e00-0000-4000-8000-%012llx", counter)
    }
  }

  /// Seeds the sync configuration of a fresh lab (called by Lab.reset inside its transaction).
  static func seed(
    _ db: Database, forest: String, scope: String, container: String, date: Date
  ) throws {
    for table in [
      "sync_cs_error", "sync_cs", "sync_mv_key", "sync_mv", "sync_run", "sync_rule",
      "sync_connector", "sync_parameter", "sync_ad_deleted",
    ] {
      try db.execute(sql: "DELETE FROM \(table)")
    }
    let next = RFC1123.formatter.string(from: date.addingTimeInterval(1800))
    for (index, (name, value)) in SyncDefaults.parameters(
      forest: forest, container: container, nextStart: next
    ).enumerated() {
      try db.execute(
        sql: "INSERT INTO sync_parameter(name, position, value) VALUES (?, ?, ?)",
        arguments: [name, index + 1, value])
    }
    let tenant = forest.split(separator: ".").first.map(String.init) ?? "contoso"
    try db.execute(
      sql: "INSERT INTO sync_connector(identifier, name, kind, position) VALUES (?, ?, 'AD', 1), "
        + "(?, ?, 'AAD', 2)",
      arguments: [
        SyncDefaults.adConnectorId, forest, SyncDefaults.aadConnectorId,
        "\(tenant).onmicrosoft.com - AAD",
      ])
    for rule in SyncDefaults.rules(ad: SyncDefaults.adConnectorId, aad: SyncDefaults.aadConnectorId)
    {
      try storeRule(db, rule)
    }
    let settings: [(String, String)] = [
      ("sync.settings.version", "396"), ("sync.instance", "d112f5f4-4248-4959-8dc8-eac88e531433"),
      ("sync.scheduler.enabled", "True"), ("sync.scheduler.custom", ""),
      ("sync.scheduler.running", "False"), ("sync.deletion.enabled", "True"),
      ("sync.feature.PasswordHashSync", "True"), ("sync.feature.UnifiedGroupWriteback", "True"),
      ("sync.feature.GroupWritebackV2", "True"), ("sync.ad.scope", scope),
      ("sync.ad.partition", forest), ("sync.ad.usn", "0"), ("sync.run.number", "0"),
      ("sync.rule.counter", "0"),
    ]
    for (key, value) in settings { try LabStore.setSetting(db, key, value) }
  }
}
