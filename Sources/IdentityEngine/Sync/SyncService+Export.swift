import Foundation
import GRDB

/// The export step: a connector's pending adds, updates (renames and moves included) and
/// deletes, applied to its directory one savepoint each, so that one failure leaves the others.
///
/// Objects are exported in connector-space order, users before groups. A reference to an
/// object whose add is still pending (`mv:<guid>`) is exported once that add has been made:
/// within the same step when the referenced object comes later (a nested group created after
/// its parent), so that a cycle writes back every membership it can.
extension SyncService {
  /// Applies the connector's pending exports; returns the errors met, each also recorded on
  /// its connector-space object (and an object's earlier export error cleared when its
  /// export now succeeds).
  ///
  /// `checkStop` is asked before each object and throws when the step should stop.
  static func exportStep(
    _ db: Database, _ connector: SyncConnector, _ directory: any ConnectedDirectory,
    _ counters: inout [String: Int], at date: Date, checkStop: () throws -> Void = {}
  ) throws -> [SyncObjectError] {
    var errors: [SyncObjectError] = []
    let pending = try CSRecord.fetch(
      db,
      "connector = ? AND exportAction IS NOT NULL "
        + "ORDER BY CASE objectType WHEN 'group' THEN 1 ELSE 0 END, id",
      [connector.identifier])
    // Objects with a reference to an object this export adds later, the references, and the
    // members the directory already refused.
    var unresolved:
      [(id: Int64, references: [String: [String]], refused: [(member: String, reason: String)])] =
        []
    for var cs in pending {
      try checkStop()
      guard let action = cs.exportAction else { continue }
      var attributes = cs.exportAttributes ?? [:]
      var references: [String: [String]] = [:]
      for name in SyncPass.references where attributes[name] != nil {
        let values = attributes[name] ?? []
        let resolved = try resolveReferences(db, values, connector)
        if resolved.count < values.count { references[name] = values }
        attributes[name] = resolved
      }
      let change = ExportChange(
        action: action, objectType: cs.objectType, dn: cs.dn,
        newDN: cs.exportDN == cs.dn ? nil : cs.exportDN, anchor: cs.anchor,
        attributes: attributes)
      do {
        try db.inSavepoint {
          let anchor = try directory.export(db, change)
          switch action {
          case .delete:
            try db.execute(sql: "DELETE FROM sync_cs WHERE id = ?", arguments: [cs.id])
          case .add
          where cs.attributes.isEmpty && change.newDN == nil
            && change.attributes == cs.exportAttributes:
            // A new object holds exactly what was exported: the staged JSON moves over as it
            // is instead of being decoded and encoded again.
            try db.cachedStatement(
              sql: "UPDATE sync_cs SET anchor = ?, attributes = exportAttributes, "
                + "exportAction = NULL, exportDN = NULL, exportAttributes = NULL WHERE id = ?"
            ).execute(arguments: [anchor ?? cs.anchor, cs.id])
          case .add, .update:
            if let anchor { cs.anchor = anchor }
            for (name, values) in change.attributes {
              cs.attributes[name] = values.isEmpty ? nil : values
            }
            if let newDN = change.newDN { cs.dn = newDN }
            cs.exportAction = nil
            cs.exportDN = nil
            cs.exportAttributes = nil
            try cs.save(db)
          }
          return .commit
        }
        let name =
          action == .update && change.newDN != nil ? "ExportRename" : "Export\(action.rawValue)"
        counters[name, default: 0] += 1
        let refused = directory.takeRefusedReferences()
        if action != .delete, !references.isEmpty, let id = cs.id {
          // Its late references are exported below, which records the refusals once.
          unresolved.append((id, references, refused))
        } else if !refused.isEmpty {
          counters["ExportFailure", default: 0] += 1
          errors.append(
            try recordError(db, cs, .export, .members(refused), step: "Export", at: date))
        } else if action != .delete {
          try clearError(db, csId: cs.id, .export)
        }
      } catch let error where !(error is LabError) {
        _ = directory.takeRefusedReferences()
        counters["ExportFailure", default: 0] += 1
        let failure = SyncFailure.export(error, connector: connector)
        errors.append(try recordError(db, cs, .export, failure, step: "Export", at: date))
      }
    }
    for (id, references, refused) in unresolved {
      if let error = try exportLateReferences(
        db, id, references, directory, connector, refused: refused, at: date)
      {
        counters["ExportFailure", default: 0] += 1
        errors.append(error)
      } else {
        try clearError(db, csId: id, .export)
      }
    }
    return errors
  }

