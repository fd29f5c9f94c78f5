import Foundation
import ShellCore

/// Reading and writing text files for the content and CSV cmdlets: encodings by PowerShell's
/// names, byte order marks, line splitting, and the errors PowerShell reports for paths.
///
/// PowerShell 7 writes UTF-8 without a byte order mark unless `-Encoding` says otherwise, and
/// reads a byte order mark when one is present whatever `-Encoding` says.
enum FileContent {
  /// A text encoding chosen with `-Encoding`.
  struct Encoding {
    let encoding: String.Encoding
    /// The byte order mark written at the start of a new file.
    let preamble: [UInt8]
  }

  static let encodingNames = [
    "ascii", "ansi", "bigendianunicode", "bigendianutf32", "oem", "unicode", "utf7", "utf8",
    "utf8BOM", "utf8NoBOM", "utf32", "latin1",
  ]

  /// The encoding a `-Encoding` name means, or nil for a name PowerShell does not know.
  static func encoding(named name: String) -> Encoding? {
    switch name.lowercased() {
    case "utf8", "utf8nobom", "utf-8", "default": return Encoding(encoding: .utf8, preamble: [])
    case "utf8bom": return Encoding(encoding: .utf8, preamble: [0xEF, 0xBB, 0xBF])
    case "ascii", "us-ascii": return Encoding(encoding: .ascii, preamble: [])
    case "unicode", "utf-16", "utf-16le":
      return Encoding(encoding: .utf16LittleEndian, preamble: [0xFF, 0xFE])
    case "bigendianunicode", "utf-16be":
      return Encoding(encoding: .utf16BigEndian, preamble: [0xFE, 0xFF])
    case "utf32", "utf-32":
      return Encoding(encoding: .utf32LittleEndian, preamble: [0xFF, 0xFE, 0, 0])
    case "bigendianutf32": return Encoding(encoding: .utf32BigEndian, preamble: [0, 0, 0xFE, 0xFF])
    case "ansi", "oem", "latin1", "iso-8859-1": return Encoding(encoding: .isoLatin1, preamble: [])
    case "utf7": return Encoding(encoding: .utf8, preamble: [])
    default: return nil
    }
  }

  /// The `-Encoding` of a call (UTF-8 without BOM when absent), or the error PowerShell gives
  /// for an unknown name.
  static func encoding(_ context: CommandContext) throws -> Encoding {
    guard let name = context.parameters["Encoding"]?.toText() else {
      return Encoding(encoding: .utf8, preamble: [])
    }
    guard let chosen = encoding(named: name) else {
      throw CmdletErrors.terminating(
        context, "ParameterArgumentTransformationError",
        "Cannot process argument transformation on parameter 'Encoding'. '\(name)' is not a "
          + "supported encoding name. For information on defining a custom encoding, see the "
          + "documentation for the Encoding.RegisterProvider method. (Parameter 'name')",
        category: .invalidData,
        exceptionType:
          "System.Management.Automation.ParameterBindingArgumentTransformationException")
    }
    return chosen
  }

  /// Decodes file bytes, honouring a byte order mark before the requested encoding.
  static func decode(_ data: Data, as requested: Encoding?) -> String {
    let bytes = [UInt8](data)
    for (mark, encoding) in ScriptFileText.byteOrderMarks where bytes.starts(with: mark) {
      let body = Data(bytes.dropFirst(mark.count))
      return String(data: body, encoding: encoding) ?? String(decoding: body, as: UTF8.self)
    }
    let encoding = requested?.encoding ?? .utf8
    if encoding == .utf8 { return String(decoding: data, as: UTF8.self) }
    return String(data: data, encoding: encoding) ?? String(decoding: data, as: UTF8.self)
  }

  /// Lines without their line breaks (`\r\n`, `\n` or `\r`); a final line break adds no line.
  static func lines(_ text: String) -> [String] {
    var lines: [String] = []
    var current = ""
    for character in text {
      if character == "\n" || character == "\r\n" || character == "\r" {
        lines.append(current)
        current = ""
      } else {
        current.append(character)
      }
    }
    if !current.isEmpty { lines.append(current) }
    return lines
  }

  /// Encodes text, with the byte order mark when the file is new.
  static func encode(_ text: String, _ encoding: Encoding, withPreamble: Bool) -> Data {
    var data = Data(withPreamble ? encoding.preamble : [])
    data.append(
      text.data(using: encoding.encoding, allowLossyConversion: true) ?? Data(text.utf8))
    return data
  }

  /// Writes or appends text; throws the error PowerShell reports when the folder is missing.
  static func write(
    _ text: String, to path: String, encoding: Encoding, append: Bool, _ context: CommandContext
  ) throws {
    let manager = FileManager.default
    let exists = manager.fileExists(atPath: path)
    var isDirectory: ObjCBool = false
    if manager.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
      throw CmdletErrors.terminating(
        context, "GetContentWriterUnauthorizedAccessError",
        "Access to the path '\(path)' is denied.",
        category: .permissionDenied, target: .string(path),
        exceptionType: "System.UnauthorizedAccessException")
    }
    let directory = (path as NSString).deletingLastPathComponent
    guard directory.isEmpty || manager.fileExists(atPath: directory) else {
      throw CmdletErrors.terminating(
        context, "GetContentWriterDirectoryNotFoundError",
        "Could not find a part of the path '\(path)'.",
        category: .objectNotFound, target: .string(path),
        exceptionType: "System.IO.DirectoryNotFoundException")
    }
    let data = encode(text, encoding, withPreamble: !(append && exists))
    do {
      if append, exists, let handle = FileHandle(forWritingAtPath: path) {
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: data)
      } else {
        try data.write(to: URL(fileURLWithPath: path))
      }
    } catch {
      throw CmdletErrors.terminating(
        context, "GetContentWriterIOError", "Access to the path '\(path)' is denied.",
        category: .writeError, target: .string(path),
        exceptionType: "System.UnauthorizedAccessException")
    }
  }

  /// The files a `-Path` argument names: itself, or the matches of a wildcard in its last part.
  static func resolve(_ path: String, wildcard: Bool, _ interpreter: Interpreter) throws
    -> [String]
  {
    let full = try interpreter.resolvePath(path)
    let name = (full as NSString).lastPathComponent
    guard wildcard, name.contains(where: { "*?[".contains($0) }) else { return [full] }
    let directory = (full as NSString).deletingLastPathComponent
    let entries = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return entries.filter { Operators.wildcardMatch($0, pattern: name) }.sorted()
      .map { (directory as NSString).appendingPathComponent($0) }
  }

  /// The non-terminating error for a path that does not exist (ItemNotFoundException).
  static func pathNotFound(_ path: String, _ context: CommandContext) -> ErrorRecord {
    CmdletErrors.record(
      context, "PathNotFound", "Cannot find path '\(path)' because it does not exist.",
      category: .objectNotFound, target: .string(path),
      exceptionType: "System.Management.Automation.ItemNotFoundException")
  }

  /// The text each object is written as by Set-Content and Add-Content (its `ToString()`).
  static func text(of values: [Value], noNewline: Bool) -> String {
    let texts = values.flatMap { $0.enumerated }.map { ObjectText.nested($0) }
    return noNewline ? texts.joined() : texts.map { $0 + "\n" }.joined()
  }
}
