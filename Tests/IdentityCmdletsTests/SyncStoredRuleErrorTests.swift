import Foundation
import GRDB
import IdentityCmdlets
import ShellCore
import ShellSyntax
import Testing

/// Start-ADSyncSyncCycle on a lab whose stored rule no longer decodes stops before any step
/// with an error naming the rule.
@Suite struct SyncStoredRuleErrorTests {
  @Test func theCycleNamesTheRuleItCannotRead() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("adsh-rule-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }  // best effort: a temp folder
    let path = folder.appendingPathComponent("lab.sqlite").path
    let host = CapturingHost(width: 120)
    let interpreter = makeInterpreter(host: host)
    IdentityCmdlets.register(in: interpreter, labPath: path)
    _ = interpreter.run(
      SourceText("$rule = Get-ADSyncRule | Select-Object -First 1; $rule.Name; $rule.Identifier"))
    interpreter.flushOutput()
    let shown = host.output.split(separator: "\n").map(String.init)
    try #require(shown.count == 2)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(
        sql: "UPDATE sync_rule SET body = ? WHERE identifier = ?",
        arguments: ["{\"name\":\"\(shown[0])\"}", shown[1]])
    }
    try queue.close()

    _ = interpreter.run(
      SourceText(
        "try { Start-ADSyncSyncCycle } catch { $_.Exception.Message; $_.CategoryInfo.Category }"))
    interpreter.flushOutput()
    let expected =
      "The synchronization rule '\(shown[0])' (\(shown[1])) stored in the lab cannot be read: "
    #expect(host.output.contains(expected))
    #expect(
      host.output.hasSuffix(
        "Nothing was run; Reset-ADLab -Force seeds the lab again.\nInvalidData\n"))
    #expect(host.errors == "")
  }
}
