import Foundation
import GRDB
import Testing

/// What adsh does with a `-Lab` file it must not change.
///
/// Something that is not a lab is refused with a clear error and exit code 1, and every byte
/// of its folder is left as it was. A lab this user cannot write is read.
@Suite struct LabFileSafetyTests {
  /// Writes a database as another program would, and closes it.
  static func database(_ path: String, _ sql: String) throws {
    let queue = try DatabaseQueue(path: path)
    try queue.write { try $0.execute(sql: sql) }
    try queue.close()
  }

  @Test func anotherProgramsDatabaseKeepsItsRowsAndBytes() async throws {
    let shell = try AdshProcess()
    defer { shell.remove() }
    try Self.database(shell.path("o.db"), "CREATE TABLE notes(t); INSERT INTO notes VALUES('x')")
    let before = try shell.files()

    let result = try await shell.run(["-Lab", "o.db", "-Command", "Get-ADDomain; 'after'"])

    #expect(result.termination == .exited(0))
    #expect(result.standardOutput == "after\n")
    #expect(
      result.standardError
        == "Get-ADDomain: The file 'o.db' is not an adsh lab: it holds tables of another "
        + "program (notes). adsh left it unchanged; give -Lab the path of a lab, a new file or "
        + "an empty one.\n")
    #expect(try shell.files() == before)
  }

  @Test func theFailureReachesCatchAndSetsTheExitCode() async throws {
    let shell = try AdshProcess()
    defer { shell.remove() }
    try Data("plain text\n".utf8).write(to: URL(fileURLWithPath: shell.path("notes.txt")))

    let caught = try await shell.run([
      "-Lab", "notes.txt", "-Command",
      "try { Get-ADUser bsmith } catch { $_.FullyQualifiedErrorId; $_.CategoryInfo.Category }",
    ])
    #expect(
      caught.standardOutput
        == "LabFileNotALab,Microsoft.ActiveDirectory.Management.Commands.GetADUser\nInvalidData\n")
    let uncaught = try await shell.run(["-Lab", "notes.txt", "-Command", "Get-ADUser bsmith"])
    #expect(uncaught.termination == .exited(1))
    #expect(try shell.files() == ["notes.txt": Data("plain text\n".utf8)])
  }

  @Test func theLabFileAloneHoldsTheLabOnceTheShellExits() async throws {
    let shell = try AdshProcess()
    defer { shell.remove() }
    let changed = try await shell.run([
      "-Lab", "lab.sqlite", "-Command", "Set-ADUser bsmith -Title 'Copied Title'",
    ])
    #expect(changed.termination == .exited(0))
    #expect(try shell.files().keys.sorted() == ["lab.sqlite"])
    try FileManager.default.copyItem(
      atPath: shell.path("lab.sqlite"), toPath: shell.path("copy.sqlite"))
    let read = try await shell.run([
      "-Lab", "copy.sqlite", "-Command", "(Get-ADUser bsmith -Properties Title).Title",
    ])
    #expect(read.standardOutput == "Copied Title\n")
  }

  /// As root, the read-only user is `nobody` (setpriv); otherwise the file's mode says it.
  @Test func aLabThisUserCannotWriteIsReadAndRefusesChanges() async throws {
    let shell = try AdshProcess()
    defer { shell.remove() }
    let lab = shell.path("lab.sqlite")
    let created = try await shell.run(["-Lab", lab, "-Command", "$null = Get-ADDomain"])
    #expect(created.termination == .exited(0))
    var prefix: [String] = []
    if getuid() == 0 {
      prefix = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
      // nobody must reach the binary and the lab, and must not be able to write either.
      try FileManager.default.setAttributes(
        [.posixPermissions: 0o755], ofItemAtPath: shell.folder.path)
    } else {
      for name in try FileManager.default.contentsOfDirectory(atPath: shell.folder.path)
      where name.hasPrefix("lab.sqlite") {
        try FileManager.default.setAttributes(
          [.posixPermissions: 0o444], ofItemAtPath: shell.path(name))
      }
    }
    let before = try shell.files()

    let result = try await shell.run(
      ["-Lab", lab, "-Command", "(Get-ADUser bsmith).Name; Set-ADUser bsmith -Title x; $?"],
      through: prefix)

    #expect(result.standardOutput == "Bob Smith\nFalse\n")
    #expect(
      result.standardError
        == "Set-ADUser: The lab '\(lab)' is read-only: it can be read, but this change cannot "
        + "be saved.\n")
    #expect(try shell.files() == before)
  }
}
