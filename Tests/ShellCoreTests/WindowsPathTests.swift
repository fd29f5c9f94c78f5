import Foundation
import Testing

@testable import ShellCore

/// File system paths as pwsh on Linux reads them: `\` is a separator, and a drive-qualified
/// path names a drive Linux does not have.
@Suite struct WindowsPathTests {
  @Test(arguments: [
    ("C:\\Reports", "C"), ("c:/x", "c"), ("HKLM:\\Software", "HKLM"), ("foo:bar", "foo"),
  ])
  func driveQualifiedPathNamesItsDrive(_ path: String, _ drive: String) {
    #expect(Interpreter.missingDrive(in: path) == drive)
  }

  @Test(arguments: [
    ".\\a:b", "./a:b", "/tmp/a:b", "\\tmp\\x", "dir\\a:b", ":x", "plain", "Env:HOME",
    "Variable:\\x", "Microsoft.PowerShell.Core\\FileSystem::/tmp",
  ])
  func pathWithoutAMissingDriveNamesNone(_ path: String) {
    #expect(Interpreter.missingDrive(in: path) == nil)
  }

  @Test func backslashesResolveAsSeparators() throws {
    let interpreter = Interpreter(host: CapturingHost())
    interpreter.location = "/srv/data"
    #expect(try interpreter.resolvePath(".\\users.csv") == "/srv/data/users.csv")
    #expect(try interpreter.resolvePath("..\\logs\\a.txt") == "/srv/logs/a.txt")
    #expect(try interpreter.resolvePath("\\etc\\hosts") == "/etc/hosts")
    #expect(
      try interpreter.resolvePath("Microsoft.PowerShell.Core\\FileSystem::/etc/hosts")
        == "/etc/hosts")
    #expect(try interpreter.resolvePath("FileSystem::\\etc") == "/etc")
  }

  @Test func missingDriveIsAnError() {
    let interpreter = Interpreter(host: CapturingHost())
    #expect(throws: DriveNotFoundError.self) { try interpreter.resolvePath("C:\\Reports") }
  }
}
