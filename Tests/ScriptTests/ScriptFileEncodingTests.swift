import Foundation
import Testing

/// Script files in the encodings Windows editors save.
///
/// `-File` and `. ./script.ps1` read UTF-8 with or without a byte order mark and UTF-16 or
/// UTF-32 with one. Bytes that are not text are refused with the
/// file's name and the byte offset, not run as garbled text nor reported as a missing file.
@Suite struct ScriptFileEncodingTests {
  static let script = "$word = 'Grüße'\n\"$word\"\n"

  @Test(arguments: [
    ("utf8.ps1", [UInt8](), String.Encoding.utf8),
    ("utf8bom.ps1", [0xEF, 0xBB, 0xBF], .utf8),
    ("utf16le.ps1", [0xFF, 0xFE], .utf16LittleEndian),
    ("utf16be.ps1", [0xFE, 0xFF], .utf16BigEndian),
    ("utf32le.ps1", [0xFF, 0xFE, 0, 0], .utf32LittleEndian),
  ])
  func scriptsInEveryEncodingRun(_ name: String, _ mark: [UInt8], _ encoding: String.Encoding)
    async throws
  {
    let shell = try AdshProcess()
    defer { shell.remove() }
    let body = try #require(Self.script.data(using: encoding))
    try (Data(mark) + body).write(to: URL(fileURLWithPath: shell.path(name)))

    let result = try await shell.run(["-File", name])
    let dotSourced = try await shell.run(["-Command", ". ./\(name)"])

    #expect(result.termination == .exited(0))
    #expect(result.standardOutput == "Grüße\n")
    #expect(dotSourced.standardOutput == "Grüße\n")
  }

  @Test func bytesThatAreNotUTF8AreNamedWithTheirOffset() async throws {
    let shell = try AdshProcess()
    defer { shell.remove() }
    let bytes: [UInt8] = Array("'ok'\n'caf".utf8) + [0xE9] + Array("'\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: shell.path("latin1.ps1")))
    try Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00]).write(
      to: URL(fileURLWithPath: shell.path("program.ps1")))

    let latin1 = try await shell.run(["-File", "latin1.ps1"])
    let binary = try await shell.run(["-File", "program.ps1"])
    let dotSourced = try await shell.run(["-Command", ". ./latin1.ps1; 'after'"])

    let folder = shell.folder.standardizedFileURL.path
    #expect(latin1.termination == .exited(1))
    #expect(latin1.standardOutput == "")
    #expect(
      latin1.standardError
        == "The script file '\(folder)/latin1.ps1' cannot be read as text: the byte 0xE9 at "
        + "offset 9 does not start a UTF-8 character. Save it as UTF-8, or as UTF-16 with a "
        + "byte order mark.\n")
    #expect(binary.termination == .exited(1))
    #expect(
      binary.standardError.hasPrefix(
        "The script file '\(folder)/program.ps1' cannot be read as text: it has a NUL byte at "
          + "offset 7"))
    #expect(dotSourced.standardOutput == "after\n")
    #expect(dotSourced.standardError.contains("latin1.ps1' cannot be read as text"))
  }
}
