import Foundation
import GRDB

/// Outbound synchronization: from one metaverse object to every connector, staging export
/// adds, updates (renames and moves included) and deletes.
///
/// A provisioned object whose rules go out of scope is kept and no longer updated (group
/// writeback's documented default when writeback is disabled or the group is soft-deleted);
/// it is deleted when its metaverse object goes away, or when the metaverse's
/// `reasonFiltered` says `DeleteThisGroupInAD` (the documented custom delete rule).
extension SyncPass {
  func outbound(_ mvId: Int64) throws {
    guard let mv = try MVRecord.fetch(db, id: mvId) else { return }
    let reason = mv.attributes.values("reasonFiltered").first ?? ""
    for connector in connectors {
      let inScope = rules(.outbound, connector.identifier, mv.objectType).filter {
        $0.isInScope(mv.attributes.values)
      }
      // Out of every rule's scope, only the documented delete rule can still stage anything.
      if inScope.isEmpty, reason != "DeleteThisGroupInAD" { continue }
      let linked = try CSRecord.fetch(
        db, "mvId = ? AND connector = ? ORDER BY id", [mvId, connector.identifier]
      ).first
      var cs: CSRecord
      if let linked {
        cs = linked
      } else {
        guard let provisioning = inScope.first(where: { $0.linkType == .provision }) else {
          continue
        }
        let (dn, attributes) = try desired(mv, inScope, connector)
        guard let dn else { continue }
        if let disconnector = try reverseJoin(dn, mvId, provisioning, connector) {
          cs = disconnector
        } else {
          var created = CSRecord(
            guid: try SyncIDs.next(db, "cs"), connector: connector.identifier, dn: dn,
            anchor: nil, objectType: provisioning.targetObjectType, attributes: [:],
            isProvisioned: true)
          created.mvId = mvId
          created.lineage = [
            .init(
              ruleId: provisioning.internalId, ruleName: provisioning.name,
              operation: "Provision")
          ]
          created.exportAction = .add
          created.exportAttributes = attributes.filter { !$0.value.isEmpty }
          try created.save(db)
          continue
        }
      }
      // Out of every provisioning rule's scope (a DN-only rule may still apply), the documented
      // delete rule's reason deletes what was provisioned.
      if !inScope.contains(where: { $0.linkType == .provision }), cs.isProvisioned,
        reason == "DeleteThisGroupInAD", cs.anchor != nil
      {
        cs.exportAction = .delete
        try cs.save(db)
        continue
      }
      if inScope.isEmpty { continue }
      let (dn, attributes) = try desired(mv, inScope, connector)
      if cs.exportAction == .add {
        if let dn { cs.dn = dn }
        cs.exportAttributes = attributes.filter { !$0.value.isEmpty }
        try cs.save(db)
        continue
      }
      var changes: [String: [String]] = [:]
      for (name, values) in attributes where !same(cs.attributes.values(name), values, name) {
        changes[name] = values
      }
      let moved = dn.map { $0.lowercased() != cs.dn.lowercased() } ?? false
      if changes.isEmpty, !moved {
        if cs.exportAction == .update {
          cs.exportAction = nil
          cs.exportAttributes = nil
          cs.exportDN = nil
          try cs.save(db)
        }
        continue
      }
      cs.exportAction = .update
      cs.exportAttributes = changes
      cs.exportDN = moved ? dn : nil
      try cs.save(db)
    }
  }

  /// Links the target connector's disconnector that already has the DN a provisioning rule
  /// wants, instead of staging an add (the engine's reverse join by DN).
  ///
  /// This is how an AD user's metaverse object meets the tenant user already imported for it.
  /// Deleting the AD user then deletes the tenant user too.
  func reverseJoin(
    _ dn: String, _ mvId: Int64, _ rule: SyncRule, _ connector: SyncConnector
  ) throws -> CSRecord? {
    guard
      var found = try CSRecord.fetch(
        db, "connector = ? AND dnKey = ? AND mvId IS NULL AND anchor IS NOT NULL ORDER BY id",
        [connector.identifier, dn.lowercased()]
      ).first
    else { return nil }
    found.mvId = mvId
    // Joined by an outbound rule, it is a target like a provisioned object: it does not keep
    // the metaverse object alive once the source is deleted.
    found.isProvisioned = true
    found.lineage = [.init(ruleId: rule.internalId, ruleName: rule.name, operation: "Join")]
    try found.save(db)
    return found
  }

  /// Compares values as the target stores them: integers by value, text case-insensitively,
  /// multi-valued attributes as sets.
  func same(_ lhs: [String], _ rhs: [String], _ name: String) -> Bool {
    if lhs.count != rhs.count { return false }
    let left = lhs.map { $0.lowercased() }.sorted()
    let right = rhs.map { $0.lowercased() }.sorted()
    return left == right
  }

  /// The DN and attributes the in-scope outbound rules want, by precedence.
  func desired(_ mv: MVRecord, _ inScope: [SyncRule], _ connector: SyncConnector) throws
    -> (String?, [String: [String]])
  {
    var winners: [String: (Int, [String], String)] = [:]
    for rule in inScope where rule.linkType != .joinNoFlow {
      for mapping in rule.attributeFlowMappings {
        let key = mapping.destination.lowercased()
        if let current = winners[key], current.0 <= rule.precedence { continue }
        var values = try flow(mapping, mv.attributes.values)
        if Self.references.contains(key) { values = try fromMetaverse(values, to: connector) }
        if values.isEmpty, winners[key] != nil { continue }
        winners[key] = (rule.precedence, values, mapping.destination)
      }
    }
    var dn = winners.removeValue(forKey: "dn")?.1.first
    if dn == nil, connector.kind == .entra {
      // The AAD connector builds its DN from the anchor, not from a rule's flow.
      let anchor = mv.attributes.values("sourceAnchor").first
      dn = anchor.map(TenantConnectedDirectory.dn)
    }
    var attributes: [String: [String]] = [:]
    for (_, winner) in winners { attributes[winner.2] = winner.1 }
    return (dn, attributes)
  }
}
