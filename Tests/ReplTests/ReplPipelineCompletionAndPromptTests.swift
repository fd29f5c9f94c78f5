import Foundation
import Testing

/// In a real terminal: Tab completes properties of the type flowing through a pipeline, and a
/// missing mandatory parameter is asked for as pwsh's console host asks.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed (scripts/test installs it)"))
struct ReplPipelineCompletionAndPromptTests {
  private func start(_ home: ReplTerminalTests.Home) throws -> TmuxSession {
    let adsh = try #require(ReplTerminalTests.adshPath(), "the adsh executable was not built")
    let session = try TmuxSession(
      adsh: adsh, arguments: ["-NoLogo"], directory: home.work, environment: home.environment)
    let prompt = try session.waitFor { $0.hasSuffix("PS \(home.work)>") }
    try #require(prompt.matched, "no prompt; the screen was:\n\(prompt.screen)")
    return session
  }

  @Test func tabCompletesAPropertyOfTheUsersInThePipeline() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let session = try start(home)
    try session.type("Get-ADUser ajohnson | Select-Object Sam")
    try session.press("Tab")
    var result = try session.waitFor {
      $0.hasSuffix("> Get-ADUser ajohnson | Select-Object SamAccountName")
    }
    #expect(result.matched, "screen:\n\(result.screen)")
    try session.press("Enter")
    result = try session.waitFor { $0.contains("SamAccountName\n--------------\najohnson") }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  @Test func missingMandatoryParameterIsAskedForWithHelpOnRequest() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let session = try start(home)
    try session.type("Get-ADGroupMember")
    try session.press("Enter")
    var result = try session.waitFor {
      $0.hasSuffix(
        "cmdlet Get-ADGroupMember at command pipeline position 1\n"
          + "Supply values for the following parameters:\n(Type !? for Help.)\nIdentity:")
    }
    #expect(result.matched, "screen:\n\(result.screen)")
    try session.type("!?")
    try session.press("Enter")
    // The help message is the parameter's, and the question is asked again.
    result = try session.waitFor {
      $0.hasSuffix(
        "Identity: !?\nThe group: a distinguished name, GUID, SID or sAMAccountName, or an "
          + "object.\nIdentity:")
    }
    #expect(result.matched, "screen:\n\(result.screen)")
    try session.type("!x")
    try session.press("Enter")
    result = try session.waitFor {
      $0.hasSuffix(
        "Identity: !x\n\"!x\" cannot be recognized as a valid Prompt command.\nIdentity:")
    }
    #expect(result.matched, "screen:\n\(result.screen)")
    try session.type("Domain Admins")
    try session.press("Enter")
    result = try session.waitFor {
      $0.contains("Administrator") && $0.hasSuffix("PS \(home.work)>")
    }
    #expect(result.matched, "screen:\n\(result.screen)")
  }

  @Test func nonInteractiveSessionFailsInsteadOfAsking() throws {
    let home = try ReplTerminalTests.Home()
    defer { home.remove() }
    let adsh = try #require(ReplTerminalTests.adshPath(), "the adsh executable was not built")
    let session = try TmuxSession(
      adsh: adsh, arguments: ["-NoLogo", "-NonInteractive"], directory: home.work,
      environment: home.environment)
    let prompt = try session.waitFor { $0.hasSuffix("PS \(home.work)>") }
    try #require(prompt.matched, "no prompt; the screen was:\n\(prompt.screen)")
    try session.type("Get-ADGroupMember")
    try session.press("Enter")
    let result = try session.waitFor {
      $0.contains("Cannot process command because of one or more missing mandatory parameters:")
        && $0.hasSuffix("PS \(home.work)>")
    }
    #expect(result.matched, "screen:\n\(result.screen)")
    #expect(!result.screen.contains("Supply values"), "screen:\n\(result.screen)")
  }
}
