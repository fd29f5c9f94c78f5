// The golden scripts are read from the source tree and never written: the harness runs
// each script with Tests/Scripts as its working directory and a fresh temporary HOME, and
// keeps all of its own files in a temporary directory.

import Foundation

/// The golden scripts in Tests/Scripts, located from this file's path.
enum ScriptDirectory {
  /// The package root: two folders above Tests/ScriptTests.
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent()
    .deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Tests/Scripts, the working directory of every golden script.
  static let url = packageRoot.appendingPathComponent("Tests/Scripts", isDirectory: true)

  /// The names (without `.ps1`) of all golden scripts, sorted.
  static let scriptNames = names(withExtension: "ps1")

  /// The files in Tests/Scripts before any script ran.
  static let initialEntries = entries()

  /// The names (without extension) of the files in Tests/Scripts ending in `.ext`, sorted.
  static func names(withExtension ext: String) -> [String] {
    entries()
      .filter { $0.hasSuffix("." + ext) }
      .map { String($0.dropLast(ext.count + 1)) }
      .sorted()
  }

  /// The names of all entries in Tests/Scripts.
  static func entries() -> Set<String> {
    let names = try? FileManager.default.contentsOfDirectory(atPath: url.path)
    return Set(names ?? [])
  }
}

/// One golden script: NAME.ps1, its header settings and its expected output.
struct ScriptCase {
  let name: String
  let header: ScriptHeader
  let expectedOutput: String
  /// The expected standard error: NAME.err, or empty when there is no such file.
  let expectedError: String

  var fileName: String { name + ".ps1" }

  /// Reads NAME.ps1, NAME.out and NAME.err (if present) from Tests/Scripts.
  init(name: String) throws {
    self.name = name
    let directory = ScriptDirectory.url
    let script = try Self.read(directory.appendingPathComponent(name + ".ps1"))
    let firstLine = script.prefix { $0 != "\n" && $0 != "\r\n" }
    header = try ScriptHeader(firstLine: firstLine)
    expectedOutput = try Self.read(directory.appendingPathComponent(name + ".out"))
    let errorFile = directory.appendingPathComponent(name + ".err")
    if FileManager.default.fileExists(atPath: errorFile.path) {
      expectedError = try Self.read(errorFile)
    } else {
      expectedError = ""
    }
  }

  /// Absolute spellings of the script's path, longest first, as the shell may print them.
  var absolutePaths: [String] {
    let url = ScriptDirectory.url.appendingPathComponent(fileName)
    let spellings = [url.path, url.standardizedFileURL.path, url.resolvingSymlinksInPath().path]
    return Array(Set(spellings)).sorted { $0.count > $1.count }
  }

  /// Replaces every absolute path of the script in `text` with `NAME.ps1`.
  func withScriptPathsShortened(_ text: String) -> String {
    absolutePaths.reduce(text) { $0.replacingOccurrences(of: $1, with: fileName) }
  }

  private static func read(_ url: URL) throws -> String {
    String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }
}

/// The settings a script's first line may give, as in `# test: width=80 exit=1`.
struct ScriptHeader: Equatable {
  /// The terminal width, passed as COLUMNS.
  var width = 120
  /// The exit code the shell must end with.
  var exitCode: Int32 = 0

  /// Reads the settings from a first line; a line that is not a header gives the defaults.
  init(firstLine: Substring) throws {
    let trimmed = firstLine.trimmingCharacters(in: .whitespaces)
    guard trimmed.hasPrefix("#") else { return }
    let comment = trimmed.dropFirst().trimmingCharacters(in: .whitespaces)
    guard comment.hasPrefix("test:") else { return }
    for setting in comment.dropFirst("test:".count).split(whereSeparator: \.isWhitespace) {
      let parts = setting.split(separator: "=", maxSplits: 1)
      guard parts.count == 2 else {
        throw HarnessError("header setting '\(setting)' is not key=value")
      }
      switch parts[0] {
      case "width":
        guard let width = Int(parts[1]), width > 0 else {
          throw HarnessError("header width '\(parts[1])' is not a positive number")
        }
        self.width = width
      case "exit":
        guard let code = Int32(parts[1]) else {
          throw HarnessError("header exit '\(parts[1])' is not a number")
        }
        exitCode = code
      default:
        throw HarnessError("unknown header key '\(parts[0])' (known: width, exit)")
      }
    }
  }
}

/// A problem with the test setup rather than with the shell's output.
struct HarnessError: Error, CustomStringConvertible {
  let description: String

  init(_ description: String) {
    self.description = description
  }
}
