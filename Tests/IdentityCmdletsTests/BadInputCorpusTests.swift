import Foundation
import GRDB
import IdentityCmdlets
import ShellCore
import ShellSyntax
import Testing

/// The in-process cases of the bad-input corpus (Tests/BadInputs/cases.txt).
///
/// Each `shell` case runs against one shared file lab and must raise the error it names, end
/// in time, and leave the lab dump-for-dump unchanged. The `process:` cases run as adsh
/// processes in ScriptTests.
@Suite struct BadInputCorpusTests {
  /// The longest one case may run: a hang, not a slow input (a debug build, beside a full
  /// parallel test run on two shared cores, took up to 11 s for the 10 MB description).
  static let caseLimit = 30.0
  /// The longest the whole in-process corpus may run: about 6 s alone, 65 s beside a full
  /// parallel test run on two shared cores.
  static let corpusLimit = 180.0

  @Test func theCorpusHoldsAtLeastTwoHundredCases() throws {
    let cases = try BadInputCase.all()
    #expect(cases.count >= 200, "only \(cases.count) cases")
    #expect(Set(cases.map(\.line)).count == cases.count)
  }

  @Test func everyShellCaseRaisesItsErrorAndLeavesTheLabUnchanged() throws {
    let cases = try BadInputCase.all().filter { $0.setup == nil }
    let lab = try CorpusLab()
    let pristine = try lab.dump()
    var bytes = try lab.bytes()
    var failures: [String] = []
    var changed = 0
    var slow: [String] = []
    var timings: [(Double, Int)] = []
    let started = Date()
    for item in cases {
      let start = Date()
      let found = BigStack.run { lab.firstErrorId(of: item.script) }
      let elapsed = Date().timeIntervalSince(start)
      timings.append((elapsed, item.line))
      if found != item.expectedId {
        failures.append(
          "line \(item.line): expected \(item.expectedId), got \(found ?? "no error")")
      }
      if elapsed > Self.caseLimit { slow.append("line \(item.line): \(Int(elapsed)) s") }
      // Equal bytes are an unchanged lab; other bytes (a checkpoint) must still dump the same.
      let now = try lab.bytes()
      if now == bytes { continue }
      bytes = now
      if try lab.dump() != pristine {
        changed += 1
        failures.append("line \(item.line): the lab changed")
        try lab.reset()
        bytes = try lab.bytes()
      }
    }
    let total = Date().timeIntervalSince(started)
    #expect(
      failures.isEmpty,
      "\(failures.count) of \(cases.count):\n\(failures.joined(separator: "\n"))")
    #expect(changed == 0)
    #expect(slow.isEmpty, "cases over \(Self.caseLimit) s: \(slow)")
    let slowest = timings.sorted { $0.0 > $1.0 }.prefix(8)
      .map { "line \($0.1): \(String(format: "%.2f", $0.0)) s" }
    #expect(total < Self.corpusLimit, "the corpus took \(Int(total)) s; slowest: \(slowest)")
    print(
      "bad inputs: \(cases.count) in-process cases in \(Int(total)) s, \(failures.count) failed, "
        + "\(changed) changed the lab; slowest: \(slowest.joined(separator: ", "))")
  }
}

/// One line of the corpus: where it runs, the error id it must raise, and the script.
struct BadInputCase {
  let line: Int
  /// nil for an in-process case, else the lab the process case starts from.
  let setup: String?
  let expectedId: String
  let script: String

  /// Prints `@@` and the id of the first error: the oldest in `$Error`, else the one the
  /// case's `try` caught (a caught error does not reach `$Error`).
  static let report = """
    $new = $Error.Count - $global:before
    $first = if ($new -gt 0) { $Error[$new - 1] } else { $global:caught }
    if ($first) { '@@' + $first.FullyQualifiedErrorId }
    """

  static var file: URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("BadInputs/cases.txt")
  }

  static func all() throws -> [BadInputCase] {
    let text = try String(contentsOf: file, encoding: .utf8)
    var cases: [BadInputCase] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
      .enumerated()
    where !line.isEmpty && !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", maxSplits: 2, omittingEmptySubsequences: false)
      guard fields.count == 3 else {
        Issue.record("cases.txt line \(index + 1) does not have three tab-separated fields")
        continue
      }
      let place = String(fields[0])
      cases.append(
        BadInputCase(
          line: index + 1,
          setup: place.hasPrefix("process:") ? String(place.dropFirst("process:".count)) : nil,
          expectedId: String(fields[1]), script: String(fields[2])))
    }
    return cases
  }
}

