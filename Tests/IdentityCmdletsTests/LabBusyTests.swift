import Foundation
import GRDB
import IdentityCmdlets
import ShellCore
import ShellSyntax
import Testing

/// A Graph or AD write that waits in vain for another connection's write lock fails with a
/// terminating error naming the holder, which try/catch sees; the script goes on.
@Suite struct LabBusyTests {
  @Test func aWriteThatTimesOutOnTheLabLockReachesCatch() throws {
    let shell = try FileLabShell()
    let path = shell.labPath
    shell.run("$null = Get-ADDomain")

    let holding = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let holder = try DatabaseQueue(path: path)
    DispatchQueue.global().async {
      // Released by the test; a failure to take the lock shows as the write succeeding below.
      try? holder.write { db in
        try db.execute(sql: "UPDATE setting SET value = value WHERE key = 'usn'")
        holding.signal()
        release.wait()
      }
    }
    holding.wait()
    defer { release.signal() }

    let output = shell.run(
      """
      try {
        New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
      } catch { $_.FullyQualifiedErrorId; $_.Exception.Message }
      'after'
      """)
    #expect(
      output
        == "LabBusy,New-MgGroup\nThe lab '\(path)' is busy: this shell holds its write lock; "
        + "adsh waited 5 seconds for it. Try again when that has finished.\nafter\n")
    #expect(shell.host.errors == "")
  }
}
