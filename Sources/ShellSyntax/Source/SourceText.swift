/// The text of one script, command line or REPL entry, with the offsets of its lines.
///
/// Ranges point into a `SourceText` so that an error can be rendered with the line it
/// came from, the way PowerShell's ConciseView prints `Line |` blocks.
public final class SourceText: Sendable {
  /// The script path, or nil for interactive input and `-Command` text.
  public let fileName: String?
  public let text: String
  /// The text as UTF-8 bytes, which the lexer scans.
  public let utf8: [UInt8]
  /// Byte offset at which each line starts; line N (1-based) starts at `lineStarts[N-1]`.
  public let lineStarts: [Int]

  public init(_ text: String, fileName: String? = nil) {
    self.fileName = fileName
    self.text = text
    let bytes = Array(text.utf8)
    self.utf8 = bytes
    var starts = [0]
    for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
      starts.append(index + 1)
    }
    self.lineStarts = starts
  }

  /// The text of a 1-based line, without its line break.
  public func line(_ number: Int) -> String {
    guard number >= 1, number <= lineStarts.count else { return "" }
    let start = lineStarts[number - 1]
    var end = number < lineStarts.count ? lineStarts[number] - 1 : utf8.count
    if end > start, utf8[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return String(decoding: utf8[start..<max(start, end)], as: UTF8.self)
  }

  /// The 1-based line and column of a byte offset; the column counts characters.
  public func position(ofOffset offset: Int) -> SourcePosition {
    let clamped = min(max(offset, 0), utf8.count)
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
    }
    let lineStart = lineStarts[low]
    let column = String(decoding: utf8[lineStart..<clamped], as: UTF8.self).count + 1
    return SourcePosition(line: low + 1, column: column, offset: clamped)
  }

  /// The source text covered by a byte range.
  public func slice(_ start: Int, _ end: Int) -> String {
    let lower = min(max(start, 0), utf8.count)
    let upper = min(max(end, lower), utf8.count)
    return String(decoding: utf8[lower..<upper], as: UTF8.self)
  }
}
