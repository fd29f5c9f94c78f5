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
    let shell = try FileLabShell()
    let path = shell.labPath
    let shown = shell.run(
      "$rule = Get-ADSyncRule | Select-Object -First 1; $rule.Name; $rule.Identifier"
    )
    .split(separator: "\n").map(String.init)
    try #require(shown.count == 2)
    let queue = try DatabaseQueue(path: path)
    try queue.write { db in
      try db.execute(
        sql: "UPDATE sync_rule SET body = ? WHERE identifier = ?",
        arguments: ["{\"name\":\"\(shown[0])\"}", shown[1]])
    }
    try queue.close()

    let output = shell.run(
      "try { Start-ADSyncSyncCycle } catch { $_.Exception.Message; $_.CategoryInfo.Category }")
    let expected =
      "The synchronization rule '\(shown[0])' (\(shown[1])) stored in the lab cannot be read: "
    #expect(output.contains(expected))
    #expect(
      output.hasSuffix(
        "Nothing was run; Reset-ADLab -Force seeds the lab again.\nInvalidData\n"))
    #expect(shell.host.errors == "")
  }
}