  /// Exports the references of an object to objects the same export added after it (a group
  /// whose member group came later), now that they exist; returns the error when that failed.
  ///
  /// A reference whose object's add failed in this export still has nothing to point to: it
  /// is recorded as a `dn-attributes-failure` on the referring object, not dropped unseen.
  static func exportLateReferences(
    _ db: Database, _ id: Int64, _ references: [String: [String]],
    _ directory: any ConnectedDirectory, _ connector: SyncConnector,
    refused earlier: [(member: String, reason: String)] = [], at date: Date
  ) throws -> SyncObjectError? {
    guard var cs = try CSRecord.fetch(db, "id = ?", [id]).first else { return nil }
    var attributes: [String: [String]] = [:]
    var unexported = earlier
    for (name, values) in references {
      let resolved = try resolveReferences(db, values, connector)
      if resolved != cs.attributes.values(name) { attributes[name] = resolved }
      for value in values where value.hasPrefix("mv:") {
        if try resolveReferences(db, [value], connector).isEmpty {
          unexported.append(
            (try referenceName(db, value), "its add to this directory failed or is pending"))
        }
      }
    }
    if attributes.isEmpty {
      if unexported.isEmpty { return nil }
      return try recordError(db, cs, .export, .members(unexported), step: "Export", at: date)
    }
    let change = ExportChange(
      action: .update, objectType: cs.objectType, dn: cs.dn, newDN: nil, anchor: cs.anchor,
      attributes: attributes)
    do {
      try db.inSavepoint {
        _ = try directory.export(db, change)
        for (name, values) in attributes { cs.attributes[name] = values.isEmpty ? nil : values }
        try cs.save(db)
        return .commit
      }
      let refused = directory.takeRefusedReferences() + unexported
      if refused.isEmpty { return nil }
      return try recordError(db, cs, .export, .members(refused), step: "Export", at: date)
    } catch let error where !(error is LabError) {
      _ = directory.takeRefusedReferences()
      let failure = SyncFailure.export(error, connector: connector)
      return try recordError(db, cs, .export, failure, step: "Export", at: date)
    }
  }

  /// A `mv:<guid>` reference as an error names it: the metaverse object's display name and id.
  static func referenceName(_ db: Database, _ value: String) throws -> String {
    let guid = String(value.dropFirst(3))
    let text = try String.fetchOne(
      db, sql: "SELECT attributes FROM sync_mv WHERE guid = ?", arguments: [guid])
    let attributes: [String: [String]] = SyncJSON.decode(text) ?? [:]
    guard let name = attributes.values("displayName").first else { return guid }
    return "\(name) (\(guid))"
  }

  /// Turns `mv:<guid>` references (objects whose add was pending at sync time) into the DN
  /// or anchor their add gave them; ones still without an object are left out.
  static func resolveReferences(
    _ db: Database, _ values: [String], _ connector: SyncConnector
  ) throws -> [String] {
    try values.compactMap { value in
      guard value.hasPrefix("mv:") else { return value }
      let row = try Row.fetchOne(
        db,
        sql: "SELECT c.dn, c.anchor FROM sync_mv m JOIN sync_cs c ON c.mvId = m.id "
          + "WHERE m.guid = ? AND c.connector = ? AND c.anchor IS NOT NULL",
        arguments: [String(value.dropFirst(3)), connector.identifier])
      guard let row else { return nil }
      return connector.kind == .activeDirectory
        ? try row.decode(forColumn: "dn") : try row.decode(forColumn: "anchor")
    }
  }

}
