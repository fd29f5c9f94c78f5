import GRDB

/// Finds the connector-space object an imported object updates: the one with its anchor,
/// else a provisioned one still without an anchor at its DN (an add this import confirms).
///
/// A full import reads the whole connector space once and answers from memory; a delta
/// import, which sees few objects, looks each up in the store.
struct ConnectorSpaceIndex {
  let db: Database
  let connector: String
  /// Loaded objects by anchor; nil when answers come from the store.
  private var byAnchor: [String: CSRecord]?
  /// Loaded objects without an anchor, by DN key.
  private var pendingByDN: [String: CSRecord] = [:]

  init(_ db: Database, connector: String, loadingAll: Bool) throws {
    self.db = db
    self.connector = connector
    guard loadingAll else { return }
    var byAnchor: [String: CSRecord] = [:]
    for record in try CSRecord.fetch(db, "connector = ?", [connector]) {
      if let anchor = record.anchor {
        byAnchor[anchor] = record
      } else {
        pendingByDN[record.dn.lowercased()] = record
      }
    }
    self.byAnchor = byAnchor
  }

  /// The object an import of `anchor` at `dn` updates; nil when it is new.
  ///
  /// An object without an anchor is claimed once: the next import at the same DN is new.
  mutating func claim(anchor: String, dn: String) throws -> CSRecord? {
    guard let byAnchor else {
      if let found = try CSRecord.fetch(
        db, "connector = ? AND anchor = ?", [connector, anchor]
      ).first {
        return found
      }
      return try CSRecord.fetch(
        db, "connector = ? AND anchor IS NULL AND dnKey = ?", [connector, dn.lowercased()]
      ).first
    }
    if let found = byAnchor[anchor] { return found }
    return pendingByDN.removeValue(forKey: dn.lowercased())
  }

  /// Records an object the import just wrote, so that the same anchor met again finds it.
  mutating func remember(_ record: CSRecord) {
    guard byAnchor != nil, let anchor = record.anchor else { return }
    byAnchor?[anchor] = record
  }
}
