import Foundation
import Testing

/// The session history at a real prompt: Get-History lists the lines run before it, and `r`
/// runs one again, echoing it first, and is remembered as the line it ran.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed (scripts/test installs it)"))
struct ReplSessionHistoryTests {
  @Test func getHistoryListsEarlierLinesAndRRunsOneAgain() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let adsh = try #require(ReplTerminalTests.adshPath(), "the adsh executable was not built")
    let session = try TmuxSession(
      adsh: adsh, arguments: ["-NoLogo"], directory: home.work, environment: home.environment)
    let prompt = "PS \(home.work)>"
    try #require(try session.waitFor { $0.hasSuffix(prompt) }.matched)

    try session.submit("Write-Output 'first'")
    try session.waitFor { $0.hasSuffix("first\n\(prompt)") }
    try session.submit("Write-Output 'second'")
    try session.waitFor { $0.hasSuffix("second\n\(prompt)") }

    // The table view: Id (right, 4 cells), Duration (right, 12 cells, s.fff), CommandLine.
    try session.submit("Get-History")
    var result = try session.waitFor { $0.hasSuffix("'second'\n\n\(prompt)") }
    #expect(result.matched, "screen:\n\(result.screen)")
    let table = result.screen.split(separator: "\n").map(String.init)
    #expect(table.contains("  Id     Duration CommandLine"), "screen:\n\(result.screen)")
    #expect(table.contains("  --     -------- -----------"), "screen:\n\(result.screen)")
    for (id, line) in [(1, "Write-Output 'first'"), (2, "Write-Output 'second'")] {
      let pattern = "^   \(id) {8}\\d\\.\\d{3} \(NSRegularExpression.escapedPattern(for: line))$"
      let row = try Regex(pattern)
      #expect(table.contains { $0.wholeMatch(of: row) != nil }, "no row \(id):\n\(result.screen)")
    }

    // `r 1` echoes entry 1's command line, runs it, and is filed as that command line.
    try session.submit("r 1")
    result = try session.waitFor { $0.hasSuffix("> r 1\nWrite-Output 'first'\nfirst\n\(prompt)") }
    #expect(result.matched, "screen:\n\(result.screen)")

    try session.submit("(Get-History).CommandLine -join ' | '")
    result = try session.waitFor {
      $0.hasSuffix(
        "Write-Output 'first' | Write-Output 'second' | Get-History | Write-Output 'first'\n"
          + prompt)
    }
    #expect(result.matched, "screen:\n\(result.screen)")
  }
}
