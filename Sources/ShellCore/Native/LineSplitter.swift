/// Cuts a program's output bytes into lines of text, as pwsh reads a native command's
/// redirected standard output: UTF-8, one string per line, the `\n` or `\r\n` removed, and a
/// last line without a line break still a line.
///
/// Bytes arrive in chunks that may end inside a line or inside a UTF-8 sequence; a line is
/// decoded only once it is complete, so a character split across two reads stays whole.
/// Bytes that are not UTF-8 become U+FFFD, as .NET's decoder makes them.
public struct LineSplitter {
  private var pending: [UInt8] = []

  public init() {}

  /// Adds bytes and returns the lines they complete.
  public mutating func append(_ bytes: ArraySlice<UInt8>) -> [String] {
    var lines: [String] = []
    var rest = bytes
    while let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
      if pending.isEmpty {
        lines.append(Self.decode(rest[..<newline]))
      } else {
        pending += rest[..<newline]
        lines.append(Self.decode(pending[...]))
        pending.removeAll(keepingCapacity: true)
      }
      rest = rest[rest.index(after: newline)...]
    }
    pending += rest
    return lines
  }

  /// The unfinished last line at the end of the output, if there is one.
  public mutating func finish() -> String? {
    guard !pending.isEmpty else { return nil }
    defer { pending.removeAll() }
    return Self.decode(pending[...])
  }

  private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
    let content = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
    return String(decoding: content, as: UTF8.self)
  }
}
