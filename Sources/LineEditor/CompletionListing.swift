/// Lays out completion candidates the way libedit lists its own matches: in the given order,
/// down columns that fit the terminal width, two spaces apart.
enum CompletionListing {
  /// The candidates in columns, one text line per row, each ending in a newline.
  static func columns(_ items: [String], width: Int) -> String {
    guard !items.isEmpty else { return "" }
    let cellWidth = (items.map(\.count).max() ?? 0) + 2
    let columnCount = max(1, width / cellWidth)
    let rowCount = (items.count + columnCount - 1) / columnCount
    var text = ""
    for row in 0..<rowCount {
      var line = ""
      for column in 0..<columnCount {
        let index = column * rowCount + row
        guard index < items.count else { break }
        let item = items[index]
        line += item
        if (column + 1) * rowCount + row < items.count {
          line += String(repeating: " ", count: cellWidth - item.count)
        }
      }
      text += line + "\n"
    }
    return text
  }

  /// The longest string every item starts with, compared character by character.
  static func longestCommonPrefix(of items: [String]) -> String {
    guard var prefix = items.first.map(Array.init) else { return "" }
    for item in items.dropFirst() {
      let shared = zip(prefix, item).prefix { $0 == $1 }.count
      prefix.removeLast(prefix.count - shared)
    }
    return String(prefix)
  }
}
