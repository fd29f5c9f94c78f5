import Foundation
import Testing

@testable import ShellCore

/// Finding programs: a name with a slash is a path from the current location, any other name
/// is looked up in each directory of PATH in order, and only executable regular files count.
@Suite struct ApplicationSearchTests {
  /// A scratch directory holding `bin1/tool` (executable), `bin1/data` (not executable),
  /// `bin1/folder/` and `bin2/tool` and `bin2/data` (both executable).
  final class Scratch {
    let root: String

    init() throws {
      root =
        FileManager.default.temporaryDirectory
        .appendingPathComponent("adsh-search-\(UUID().uuidString)").path
      for directory in ["bin1/folder", "bin2"] {
        try FileManager.default.createDirectory(
          atPath: root + "/" + directory, withIntermediateDirectories: true)
      }
      try make("bin1/tool", mode: 0o755)
      try make("bin1/data", mode: 0o644)
      try make("bin2/tool", mode: 0o755)
      try make("bin2/data", mode: 0o755)
    }

    private func make(_ name: String, mode: Int) throws {
      let path = root + "/" + name
      try Data("#!/bin/sh\n".utf8).write(to: URL(fileURLWithPath: path))
      try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: path)
    }

    deinit {
      // Removing the scratch directory is best effort; a leftover is only clutter in /tmp.
      try? FileManager.default.removeItem(atPath: root)
    }
  }

  @Test func theFirstDirectoryOfPathWins() throws {
    let scratch = try Scratch()
    let path = "\(scratch.root)/bin1:\(scratch.root)/bin2"
    #expect(
      ApplicationSearch.find("tool", location: "/", searchPath: path) == scratch.root + "/bin1/tool"
    )
  }

  @Test func aFileWithoutExecutePermissionDoesNotHideTheProgram() throws {
    let scratch = try Scratch()
    let path = "\(scratch.root)/bin1:\(scratch.root)/bin2"
    #expect(
      ApplicationSearch.find("data", location: "/", searchPath: path) == scratch.root + "/bin2/data"
    )
  }

  @Test func directoriesAndMissingNamesAreNotPrograms() throws {
    let scratch = try Scratch()
    let path = "\(scratch.root)/bin1"
    #expect(ApplicationSearch.find("folder", location: "/", searchPath: path) == nil)
    #expect(ApplicationSearch.find("nothing", location: "/", searchPath: path) == nil)
    #expect(ApplicationSearch.find("tool", location: "/", searchPath: nil) == nil)
    #expect(ApplicationSearch.find("", location: "/", searchPath: path) == nil)
  }

  @Test func emptyPathEntriesAreSkippedAndRelativeOnesFollowTheLocation() throws {
    let scratch = try Scratch()
    #expect(
      ApplicationSearch.find("tool", location: scratch.root + "/bin1", searchPath: "::") == nil)
    #expect(
      ApplicationSearch.find("tool", location: scratch.root, searchPath: ":bin2")
        == scratch.root + "/bin2/tool")
  }

  @Test func aNameWithASlashIsAPathFromTheLocation() throws {
    let scratch = try Scratch()
    #expect(
      ApplicationSearch.find("./bin1/tool", location: scratch.root, searchPath: nil)
        == scratch.root + "/bin1/tool")
    #expect(
      ApplicationSearch.find("../bin2/tool", location: scratch.root + "/bin1", searchPath: nil)
        == scratch.root + "/bin2/tool")
    // A path finds a file that is not executable too: starting it fails with "Permission
    // denied" rather than the command being unknown.
    #expect(
      ApplicationSearch.find("bin1/data", location: scratch.root, searchPath: nil)
        == scratch.root + "/bin1/data")
    #expect(ApplicationSearch.find("bin1/folder", location: scratch.root, searchPath: nil) == nil)
  }

  @Test func wildcardSearchListsEachNameOnce() throws {
    let scratch = try Scratch()
    let path = "\(scratch.root)/bin1:\(scratch.root)/bin2"
    let found = ApplicationSearch.all(searchPath: path, location: "/") { $0.hasPrefix("t") }
    #expect(found == [scratch.root + "/bin1/tool"])
  }
}

/// Wildcards in a program's bare-word arguments: relative patterns match from the location.
@Suite struct NativeGlobTests {
  @Test func relativePatternsGiveRelativeSortedNames() throws {
    let scratch = try ApplicationSearchTests.Scratch()
    #expect(NativeGlob.expand("bin*", location: scratch.root) == ["bin1", "bin2"])
    #expect(NativeGlob.expand("bin2/*", location: scratch.root) == ["bin2/data", "bin2/tool"])
    #expect(NativeGlob.expand("*/t??l", location: scratch.root) == ["bin1/tool", "bin2/tool"])
  }

  @Test func absolutePatternsGiveAbsoluteNames() throws {
    let scratch = try ApplicationSearchTests.Scratch()
    #expect(
      NativeGlob.expand(scratch.root + "/bin1/t*", location: "/")
        == [scratch.root + "/bin1/tool"])
  }

  @Test func aWordWithoutMatchesOrWildcardsIsNotExpanded() throws {
    let scratch = try ApplicationSearchTests.Scratch()
    #expect(NativeGlob.expand("nothing*", location: scratch.root) == nil)
    #expect(NativeGlob.expand("bin1", location: scratch.root) == nil)
  }
}