/// A seeded file lab every case runs against, through one interpreter.
///
/// Each case runs in a script block of its own, and its errors are the entries `$Error` gained. A new interpreter
/// takes over every 40 cases, before `$Error` nears its 256 entries.
final class CorpusLab {
  let folder: URL
  let labPath: String
  private var seeded: Data
  private var shell: (interpreter: Interpreter, host: CapturingHost)?
  /// Cases run so far; every 40th gets a new interpreter, long before `$Error` is full.
  private var casesRun = 0

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("adsh-bad-inputs-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    labPath = folder.appendingPathComponent("lab.sqlite").path
    seeded = Data()
    // Every part of the lab that is seeded on first use is seeded here, before the dump.
    _ = BigStack.run {
      self.firstErrorId(
        of: "$null = Get-ADDomain; $null = Get-MgUser -Top 1; $null = Get-ADSyncScheduler")
    }
    try checkpoint()
    seeded = try Data(contentsOf: URL(fileURLWithPath: labPath))
  }

  deinit { try? FileManager.default.removeItem(at: folder) }  // best effort: a temp folder

  /// The interpreter the cases share, made on first use.
  private func sharedShell() -> (interpreter: Interpreter, host: CapturingHost) {
    if let shell { return shell }
    let host = CapturingHost(width: 120)
    let interpreter = makeInterpreter(host: host)
    IdentityCmdlets.register(in: interpreter, labPath: labPath)
    let quoted = folder.path.replacingOccurrences(of: "'", with: "''")
    _ = interpreter.run(SourceText("Set-Location -LiteralPath '\(quoted)'"))
    shell = (interpreter, host)
    return (interpreter, host)
  }

  /// Runs `script` and returns the id of the first error it raised: the first parse error
  /// when it does not parse, else the oldest entry of `$Error`, else the error its `try`
  /// caught.
  func firstErrorId(of script: String) -> String? {
    let parsed = Parser.parse(SourceText(script))
    if let error = parsed.errors.first { return error.id }
    casesRun += 1
    if casesRun % 40 == 0 { shell = nil }
    let (interpreter, host) = sharedShell()
    _ = interpreter.run(
      SourceText(
        "$global:before = $Error.Count; $global:caught = $null\n"
          + "try { & {\n\(script)\n} } catch { $global:caught = $_ }"))
    interpreter.flushOutput()
    let before = host.output.count
    _ = interpreter.run(SourceText(BadInputCase.report))
    interpreter.flushOutput()
    let printed = String(host.output.dropFirst(before))
    guard let mark = printed.range(of: "@@") else { return nil }
    return printed[mark.upperBound...].trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// The bytes of the lab file and of its write-ahead log.
  func bytes() throws -> [Data] {
    try ["", "-wal"].map { suffix in
      let url = URL(fileURLWithPath: labPath + suffix)
      guard FileManager.default.fileExists(atPath: url.path) else { return Data() }
      return try Data(contentsOf: url)
    }
  }

  /// Every row of every table, in a stable order: equal dumps are equal labs.
  func dump() throws -> [String] {
    let queue = try DatabaseQueue(path: labPath)
    defer { try? queue.close() }  // best effort: a read-only connection
    return try queue.read { db in
      var lines: [String] = []
      let tables = try Row.fetchAll(
        db, sql: "SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
      for table in tables {
        let name: String = try table.decode(atIndex: 0)
        lines.append("table \(name): \(try table.decode(String?.self, atIndex: 1) ?? "")")
        let quoted = name.replacingOccurrences(of: "\"", with: "\"\"")
        var rows = try Row.fetchAll(db, sql: "SELECT * FROM \"\(quoted)\"").map(\.description)
        rows.sort()
        lines += rows
      }
      return lines
    }
  }

  /// Puts the seeded lab back after a case changed it.
  func reset() throws {
    shell = nil
    for suffix in ["-wal", "-shm"] {
      try? FileManager.default.removeItem(atPath: labPath + suffix)  // absent when checkpointed
    }
    try seeded.write(to: URL(fileURLWithPath: labPath))
  }

  private func checkpoint() throws {
    let queue = try DatabaseQueue(path: labPath)
    try queue.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
    try queue.close()
  }
}

/// Runs work on a thread with the shell's 1 GiB stack, as adsh runs its interpreter: deep but
/// legal nesting needs it, and a test thread's stack is far smaller.
enum BigStack {
  static func run<T>(_ body: @escaping () -> T) -> T {
    let box = ResultBox<T>()
    let done = DispatchSemaphore(value: 0)
    let thread = Thread {
      box.value = body()
      done.signal()
    }
    thread.stackSize = 1 << 30
    thread.start()
    done.wait()
    guard let value = box.value else { preconditionFailure("the thread ended without a result") }
    return value
  }

  private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
  }
}
