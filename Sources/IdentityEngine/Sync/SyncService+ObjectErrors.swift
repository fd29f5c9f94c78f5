import Foundation
import GRDB

/// The errors kept on connector-space objects: one export error and one synchronization
/// error at most per object, replaced when the object fails again (its first occurrence kept
/// and its retry count raised while the error type stays the same) and removed when the
/// object's next export or synchronization succeeds.
extension SyncService {
  /// Records a failure of `cs` and returns the error as the run step lists it.
  static func recordError(
    _ db: Database, _ cs: CSRecord, _ kind: SyncObjectError.Kind, _ failure: SyncFailure,
    step: String, at date: Date
  ) throws -> SyncObjectError {
    guard let id = cs.id else {
      return error(db, cs, kind, failure, step: step, at: date, previous: nil)
    }
    let previous = try storedErrors(db, csId: id)[kind]
    let error = error(db, cs, kind, failure, step: step, at: date, previous: previous)
    try db.execute(
      sql: "INSERT OR REPLACE INTO sync_cs_error(csId, kind, body) VALUES (?, ?, ?)",
      arguments: [id, kind.rawValue, SyncJSON.encode(error)])
    return error
  }

  private static func error(
    _ db: Database, _ cs: CSRecord, _ kind: SyncObjectError.Kind, _ failure: SyncFailure,
    step: String, at date: Date, previous: SyncObjectError?
  ) -> SyncObjectError {
    let again = previous?.errorType == failure.errorType ? previous : nil
    let mvGuid = cs.mvId.flatMap { id in
      let sql = "SELECT guid FROM sync_mv WHERE id = ?"
      return try? String.fetchOne(db, sql: sql, arguments: [id])  // nil: link gone, no MV id
    }
    let name =
      cs.exportAttributes?.values("displayName").first ?? cs.attributes.values("displayName")
      .first ?? cs.attributes.values("cn").first ?? ""
    return SyncObjectError(
      kind: kind, csObjectId: cs.guid, connectorId: cs.connector,
      distinguishedName: cs.exportDN ?? cs.dn, displayName: name, mvObjectId: mvGuid,
      errorType: failure.errorType, errorCode: failure.errorCode,
      errorLiteral: failure.errorLiteral, extraDetails: failure.extraDetails, step: step,
      firstOccurred: again?.firstOccurred ?? date, lastOccurred: date,
      retryCount: again.map { $0.retryCount + 1 } ?? 0)
  }

  /// Forgets an object's error of one kind: its export or synchronization succeeded.
  static func clearError(_ db: Database, csId: Int64?, _ kind: SyncObjectError.Kind) throws {
    guard let csId else { return }
    try db.cachedStatement(sql: "DELETE FROM sync_cs_error WHERE csId = ? AND kind = ?")
      .execute(arguments: [csId, kind.rawValue])
  }

  /// The errors an object holds, by kind.
  static func storedErrors(_ db: Database, csId: Int64) throws
    -> [SyncObjectError.Kind: SyncObjectError]
  {
    var errors: [SyncObjectError.Kind: SyncObjectError] = [:]
    let rows = try Row.fetchAll(
      db, sql: "SELECT rowid, body FROM sync_cs_error WHERE csId = ?", arguments: [csId])
    for row in rows {
      let error: SyncObjectError = try SyncJSON.required(
        SyncJSON.decode(try row.decode(String?.self, forColumn: "body")), "sync_cs_error",
        try row.decode(Int64.self, forColumn: "rowid"), "body")
      errors[error.kind] = error
    }
    return errors
  }

  /// Every error the connector spaces hold (of one connector and kind when given), in the
  /// order their objects entered the connector spaces.
  public func objectErrors(connector nameOrId: String? = nil, kind: SyncObjectError.Kind? = nil)
    throws -> [SyncObjectError]
  {
    let connector = try nameOrId.map { try self.connector($0) }
    return try store.read { db in
      var sql =
        "SELECT e.rowid, e.body FROM sync_cs_error e JOIN sync_cs c ON c.id = e.csId WHERE 1"
      var arguments: [DatabaseValueConvertible] = []
      if let connector {
        sql += " AND c.connector = ?"
        arguments.append(connector.identifier)
      }
      if let kind {
        sql += " AND e.kind = ?"
        arguments.append(kind.rawValue)
      }
      sql += " ORDER BY c.id, e.kind"
      return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
        try SyncJSON.required(
          SyncJSON.decode(try row.decode(String?.self, forColumn: "body")), "sync_cs_error",
          try row.decode(Int64.self, forColumn: "rowid"), "body")
      }
    }
  }
}
