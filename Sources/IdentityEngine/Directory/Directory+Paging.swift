import GRDB

/// Searches that hand their results over page by page, as ADWS pages its answers.
///
/// Policy: one read finds the ids of every match; each page of objects is then its own read,
/// and the body runs between reads, so a large search holds one page of objects in memory and
/// the body may write to the lab (`Get-ADGroup -Filter * | Remove-ADGroup`) without nesting a
/// write in a read. Like ADWS paging, the pages are not one snapshot: an object changed
/// meanwhile is seen as it is when its page is read, and one deleted meanwhile is skipped.
extension Directory {
  /// Searches below `base` like `search`, calling `body` with each entry found, `pageSize`
  /// objects at a time; throws `noSuchObject` when the base does not exist.
  public func search(
    base: DistinguishedName, scope: SearchScope = .subtree, filter: Predicate = .any,
    attributes: AttributeSelection = .names([]), sizeLimit: Int? = nil, pageSize: Int = 256,
    each body: (DirectoryEntry) throws -> Void
  ) throws {
    let translated = try PredicateSQL(filter)
    let selection =
      translated.residue.map { Directory.widen(attributes, with: $0.attributes) } ?? attributes
    // First the ids of every match, by the best index; then the objects, a page at a time.
    let ids = try store.read { db -> [Int64] in
      guard
        let baseRow = try Row.fetchOne(
          db, sql: "SELECT id, treeKey FROM object WHERE dnKey = ?", arguments: [base.key])
      else { throw DirectoryError.noSuchObject(base.description) }
      var (sql, arguments) = Directory.searchSQL(
        baseId: try baseRow.decode(forColumn: "id"),
        treeKey: try baseRow.decode(forColumn: "treeKey"), scope: scope, translated: translated)
      sql = "SELECT o.id" + sql.dropFirst("SELECT o.*".count)
      if translated.residue == nil, let sizeLimit { sql += " LIMIT \(max(sizeLimit, 0))" }
      return try Int64.fetchAll(db, sql: sql, arguments: StatementArguments(arguments))
    }
    var remaining = sizeLimit.map { max($0, 0) } ?? Int.max
    for start in stride(from: 0, to: ids.count, by: max(pageSize, 1)) where remaining > 0 {
      try store.checkStop()
      let chunk = ids[start..<min(start + max(pageSize, 1), ids.count)]
      let entries = try store.read { db -> [DirectoryEntry] in
        let marks = chunk.map { _ in "?" }.joined(separator: ",")
        let rows = try Row.fetchAll(
          db, sql: "SELECT * FROM object WHERE id IN (\(marks)) ORDER BY id",
          arguments: StatementArguments(chunk.map(\.databaseValue)))
        let entries = try Directory.entries(db, rows: rows, attributes: selection)
        guard let residue = translated.residue else { return entries }
        var failure: Error?
        let matching = entries.filter { entry in
          residue.matches(entry) { name, target in
            do {
              return try Directory.isInChain(db, entry: entry, attribute: name, target: target)
            } catch {
              failure = error
              return false
            }
          }
        }
        if let failure { throw failure }
        return matching
      }
      for entry in entries.prefix(remaining) {
        // Ctrl-C stops a large search between objects, not only inside a page's read.
        try store.checkStop()
        try body(entry)
      }
      remaining -= min(entries.count, remaining)
    }
  }
}
