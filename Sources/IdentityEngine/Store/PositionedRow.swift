import GRDB

/// A row read by column name through positions worked out once per query.
///
/// GRDB finds a name in a copied row by comparing it, lowercased, with each column's name in
/// turn; reading forty columns of 100,000 tenant objects that way lowercased millions of
/// strings. `ColumnPositions` maps the names of one query's columns once, and every row of
/// the query is then read by position.
struct PositionedRow {
  let row: Row
  let positions: ColumnPositions

  /// The value of the column `name`; a value of another type (a lab file written by another
  /// program) is an error naming the column and the row, never a trap.
  func decode<Value: DatabaseValueConvertible>(
    _ type: Value.Type = Value.self, forColumn name: String
  ) throws -> Value {
    guard let index = positions.index[name] else { return try row.decode(forColumn: name) }
    return try row.decode(atIndex: index)
  }
}

/// The position of each column of one query's rows, by the column's name as written.
struct ColumnPositions {
  let index: [String: Int]

  init(_ row: Row) {
    var index: [String: Int] = [:]
    for (position, name) in row.columnNames.enumerated() where index[name] == nil {
      index[name] = position
    }
    self.index = index
  }
}
