import Foundation
import Testing

/// Runs every Tests/Scripts/NAME.ps1 with adsh and compares what it prints with NAME.out
/// (standard output) and NAME.err (standard error, empty when the file is absent).
@Suite struct GoldenScriptTests {
  /// The longest a script may run before it is killed and fails.
  static let timeout = Duration.seconds(20)

  /// The parameterised test below passes vacuously when it is given no script: this one fails
  /// instead when Tests/Scripts cannot be read or holds no `.ps1` file.
  @Test func theScriptFolderHoldsScripts() throws {
    let names = try FileManager.default.contentsOfDirectory(atPath: ScriptDirectory.url.path)
    #expect(
      names.contains { $0.hasSuffix(".ps1") }, "no golden script in \(ScriptDirectory.url.path)")
    #expect(!ScriptDirectory.scriptNames.isEmpty)
  }

  @Test(arguments: ScriptDirectory.scriptNames)
  func scriptPrintsItsExpectedOutput(_ name: String) async throws {
    let script = try ScriptCase(name: name)
    let adsh = try #require(
      AdshExecutable.locate(),
      "no adsh executable; looked at \(AdshExecutable.candidates().map(\.path))")
    let scratch = FileManager.default.temporaryDirectory
      .appendingPathComponent("adsh-script-\(name)-\(UUID().uuidString)", isDirectory: true)
    let home = scratch.appendingPathComponent("home", isDirectory: true)
    let temporary = scratch.appendingPathComponent("tmp", isDirectory: true)
    for directory in [
      home, temporary, home.appendingPathComponent(".local/share"),
      home.appendingPathComponent(".config"),
    ] {
      try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }
    defer { try? FileManager.default.removeItem(at: scratch) }

    let runner = ProcessRunner(
      executable: adsh,
      arguments: ["-NoProfile", "-File", script.fileName],
      workingDirectory: ScriptDirectory.url,
      environment: [
        "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        "HOME": home.path,
        "XDG_DATA_HOME": home.appendingPathComponent(".local/share").path,
        "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path,
        "TMPDIR": temporary.path,
        "COLUMNS": String(script.header.width),
        "NO_COLOR": "1",
        "TERM": "dumb",
        "LANG": "C.UTF-8",
      ],
      timeout: Self.timeout)
    let result = try await runner.run(scratch: scratch)

    #expect(
      result.termination == .exited(script.header.exitCode),
      "\(script.fileName): \(result.termination), expected exit code \(script.header.exitCode)")
    compare(
      script.withScriptPathsShortened(result.standardOutput), with: script.expectedOutput,
      label: "\(name).out", stream: "standard output", script: script)
    let errorLabel = script.expectedError.isEmpty ? "(no \(name).err)" : "\(name).err"
    compare(
      script.withScriptPathsShortened(result.standardError), with: script.expectedError,
      label: errorLabel, stream: "standard error", script: script)

    let added = ScriptDirectory.entries().subtracting(ScriptDirectory.initialEntries)
    #expect(
      added.isEmpty,
      "files appeared in Tests/Scripts while scripts ran: \(added.sorted()); write under $HOME")
  }

  @Test func everyScriptHasExpectedOutput() {
    let scripts = Set(ScriptDirectory.names(withExtension: "ps1"))
    let outputs = Set(ScriptDirectory.names(withExtension: "out"))
    let errors = Set(ScriptDirectory.names(withExtension: "err"))
    #expect(scripts.subtracting(outputs).sorted() == [], "scripts without NAME.out")
    #expect(outputs.subtracting(scripts).sorted() == [], "NAME.out files without NAME.ps1")
    #expect(errors.subtracting(scripts).sorted() == [], "NAME.err files without NAME.ps1")
  }

  /// Records an issue with a line diff when `actual` differs from `expected`.
  private func compare(
    _ actual: String, with expected: String, label: String, stream: String, script: ScriptCase
  ) {
    guard actual != expected else { return }
    let diff = LineDiff.render(
      expected: expected, actual: actual, expectedLabel: label, actualLabel: stream)
    Issue.record("\(script.fileName): \(stream) differs (- expected, + actual)\n\(diff)")
  }
}
