/// A line-by-line diff of expected and actual text, in unified style, for test failures.
///
/// Trailing spaces are drawn as `·` (and a trailing carriage return as `␍`) so that
/// white-space differences can be seen, and a last line without a newline is followed by
/// `\ No newline at end of file`.
enum LineDiff {
  /// One line of text, and whether a newline ended it.
  struct Line: Equatable {
    var text: String
    var hasNewline: Bool
  }

  /// One step of the edit from expected to actual.
  enum Edit: Equatable {
    case same(Int, Int)
    case removed(Int)
    case added(Int)
  }

  /// The most lines a diff shows; a longer one ends with a note of how many were cut.
  static let maximumLines = 400

  /// Lines of unchanged text shown around each change.
  static let contextLines = 3

  /// The unified diff from `expected` to `actual`, or an empty string when they are equal.
  static func render(
    expected: String, actual: String, expectedLabel: String, actualLabel: String
  ) -> String {
    let old = lines(of: expected)
    let new = lines(of: actual)
    guard old != new else { return "" }
    var output = ["--- \(expectedLabel)", "+++ \(actualLabel)"]
    for hunk in hunks(edits(from: old, to: new)) {
      output.append(header(of: hunk))
      for edit in hunk {
        switch edit {
        case .same(let index, _): output += rendered(old[index], marker: " ")
        case .removed(let index): output += rendered(old[index], marker: "-")
        case .added(let index): output += rendered(new[index], marker: "+")
        }
      }
    }
    if output.count > maximumLines {
      let cut = output.count - maximumLines
      output = Array(output.prefix(maximumLines)) + ["... \(cut) more diff lines"]
    }
    return output.joined(separator: "\n")
  }

  /// Splits text at newlines (bytes, so "\r\n" keeps its "\r" visible).
  static func lines(of text: String) -> [Line] {
    var parts = Array(text.utf8).split(
      separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
    let endsWithNewline = parts.last?.isEmpty ?? true
    if endsWithNewline {
      parts.removeLast()
    }
    return parts.enumerated().map { index, bytes in
      Line(
        text: String(decoding: bytes, as: UTF8.self),
        hasNewline: endsWithNewline || index < parts.count - 1)
    }
  }

  /// The shortest edit from `old` to `new`, by longest common subsequence.
  static func edits(from old: [Line], to new: [Line]) -> [Edit] {
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] {
      prefix += 1
    }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    let oldMiddle = Array(old[prefix..<(old.count - suffix)])
    let newMiddle = Array(new[prefix..<(new.count - suffix)])

    var result = (0..<prefix).map { Edit.same($0, $0) }
    result += middleEdits(from: oldMiddle, to: newMiddle).map { edit in
      switch edit {
      case .same(let i, let j): .same(i + prefix, j + prefix)
      case .removed(let i): .removed(i + prefix)
      case .added(let j): .added(j + prefix)
      }
    }
    result += (0..<suffix).map {
      Edit.same(old.count - suffix + $0, new.count - suffix + $0)
    }
    return result
  }

  /// The edits between two runs of lines, by a table of common-subsequence lengths; runs too
  /// long for the table are shown as wholly removed and added.
  private static func middleEdits(from old: [Line], to new: [Line]) -> [Edit] {
    guard old.count * new.count <= 4_000_000 else {
      return old.indices.map(Edit.removed) + new.indices.map(Edit.added)
    }
    let width = new.count + 1
    // common[i * width + j]: the common-subsequence length of old[i...] and new[j...].
    var common = [Int](repeating: 0, count: (old.count + 1) * width)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        common[i * width + j] =
          old[i] == new[j]
          ? common[(i + 1) * width + j + 1] + 1
          : max(common[(i + 1) * width + j], common[i * width + j + 1])
      }
    }
    var edits: [Edit] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, old[i] == new[j] {
        edits.append(.same(i, j))
        i += 1
        j += 1
      } else if i < old.count,
        j == new.count || common[(i + 1) * width + j] >= common[i * width + j + 1]
      {
        edits.append(.removed(i))
        i += 1
      } else {
        edits.append(.added(j))
        j += 1
      }
    }
    return edits
  }

  /// Groups the edits into hunks: each change with up to ``contextLines`` unchanged lines
  /// around it, hunks merging when their context touches.
  private static func hunks(_ edits: [Edit]) -> [[Edit]] {
    let changed = edits.indices.filter {
      if case .same = edits[$0] { return false }
      return true
    }
    var ranges: [ClosedRange<Int>] = []
    for index in changed {
      let range = max(0, index - contextLines)...min(edits.count - 1, index + contextLines)
      if let last = ranges.last, range.lowerBound <= last.upperBound + 1 {
        ranges[ranges.count - 1] = last.lowerBound...range.upperBound
      } else {
        ranges.append(range)
      }
    }
    return ranges.map { Array(edits[$0]) }
  }

  /// The `@@ -start,count +start,count @@` line of a hunk, counting lines from 1.
  private static func header(of hunk: [Edit]) -> String {
    var oldLines: [Int] = []
    var newLines: [Int] = []
    for edit in hunk {
      switch edit {
      case .same(let i, let j):
        oldLines.append(i)
        newLines.append(j)
      case .removed(let i): oldLines.append(i)
      case .added(let j): newLines.append(j)
      }
    }
    return "@@ -\(span(oldLines)) +\(span(newLines)) @@"
  }

  private static func span(_ lines: [Int]) -> String {
    guard let first = lines.first else { return "0,0" }
    return "\(first + 1),\(lines.count)"
  }

  /// A diff line with visible trailing white space, plus the no-newline marker if needed.
  private static func rendered(_ line: Line, marker: String) -> [String] {
    var text = Substring(line.text)
    var tail = ""
    while let last = text.last, last == " " || last == "\r" {
      tail = (last == " " ? "·" : "␍") + tail
      text = text.dropLast()
    }
    var result = [marker + text + tail]
    if !line.hasNewline {
      result.append("\\ No newline at end of file")
    }
    return result
  }
}
