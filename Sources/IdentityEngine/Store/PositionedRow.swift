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

  @_disfavoredOverload
  subscript<Value: DatabaseValueConvertible>(_ name: String) -> Value {
    guard let index = positions.index[name] else { return row[name] }
    return row[index]
  }

  subscript<Value: DatabaseValueConvertible>(_ name: String) -> Value? {
    guard let index = positions.index[name] else { return row[name] }
    return row[index]
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
