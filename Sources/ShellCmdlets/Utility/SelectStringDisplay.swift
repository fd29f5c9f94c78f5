import Foundation
import ShellCore
import ShellFormatting

/// How a MatchInfo shows: its `path:line:text` form (or the line alone for piped text), the
/// context lines around it, and the emphasis on the matched text.
extension SelectString {
  /// The matched parts of a MatchInfo's line, which its display highlights.
  final class Emphasis {
    let ranges: [NSRange]

    init(_ ranges: [NSRange]) { self.ranges = ranges }

    /// The line with each non-empty matched part between the emphasis marks.
    func mark(_ line: String) -> String {
      let text = line as NSString
      var result = ""
      var position = 0
      for range in ranges.sorted(by: { $0.location < $1.location })
      where range.location >= position && range.length > 0 && NSMaxRange(range) <= text.length {
        result += text.substring(
          with: NSRange(location: position, length: range.location - position))
        result.append(OutputStyle.emphasisStart)
        result += text.substring(with: range)
        result.append(OutputStyle.emphasisEnd)
        position = NSMaxRange(range)
      }
      return result + text.substring(from: position)
    }
  }

  /// The lines a MatchInfo prints as: the line itself for piped text, else `path:line:text`
  /// with the path relative to the current directory when the file is under it; with
  /// context, the display context around it, the match marked `> ` and the others `  `.
  static func displayLine(_ value: Value) -> [String] {
    guard let info = value.psObject else { return [value.toText()] }
    let plainLine = info.value(of: "Line")?.toText() ?? ""
    let line = (info.base as? Emphasis)?.mark(plainLine) ?? plainLine
    return text(of: info, line: line, relativeTo: FileManager.default.currentDirectoryPath)
  }

  /// MatchInfo.ToString: its line (or `line`, the emphasised one), with the context lines.
  static func text(of info: PSObject, line: String, relativeTo directory: String?) -> [String] {
    var path = info.value(of: "Path")?.toText() ?? ""
    let isStream = path == "InputStream"
    if let directory {
      let prefix = directory.hasSuffix("/") ? directory : directory + "/"
      if path.lowercased().hasPrefix(prefix.lowercased()) {
        path = String(path.dropFirst(prefix.count))
      }
    }
    let number = Int(info.value(of: "LineNumber")?.toText() ?? "") ?? 0
    func format(_ text: String, _ lineNumber: Int, _ prefix: String) -> String {
      isStream ? prefix + text : "\(prefix)\(path):\(lineNumber):\(text)"
    }
    guard let context = info.value(of: "Context")?.psObject else {
      return [format(line, number, "")]
    }
    let before = context.value(of: "DisplayPreContext")?.enumerated.map { $0.toText() } ?? []
    let after = context.value(of: "DisplayPostContext")?.enumerated.map { $0.toText() } ?? []
    var lines: [String] = []
    var lineNumber = number - before.count
    for text in before {
      lines.append(format(text, lineNumber, "  "))
      lineNumber += 1
    }
    lines.append(format(line, lineNumber, "> "))
    lineNumber += 1
    for text in after {
      lines.append(format(text, lineNumber, "  "))
      lineNumber += 1
    }
    return lines
  }
}
