import Foundation
import ShellCore
import ShellFormatting

/// Out-File: writes formatted output to a file, as the console would show it.
final class OutFile: Cmdlet {
  /// The -Encoding names Out-File accepts, and what they write.
  static let encodings: [(name: String, encoding: String.Encoding, byteOrderMark: [UInt8])] = [
    ("utf8", .utf8, []), ("utf8NoBOM", .utf8, []), ("utf8BOM", .utf8, [0xEF, 0xBB, 0xBF]),
    ("ascii", .ascii, []), ("unicode", .utf16LittleEndian, [0xFF, 0xFE]),
    ("bigendianunicode", .utf16BigEndian, [0xFE, 0xFF]),
    ("utf32", .utf32LittleEndian, [0xFF, 0xFE, 0x00, 0x00]), ("oem", .utf8, []),
  ]

  static let declaration = CmdletDeclaration(
    name: "Out-File",
    synopsis: "Sends output to a file.",
    description: """
      Formats its input as the console would (tables, lists, one string per line) and writes \
      the lines to a file, without colour. Tables fit -Width, else the console width. UTF-8 \
      without a byte order mark is the default encoding. `>` and `>>` do the same.
      """,
    parameters: [
      ParameterDeclaration(
        "FilePath", .string, position: 0, mandatory: true, aliases: ["Path"],
        help: "The file to write."),
      ParameterDeclaration(
        "Encoding", .string, position: 1, validValues: encodings.map(\.name),
        help: "The character encoding; utf8 (no byte order mark) by default."),
      ParameterDeclaration(
        "Append", .switchParameter, help: "Adds to the end of the file instead of replacing it."),
      ParameterDeclaration(
        "NoClobber", .switchParameter, aliases: ["NoOverwrite"],
        help: "Fails instead of replacing an existing file."),
      ParameterDeclaration(
        "Width", .int, help: "The number of characters in each line of tables and lists."),
      ParameterDeclaration(
        "NoNewline", .switchParameter, help: "Writes no newline characters."),
      ParameterDeclaration(
        "InputObject", .any, pipeline: .byValue, help: "The objects to write."),
      ParameterDeclaration("Force", .switchParameter, help: "Accepted for compatibility."),
    ],
    examples: [
      CmdletExample(
        "[pscustomobject]@{a=1} | Out-File -FilePath $HOME/t.txt; (Get-Content $HOME/t.txt).Count",
        remarks: "Writes the table, with its blank lines, to a file.", prints: "5\n"),
      CmdletExample("'more' | Out-File $HOME/t.txt -Append -Encoding utf8"),
    ],
    module: "Microsoft.PowerShell.Utility")

  private var session: FormattingSession?
  private var handle: FileHandle?
  private var buffer = ""
  private var encoding = String.Encoding.utf8
  private var noNewline = false

  required init() {}

  func begin(_ context: CommandContext) throws {
    let path = try context.interpreter.resolvePath(context.parameters["FilePath"]?.toText() ?? "")
    let append = context.parameters.isSet("Append")
    let encodingName = context.parameters["Encoding"]?.toText() ?? "utf8NoBOM"
    let chosen = Self.encodings.first {
      $0.name.caseInsensitiveCompare(encodingName) == .orderedSame
    }
    encoding = chosen?.encoding ?? .utf8
    noNewline = context.parameters.isSet("NoNewline")
    let exists = FileManager.default.fileExists(atPath: path)
    if exists, context.parameters.isSet("NoClobber"), !append {
      throw context.terminatingError(
        "NoClobber", "The file '\(path)' already exists.", category: .resourceExists,
        exceptionType: "System.IO.IOException")
    }
    if !exists || !append {
      let bom = Data(chosen?.byteOrderMark ?? [])
      guard FileManager.default.createFile(atPath: path, contents: bom) else {
        throw context.terminatingError(
          "FileOpenFailure", "Could not find a part of the path '\(path)'.",
          category: .writeError, exceptionType: "System.IO.DirectoryNotFoundException")
      }
    }
    handle = FileHandle(forWritingAtPath: path)
    handle?.seekToEndOfFile()
    let width =
      context.parameters["Width"]?.intValue
      ?? FormattingSession.consoleWidth(context.interpreter.host)
    session = FormattingSession(
      interpreter: context.interpreter, scope: context.scope, width: max(width, 1),
      destination: .capture
    ) { [unowned self] line in
      self.buffer += self.noNewline ? line : line + "\n"
    }
  }

  func process(_ context: CommandContext) throws {
    guard let input = FormatCmdletSupport.input(context) else { return }
    try FormatCmdletSupport.run(context) { try session?.write(input) }
    if buffer.utf8.count > 64 * 1024 { writeBuffer() }
  }

  func end(_ context: CommandContext) throws {
    defer {
      writeBuffer()
      try? handle?.close()
      handle = nil
    }
    try FormatCmdletSupport.run(context) { try session?.finish() }
  }

  private func writeBuffer() {
    guard !buffer.isEmpty else { return }
    let data = buffer.data(using: encoding, allowLossyConversion: true) ?? Data(buffer.utf8)
    handle?.write(data)
    buffer = ""
  }
}
