import Foundation
import GRDB

/// One synchronization step on one connector: inbound rules from its changed (delta) or all
/// (full) connector-space objects into the metaverse, then outbound rules from each touched
/// metaverse object to every connector, staging pending exports.
///
/// Precedence: for each destination attribute the in-scope rule with the lowest precedence
/// number that yields a value wins; a NULL contributes nothing.
struct SyncPass {
  let db: Database
  let parameters: [String: String]
  let rules: [SyncRule]
  let connectors: [SyncConnector]
  /// The parsed expressions of the rules' mappings, by their text (parsed once per pass).
  let expressions: [String: SyncExpression]
  /// The enabled rules by direction, connector and source type (lowercased), by precedence.
  let rulesByKey: [String: [SyncRule]]
  /// Attributes holding references, translated between DNs/anchors and metaverse ids.
  static let references: Set<String> = ["member", "manager"]
  /// Reference translations this pass has looked up already.
  let cache = SyncReferenceCache()
  /// Throws when the pass should stop (Ctrl-C); asked once per object.
  var checkStop: () throws -> Void = {}
  /// When the pass runs: the occurrence time of the sync errors it records.
  var date = Date()

  init(_ db: Database, parameters: [String: String]) throws {
    self.db = db
    self.parameters = parameters
    let enabled = try SyncService.rules(db).filter { !$0.isDisabled }.sorted {
      $0.precedence < $1.precedence
    }
    rules = enabled
    connectors = try SyncService.connectors(db)
    var expressions: [String: SyncExpression] = [:]
    var rulesByKey: [String: [SyncRule]] = [:]
    for rule in enabled {
      for mapping in rule.attributeFlowMappings where mapping.flowType == .expression {
        if expressions[mapping.expression] == nil {
          expressions[mapping.expression] = try SyncExpression(mapping.expression)
        }
      }
      rulesByKey[Self.key(rule.direction, rule.connector, rule.sourceObjectType), default: []]
        .append(rule)
    }
    self.expressions = expressions
    self.rulesByKey = rulesByKey
  }

  /// The `rulesByKey` key of a direction, connector and source object type.
  static func key(_ direction: SyncDirection, _ connector: String, _ type: String) -> String {
    "\(direction)|\(connector.lowercased())|\(type.lowercased())"
  }

  func rules(_ direction: SyncDirection, _ connector: String, _ type: String) -> [SyncRule] {
    rulesByKey[Self.key(direction, connector, type)] ?? []
  }

  /// Runs the pass; returns the sync errors met, each recorded on the connector-space object
  /// whose synchronization failed (which stays pending, so the next pass retries it).
  mutating func run(_ connector: SyncConnector, full: Bool, _ counters: inout [String: Int])
    throws -> [SyncObjectError]
  {
    // The partial index `sync_cs_pending_any` serves the delta query.
    let condition = full ? "connector = ?" : "connector = ? AND pendingSync <> 0"
    let objects = try CSRecord.fetch(db, condition + " ORDER BY id", [connector.identifier])
      .filter { !($0.isProvisioned && $0.anchor == nil) }
      .sorted { rank($0.objectType) < rank($1.objectType) }
    var touched: [Int64] = []
    var seen = Set<Int64>()
    // Objects with a reference this pass could not translate yet: it may name an object the
    // pass projects later (a group whose member group comes after it).
    var retry: [Int64] = []
    var errors: [SyncObjectError] = []
    // The object whose synchronization touched each metaverse object: it carries an error
    // that the outbound half meets.
    var source: [Int64: CSRecord] = [:]
    for cs in objects {
      try checkStop()
      cache.missedReference = false
      var mvId: Int64?
      do {
        try db.inSavepoint {
          mvId = try inbound(cs, &counters)
          return .commit
        }
      } catch let failure as SyncFailure {
        cache.forget()
        errors.append(
          try SyncService.recordError(
            db, cs, .synchronization, failure, step: "import-flow", at: date))
        continue
      }
      try SyncService.clearError(db, csId: cs.id, .synchronization)
      guard let mvId else { continue }
      source[mvId] = source[mvId] ?? cs
      if seen.insert(mvId).inserted { touched.append(mvId) }
      if cache.missedReference { retry.append(mvId) }
    }
    for mvId in retry { _ = try recompute(mvId) }
    // Likewise outbound: a reference to an object that has no object in the target connector
    // space yet may get one from an object staged later in this loop.
    var late: [Int64] = []
    for mvId in touched {
      try checkStop()
      cache.missedReference = false
      if let error = try outboundRecording(mvId, source[mvId]) {
        errors.append(error)
        continue
      }
      if cache.missedReference { late.append(mvId) }
    }
    for mvId in late {
      if let error = try outboundRecording(mvId, source[mvId]) { errors.append(error) }
    }
    return errors
  }

