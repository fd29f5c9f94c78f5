import Foundation
import Testing

/// No line of Sources stops the process on bad data.
///
/// Walks every Swift file under Sources for the constructs that stop the process instead of
/// reporting an error: `try!`, `as!`, force unwraps, `fatalError`, `precondition`, and GRDB's
/// row subscripts (which trap on a value of another type than asked, as a lab written by
/// another program holds). Data read from a lab file or typed by a user must be decoded with
/// throwing calls, so that bad data is an error naming it, never a crash.
@Suite struct SourceTrapTests {
  /// Traps that are justified, by file and the text of the line, each with its reason.
  static let allowed: [(file: String, text: String, reason: String)] = [
    (
      "Sources/LineEditor/LineEditor.swift", "preconditionFailure(\"libedit could not allocate",
      "libedit failing to allocate its editor is out of memory, not bad input"
    )
  ]

  /// One pattern that traps, with a name for the report.
  static let patterns: [(name: String, regex: String)] = [
    ("try!", #"\btry!"#),
    ("as!", #"\bas!"#),
    ("force unwrap", #"[\w\)\]]![^=]"#),
    ("fatalError", #"\bfatalError\("#),
    ("precondition", #"\bprecondition(Failure)?\("#),
    ("unsafelyUnwrapped", #"\.unsafelyUnwrapped\b"#),
  ]

  /// A GRDB row subscript (`row["dn"]`, `head[0] as Int64`, `$0["name"]`), in files that
  /// import GRDB.
  static let rowSubscript = #"\b[a-z]*[rR]ow\[[^\]]+\]|\b\w+\[[^\]]+\] as [A-Z]|\$0\[""#

  @Test func noSourceLineTrapsOnData() throws {
    let root = ScriptDirectory.packageRoot.appendingPathComponent("Sources")
    let files = (FileManager.default.enumerator(atPath: root.path)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".swift") }
    #expect(files.count > 100, "walked only \(files.count) files under \(root.path)")
    var found: [String] = []
    var allowedSeen = 0
    for file in files.sorted() {
      let path = "Sources/" + file
      let text = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
      let usesGRDB = text.contains("import GRDB")
      var inMultilineString = false
      for (index, line) in text.components(separatedBy: "\n").enumerated() {
        // The lines of a multi-line string literal (help text, examples) are not code.
        if line.components(separatedBy: "\"\"\"").count % 2 == 0 {
          inMultilineString.toggle()
          continue
        }
        if inMultilineString { continue }
        // Cheap checks first: most lines hold none of the characters a trap needs.
        guard
          line.contains("!") || line.contains("fatalError") || line.contains("precondition")
            || line.contains("unsafelyUnwrapped") || (usesGRDB && line.contains("["))
        else { continue }
        let code = Self.codePart(of: line)
        var hits = Self.patterns.filter {
          code.range(of: $0.regex, options: .regularExpression) != nil
        }
        .map(\.name)
        if usesGRDB, code.range(of: Self.rowSubscript, options: .regularExpression) != nil {
          hits.append("GRDB row subscript")
        }
        guard !hits.isEmpty else { continue }
        if Self.allowed.contains(where: { $0.file == path && line.contains($0.text) }) {
          allowedSeen += 1
          continue
        }
        found.append(
          "\(path):\(index + 1): \(hits.joined(separator: ", ")): \(line.trimmingCharacters(in: .whitespaces))"
        )
      }
    }
    #expect(found.isEmpty, "\(found.count) lines trap:\n\(found.joined(separator: "\n"))")
    #expect(allowedSeen == Self.allowed.count, "an allowed line is gone: drop it from the list")
  }

  /// The line without its comment and without the text of its string literals, so that
  /// `"Welcome!"` and `// x!` are not code.
  static func codePart(of line: String) -> String {
    var result = ""
    var inString = false
    var previous: Character = " "
    for character in line {
      if !inString, character == "/", previous == "/" {
        result.removeLast()
        break
      }
      if character == "\"", previous != "\\" {
        inString.toggle()
        result.append(character)
      } else if !inString {
        result.append(character)
      }
      previous = character
    }
    return result
  }
}
