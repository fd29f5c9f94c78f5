/// A place in a source text: 1-based line and column (in characters) and the UTF-8 offset.
public struct SourcePosition: Hashable, Sendable {
  public let line: Int
  public let column: Int
  public let offset: Int

  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }
}

/// The extent of a syntax node, token or error in its source text.
public struct SourceRange: Sendable {
  public let source: SourceText
  /// UTF-8 offset of the first byte.
  public let startOffset: Int
  /// UTF-8 offset just past the last byte.
  public let endOffset: Int

  public init(source: SourceText, startOffset: Int, endOffset: Int) {
    self.source = source
    self.startOffset = startOffset
    self.endOffset = max(startOffset, endOffset)
  }

  public var start: SourcePosition { source.position(ofOffset: startOffset) }
  public var end: SourcePosition { source.position(ofOffset: endOffset) }
  public var length: Int { endOffset - startOffset }
  /// The source text this range covers.
  public var text: String { source.slice(startOffset, endOffset) }
  public var fileName: String? { source.fileName }

  /// The smallest range that covers both ranges (which must share a source).
  public func extended(to other: SourceRange) -> SourceRange {
    SourceRange(
      source: source, startOffset: min(startOffset, other.startOffset),
      endOffset: max(endOffset, other.endOffset))
  }
}