  /// Runs the outbound half for one metaverse object in a savepoint; a rule's `Error()`
  /// undoes it and is recorded on the connector-space object whose change led there.
  func outboundRecording(_ mvId: Int64, _ source: CSRecord?) throws -> SyncObjectError? {
    do {
      try db.inSavepoint {
        try outbound(mvId)
        return .commit
      }
      return nil
    } catch let failure as SyncFailure {
      cache.forget()
      let cs = try source ?? CSRecord.fetch(db, "mvId = ? ORDER BY id", [mvId]).first
      guard let cs else { return nil }
      var pending = cs
      pending.pendingSync = 1
      try pending.saveLink(db)
      return try SyncService.recordError(
        db, pending, .synchronization, failure, step: "export-flow", at: date)
    }
  }

  func rank(_ type: String) -> Int { type == "group" ? 1 : 0 }

  /// Links or projects one CS object and recomputes its MV object; returns the MV id touched.
  func inbound(_ original: CSRecord, _ counters: inout [String: Int]) throws -> Int64? {
    var cs = original
    if cs.pendingSync == 2 {
      try db.execute(sql: "DELETE FROM sync_cs WHERE id = ?", arguments: [cs.id])
      cache.forget()
      counters["ConnectorDeleteRemoveMv", default: 0] += cs.mvId == nil ? 0 : 1
      guard let mvId = cs.mvId else { return nil }
      // Outbound runs even when the metaverse object did not change: a provisioned object
      // deleted by hand in the directory is provisioned again.
      _ = try recompute(mvId)
      return mvId
    }
    cs.pendingSync = 0
    let inScope = rules(.inbound, cs.connector, cs.objectType).filter {
      $0.isInScope(cs.attributes.values)
    }
    if let mvId = cs.mvId {
      if inScope.isEmpty, !cs.isProvisioned {
        cs.mvId = nil
        cs.lineage = []
        try cs.saveLink(db)
        cache.forget()
        counters["ConnectorFilteredRemoveMv", default: 0] += 1
        return try recompute(mvId) ? mvId : nil
      }
      try cs.saveLink(db)
      counters["ConnectorFlow", default: 0] += 1
      _ = try recompute(mvId)
      return mvId
    }
    if inScope.isEmpty {
      try cs.saveLink(db)
      counters["DisconnectorFiltered", default: 0] += 1
      return nil
    }
    for rule in inScope where !rule.joinFilter.isEmpty {
      if let match = try join(cs, rule) {
        cs.mvId = match
        cs.lineage = [.init(ruleId: rule.internalId, ruleName: rule.name, operation: "Join")]
        try cs.saveLink(db)
        counters["DisconnectorJoinedFlow", default: 0] += 1
        _ = try recompute(match)
        return match
      }
    }
    guard let projecting = inScope.first(where: { $0.linkType == .provision }) else {
      try cs.saveLink(db)
      counters["DisconnectorRemains", default: 0] += 1
      return nil
    }
    // The new object's attributes are those its one link gives: written once, not inserted
    // empty and then recomputed.
    var mv = MVRecord(guid: try SyncIDs.next(db, "mv"), objectType: projecting.targetObjectType)
    (mv.attributes, mv.contributors) = try flowIn([cs])
    try mv.save(db)
    cs.mvId = mv.id
    cs.lineage = [
      .init(ruleId: projecting.internalId, ruleName: projecting.name, operation: "Provision")
    ]
    try cs.saveLink(db)
    counters["DisconnectorProjectedFlow", default: 0] += 1
    return mv.id
  }

  /// The one MV object the rule's join conditions find, trying each group top-down.
  func join(_ cs: CSRecord, _ rule: SyncRule) throws -> Int64? {
    for group in rule.joinFilter {
      var candidates: Set<Int64>?
      for condition in group {
        guard let value = cs.attributes.values(condition.csAttribute).first else {
          candidates = []
          break
        }
        let ids = try Int64.fetchAll(
          db.cachedStatement(sql: "SELECT mvId FROM sync_mv_key WHERE name = ? AND valueKey = ?"),
          arguments: [condition.mvAttribute.lowercased(), value.lowercased()])
        candidates = candidates.map { $0.intersection(ids) } ?? Set(ids)
      }
      // Candidates already joined to an object of this connector are not free: one indexed
      // look-up per candidate, not a scan of the connector space.
      let isTaken = try db.cachedStatement(
        sql: "SELECT 1 FROM sync_cs WHERE mvId = ? AND connector = ? LIMIT 1")
      var free: [Int64] = []
      for candidate in candidates ?? [] {
        if try Bool.fetchOne(isTaken, arguments: [candidate, cs.connector]) != true {
          free.append(candidate)
        }
      }
      if free.count == 1 { return free.first }
    }
    return nil
  }

