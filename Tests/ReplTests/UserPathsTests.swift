import Foundation
import Testing

@testable import adsh

/// Where per-user files go, and what a home that cannot hold them gives.
@Suite struct UserPathsTests {
  @Test func missingDirectoriesAreCreatedPrivate() throws {
    let root = NSTemporaryDirectory() + "adsh-paths-" + UUID().uuidString
    defer { try? FileManager.default.removeItem(atPath: root) }  // scratch space only
    #expect(UserPaths.createParentDirectory(of: root + "/data/adsh/history") == nil)
    let attributes = try FileManager.default.attributesOfItem(atPath: root + "/data/adsh")
    #expect((attributes[.posixPermissions] as? Int) == 0o700)
  }

  @Test func aFileInThePathIsNamedInPlainWords() {
    #expect(
      UserPaths.createParentDirectory(of: "/dev/null/adsh/history")
        == "'/dev/null' is not a directory")
  }

  @Test func relativeXDGValuesAreIgnored() {
    let environment = ["HOME": "/home/admin", "XDG_DATA_HOME": "data"]
    #expect(UserPaths.history(environment: environment) == "/home/admin/.local/share/adsh/history")
  }
}
