/// Collects the literal text and `$` parts of a string token as it is scanned.
struct StringPartsBuilder {
  private(set) var parts: [RawStringPart] = []
  private var buffer: [UInt8] = []

  /// True once a variable or subexpression part was added.
  var isExpandable: Bool { !parts.isEmpty }

  mutating func append(bytes: ArraySlice<UInt8>) { buffer.append(contentsOf: bytes) }

  mutating func append(_ text: String) { buffer.append(contentsOf: Array(text.utf8)) }

  mutating func append(byte: UInt8) { buffer.append(byte) }

  /// Adds a `$name` or `$(...)` part after the literal text collected so far.
  mutating func add(_ part: RawStringPart) {
    flush()
    parts.append(part)
  }

  private mutating func flush() {
    guard !buffer.isEmpty else { return }
    parts.append(.literal(String(decoding: buffer, as: UTF8.self)))
    buffer.removeAll()
  }

  /// The parts; a string with no `$` parts is one literal (possibly empty).
  mutating func finish() -> [RawStringPart] {
    if parts.isEmpty {
      return [.literal(String(decoding: buffer, as: UTF8.self))]
    }
    flush()
    return parts
  }
}