  /// Recomputes an MV object from its connectors.
  ///
  /// Deletes it when no imported object remains; returns true when it changed or went away.
  func recompute(_ mvId: Int64) throws -> Bool {
    guard var mv = try MVRecord.fetch(db, id: mvId) else { return false }
    let links = try CSRecord.fetch(db, "mvId = ? ORDER BY id", [mvId])
    if !links.contains(where: { !$0.isProvisioned }) {
      for var linked in links {
        linked.mvId = nil
        if linked.anchor == nil {
          try db.execute(sql: "DELETE FROM sync_cs WHERE id = ?", arguments: [linked.id])
          continue
        }
        linked.exportAction = .delete
        try linked.save(db)
      }
      try db.execute(sql: "DELETE FROM sync_mv WHERE id = ?", arguments: [mvId])
      cache.forget()
      return true
    }
    let (attributes, contributors) = try flowIn(links)
    guard attributes != mv.attributes else { return false }
    mv.attributes = attributes
    mv.contributors = contributors
    try mv.save(db)
    return true
  }

  /// The metaverse attributes the inbound rules give from linked objects, by precedence, and
  /// the rule that gave each.
  func flowIn(_ links: [CSRecord]) throws -> ([String: [String]], [String: String]) {
    var winners: [String: (precedence: Int, values: [String], rule: String)] = [:]
    for cs in links {
      for rule in rules(.inbound, cs.connector, cs.objectType)
      where rule.linkType != .joinNoFlow && rule.isInScope(cs.attributes.values) {
        for mapping in rule.attributeFlowMappings {
          let key = mapping.destination.lowercased()
          if let current = winners[key], current.precedence <= rule.precedence { continue }
          var values = try flow(mapping, cs.attributes.values)
          if Self.references.contains(key) { values = try toMetaverse(values, from: cs.connector) }
          if values.isEmpty { continue }
          winners[key] = (rule.precedence, values, rule.name)
        }
      }
    }
    var attributes: [String: [String]] = [:]
    var contributors: [String: String] = [:]
    for rule in rules where rule.direction == .inbound {
      for mapping in rule.attributeFlowMappings {
        if let winner = winners[mapping.destination.lowercased()], winner.rule == rule.name {
          attributes[mapping.destination] = winner.values
          contributors[mapping.destination] = winner.rule
        }
      }
    }
    return (attributes, contributors)
  }

  /// The values one mapping yields for an object.
  func flow(_ mapping: AttributeFlowMapping, _ lookup: (String) -> [String]) throws -> [String] {
    switch mapping.flowType {
    case .direct: return lookup(mapping.source.first ?? mapping.destination)
    case .constant: return [mapping.expression]
    case .expression:
      let expression = try expressions[mapping.expression] ?? SyncExpression(mapping.expression)
      return try expression.evaluate(lookup, parameters: parameters)
    }
  }

  /// DNs (AD) or anchors (tenant) → metaverse GUIDs; unknown references are dropped.
  func toMetaverse(_ values: [String], from connector: String) throws -> [String] {
    let byDN = connectors.first { $0.identifier == connector }?.kind == .activeDirectory
    let statement = try db.cachedStatement(
      sql: "SELECT m.guid FROM sync_cs c JOIN sync_mv m ON m.id = c.mvId WHERE c.connector = ? "
        + (byDN ? "AND c.dnKey = ?" : "AND c.anchor = ?"))
    return try values.compactMap { value in
      let lookup = byDN ? value.lowercased() : value
      let key = SyncReferenceCache.key(connector, lookup)
      if let known = cache.toMetaverse[key] { return known }
      guard let guid = try String.fetchOne(statement, arguments: [connector, lookup]) else {
        cache.missedReference = true
        return nil
      }
      cache.toMetaverse[key] = guid
      return guid
    }
  }

  /// Metaverse GUIDs → the target connector's DNs (AD) or anchors; objects with no object in
  /// that connector space are skipped (a cloud-only member has no AD object).
  ///
  /// An object whose add is still pending has no anchor yet: it is kept as `mv:<guid>`, which
  /// the export resolves once the add is done (`SyncService.resolveReferences`).
  func fromMetaverse(_ values: [String], to connector: SyncConnector) throws -> [String] {
    let statement = try db.cachedStatement(
      sql: "SELECT c.dn, c.anchor FROM sync_mv m JOIN sync_cs c ON c.mvId = m.id "
        + "WHERE m.guid = ? AND c.connector = ?")
    return try values.compactMap { guid in
      let key = SyncReferenceCache.key(connector.identifier, guid)
      if let known = cache.fromMetaverse[key] { return known }
      let row = try Row.fetchOne(statement, arguments: [guid, connector.identifier])
      guard let row else {
        cache.missedReference = true
        return nil
      }
      guard let anchor = try row.decode(String?.self, forColumn: "anchor") else {
        return "mv:" + guid
      }
      let reference: String =
        connector.kind == .activeDirectory ? try row.decode(forColumn: "dn") : anchor
      cache.fromMetaverse[key] = reference
      return reference
    }
  }
}
