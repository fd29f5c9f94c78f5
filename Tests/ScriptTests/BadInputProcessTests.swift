import Foundation
import GRDB
import Testing

/// The `process:` cases of the bad-input corpus (Tests/BadInputs/cases.txt).
///
/// They are inputs that need a lab file of their own (a directory, a read-only lab, another
/// program's file, a newer schema, a row of the wrong type) or the shell's own stack. Each
/// runs adsh once and must raise the error it names, end before AdshProcess's time limit,
/// and leave the lab's folder as it was.
@Suite struct BadInputProcessTests {
  struct Case: CustomStringConvertible, Sendable {
    let line: Int
    let setup: String
    let expectedId: String
    let script: String

    var description: String { "line \(line) (\(setup))" }
  }

  static let cases: [Case] = {
    let file = ScriptDirectory.packageRoot.appendingPathComponent("Tests/BadInputs/cases.txt")
    let text = try? String(contentsOf: file, encoding: .utf8)  // none: a test counts the cases
    guard let text else { return [] }
    var cases: [Case] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    where line.hasPrefix("process:") {
      let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count == 3 else { continue }
      cases.append(
        Case(
          line: index + 1, setup: String(fields[0].dropFirst("process:".count)),
          expectedId: String(fields[1]), script: String(fields[2])))
    }
    return cases
  }()

  @Test func theCorpusHasProcessCases() {
    #expect(Self.cases.count >= 10)
  }

  @Test(arguments: cases)
  func caseRaisesItsErrorAndLeavesTheLabUnchanged(_ item: Case) async throws {
    let shell = try AdshProcess()
    defer { shell.remove() }
    let (lab, prefix) = try await Self.prepare(item.setup, in: shell)
    let before = try shell.files()
    let listing = try Self.listing(shell.folder)
    let command =
      "try {\n\(item.script)\n} catch { $global:caught = $_ }\n"
      + "$first = if ($Error.Count) { $Error[$Error.Count - 1] } else { $global:caught }\n"
      + "if ($first) { '@@' + $first.FullyQualifiedErrorId }"

    let result = try await shell.run(["-Lab", lab, "-Command", command], through: prefix)

    let printed = result.standardOutput.components(separatedBy: "@@").last ?? ""
    let found =
      result.standardOutput.contains("@@")
      ? printed.trimmingCharacters(in: .whitespacesAndNewlines) : "no error"
    #expect(found == item.expectedId, "\(item): \(result.standardError.prefix(600))")
    // A hang is killed after AdshProcess's 30 s and recorded here; the in-process corpus
    // measures the time of each input.
    if case .exited = result.termination {
    } else {
      Issue.record("\(item): adsh ended with \(result.termination)")
    }
    // A lab that adsh opened may differ in header bytes (the page count SQLite records on a
    // checkpoint) and still hold the same rows: such a lab is compared dump for dump.
    #expect(try Self.listing(shell.folder) == listing, "\(item): files appeared or went")
    let after = try shell.files()
    if after != before {
      #expect(after.keys.sorted() == before.keys.sorted(), "\(item): files appeared or went")
      let isLab = ["fresh", "readonly", "newer", "badrow"].contains(item.setup)
      let labBefore = try Self.dump(from: before[(lab as NSString).lastPathComponent])
      let labAfter = try Self.dump(lab)
      #expect(isLab && labAfter == labBefore, "\(item): the lab changed")
    }
  }

  /// Makes the lab a case starts from; returns its -Lab argument and the program to run adsh
  /// through (the unprivileged user for a read-only lab when the tests run as root).
  static func prepare(_ setup: String, in shell: AdshProcess) async throws -> (String, [String]) {
    let lab = shell.path("lab.sqlite")
    switch setup {
    case "dir":
      try FileManager.default.createDirectory(
        atPath: shell.path("labdir"), withIntermediateDirectories: true)
      return (shell.path("labdir"), [])
    case "foreign":
      try LabFileSafetyTests.database(lab, "CREATE TABLE notes(t); INSERT INTO notes VALUES('x')")
      return (lab, [])
    case "text":
      try Data("plain text\n".utf8).write(to: URL(fileURLWithPath: lab))
      return (lab, [])
    default:
      break
    }
    let seeded = try await shell.run(["-Lab", lab, "-Command", "$null = Get-ADDomain"])
    #expect(seeded.termination == .exited(0))
    switch setup {
    case "newer":
      try LabFileSafetyTests.database(lab, "PRAGMA user_version = 999")
    case "badrow":
      // Another program stored text where adsh keeps a number (an update sequence number).
      try LabFileSafetyTests.database(
        lab, "UPDATE object SET usnChanged = 'not a number' WHERE samAccountName = 'Administrator'")
    case "readonly":
      if getuid() == 0 {
        try FileManager.default.setAttributes(
          [.posixPermissions: 0o755], ofItemAtPath: shell.folder.path)
        return (lab, ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"])
      }
      try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: lab)
    default:
      break
    }
    return (lab, [])
  }

  /// Every row of every table of the lab at `path`, in a stable order.
  static func dump(_ path: String) throws -> [String] {
    let queue = try DatabaseQueue(path: path, configuration: readOnly)
    defer { try? queue.close() }  // best effort: a read-only connection
    return try queue.read { db in
      var lines: [String] = []
      for name in try String.fetchAll(
        db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
      {
        let quoted = name.replacingOccurrences(of: "\"", with: "\"\"")
        lines.append("table \(name)")
        lines += try Row.fetchAll(db, sql: "SELECT * FROM \"\(quoted)\"").map(\.description)
          .sorted()
      }
      return lines
    }
  }

  /// The dump of a lab held in `data` (the bytes taken before the case ran).
  static func dump(from data: Data?) throws -> [String] {
    guard let data else { return [] }
    let copy = FileManager.default.temporaryDirectory
      .appendingPathComponent("adsh-lab-copy-\(UUID().uuidString).sqlite")
    try data.write(to: copy)
    defer { try? FileManager.default.removeItem(at: copy) }  // best effort: a temp file
    return try dump(copy.path)
  }

  static var readOnly: Configuration {
    var configuration = Configuration()
    configuration.readonly = true
    return configuration
  }

  /// The names of everything in the folder, subfolders included.
  static func listing(_ folder: URL) throws -> [String] {
    let names = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]
    return (names ?? []).filter { !$0.hasPrefix("run-") && !$0.hasPrefix("home") }.sorted()
  }
}
