import Foundation
import Testing

/// Runs the built adsh once with arguments, in a scratch folder of its own, for tests that
/// check what a whole process does (exit codes, files it must leave alone).
struct AdshProcess {
  /// The scratch folder: the working directory, with HOME and the XDG folders inside it.
  let folder: URL

  init() throws {
    folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("adsh-process-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(
      at: folder.appendingPathComponent("home/.local/share"), withIntermediateDirectories: true)
  }

  /// Removes the scratch folder; called by each test when it ends.
  func remove() {
    try? FileManager.default.removeItem(at: folder)  // best effort: a temp folder
  }

  func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

  /// Runs adsh with `arguments`; `prefix` runs it through another program (`setpriv ...`).
  func run(_ arguments: [String], through prefix: [String] = []) async throws -> ProcessResult {
    let adsh = try #require(
      AdshExecutable.locate(),
      "no adsh executable; looked at \(AdshExecutable.candidates().map(\.path))")
    let output = folder.appendingPathComponent("run-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: output) }  // best effort: a temp folder
    let home = folder.appendingPathComponent("home")
    let runner = ProcessRunner(
      executable: URL(fileURLWithPath: prefix.first ?? adsh.path),
      arguments: Array(prefix.dropFirst()) + (prefix.isEmpty ? [] : [adsh.path]) + ["-NoProfile"]
        + arguments,
      workingDirectory: folder,
      environment: [
        "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent(".local/share").path,
        "XDG_CONFIG_HOME": home.appendingPathComponent(".config").path, "NO_COLOR": "1",
        "TERM": "dumb", "LANG": "C.UTF-8", "COLUMNS": "200",
      ],
      timeout: .seconds(30))
    return try await runner.run(scratch: output)
  }

  /// Every file of the scratch folder (not its subfolders) with its bytes.
  func files() throws -> [String: Data] {
    var result: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      var isDirectory: ObjCBool = false
      let url = folder.appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory),
        !isDirectory.boolValue
      {
        result[name] = try Data(contentsOf: url)
      }
    }
    return result
  }
}
