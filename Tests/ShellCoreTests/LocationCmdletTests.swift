import Foundation
import ShellSyntax
import Testing

@testable import ShellCmdlets
@testable import ShellCore

/// The location and path cmdlets: path arithmetic on Linux separators, and a current location
/// that belongs to the interpreter.
@Suite struct LocationCmdletTests {
  @Test(arguments: [
    ("/usr", "bin", "/usr/bin"), ("a/", "/b", "a/b"), ("/", "etc", "/etc"),
    ("a\\b", "c", "a/b/c"), ("a", "", "a"), ("", "b", "b"),
  ])
  func joinPutsOneSeparatorBetweenParts(_ parent: String, _ child: String, _ joined: String) {
    #expect(JoinPath.join(parent, child) == joined)
  }

  @Test(arguments: [
    ("/usr/local/bin", "/usr/local"), ("/usr", "/"), ("/", ""), ("file.txt", ""),
    ("a/b/", "a"),
  ])
  func splitPathParentDropsTheLastElement(_ path: String, _ parent: String) {
    #expect(SplitPath.parent(path) == parent)
  }

  @Test(arguments: [
    ("/usr/etc", "/usr", "./etc"), ("/etc", "/usr", "../etc"), ("/usr", "/usr", "."),
  ])
  func resolvePathRelativeCountsUpLevels(_ path: String, _ base: String, _ relative: String) {
    #expect(ResolvePath.relative(path, to: base) == relative)
  }

  @Test func setLocationMovesTheInterpreterButNotTheProcess() {
    let before = FileManager.default.currentDirectoryPath
    let host = CapturingHost()
    let interpreter = makeInterpreter(host: host)
    _ = interpreter.run(SourceText("Set-Location /; $PWD.Path"))
    #expect(interpreter.location == "/")
    #expect(host.output == "/\n")
    #expect(FileManager.default.currentDirectoryPath == before)
  }

  @Test func relativePathsResolveAgainstTheLocation() {
    let lines = outputLines(
      "$dir = Join-Path $HOME 'sub'\n"
        + "Set-Content -Path (Join-Path $HOME 'top.txt') -Value 1\n"
        + "Set-Location $HOME\n"
        + "Test-Path top.txt\n"
        + "(Resolve-Path top.txt -Relative)")
    #expect(lines == ["True", "./top.txt"])
  }

  @Test func missingLocationIsAnErrorThatKeepsTheLocation() {
    let result = runShell("Set-Location /; Set-Location /no-such-dir-here; $PWD.Path")
    #expect(result.output == "/\n")
    #expect(
      result.errors.contains("Cannot find path '/no-such-dir-here' because it does not exist."))
  }
}
