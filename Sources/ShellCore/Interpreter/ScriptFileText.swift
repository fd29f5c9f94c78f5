import Foundation

/// Reads a `.ps1` file as text, the way pwsh on Linux does: UTF-8 with or without a byte order
/// mark, and UTF-16 or UTF-32 when a byte order mark says so (scripts saved by Windows
/// PowerShell ISE or Notepad as "Unicode").
///
/// A file that is none of these (bytes that are not UTF-8, a NUL byte in a file without a byte
/// order mark, which is binary or UTF-16 without its mark) is refused with a message naming
/// the file and the byte offset, instead of being run as garbled text or reported as missing.
public enum ScriptFileText {
  public enum Failure: Error, Equatable {
    case notFound(path: String)
    case undecodable(path: String, reason: String)

    public var message: String {
      switch self {
      case .notFound(let path): return "Cannot find path '\(path)' because it does not exist."
      case .undecodable(let path, let reason):
        return "The script file '\(path)' cannot be read as text: \(reason). Save it as UTF-8, "
          + "or as UTF-16 with a byte order mark."
      }
    }
  }

  /// The byte order marks pwsh honours when it reads text, longest first (the UTF-32 LE mark
  /// begins with the UTF-16 LE one); the content cmdlets read files with the same table.
  public static let byteOrderMarks: [([UInt8], String.Encoding)] = [
    ([0xEF, 0xBB, 0xBF], .utf8), ([0xFF, 0xFE, 0, 0], .utf32LittleEndian),
    ([0, 0, 0xFE, 0xFF], .utf32BigEndian), ([0xFF, 0xFE], .utf16LittleEndian),
    ([0xFE, 0xFF], .utf16BigEndian),
  ]

  public static func read(_ path: String) throws(Failure) -> String {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory),
      !isDirectory.boolValue, let data = FileManager.default.contents(atPath: path)
    else { throw Failure.notFound(path: path) }
    return try decode([UInt8](data), path: path)
  }

  static func decode(_ bytes: [UInt8], path: String) throws(Failure) -> String {
    for (mark, encoding) in byteOrderMarks where bytes.starts(with: mark) {
      let body = Data(bytes.dropFirst(mark.count))
      guard let text = String(data: body, encoding: encoding) else {
        throw Failure.undecodable(
          path: path, reason: "it starts with a \(encoding) byte order mark but is not \(encoding)")
      }
      return text
    }
    if let offset = firstInvalidUTF8(bytes) {
      let byte = String(format: "0x%02X", bytes[offset])
      throw Failure.undecodable(
        path: path,
        reason: bytes[offset] == 0
          ? "it has a NUL byte at offset \(offset) (a binary file, or UTF-16 without a byte "
            + "order mark)"
          : "the byte \(byte) at offset \(offset) does not start a UTF-8 character")
    }
    return String(decoding: bytes, as: UTF8.self)
  }

  /// The offset of the first byte that does not start well-formed UTF-8 (RFC 3629: no
  /// overlong forms, no surrogates, nothing above U+10FFFF), or of the first NUL byte.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    var index = 0
    while index < bytes.count {
      let lead = bytes[index]
      let length: Int
      var secondRange: ClosedRange<UInt8> = 0x80...0xBF
      switch lead {
      case 0x00: return index
      case 0x01...0x7F: length = 1
      case 0xC2...0xDF: length = 2
      case 0xE0: (length, secondRange) = (3, 0xA0...0xBF)
      case 0xED: (length, secondRange) = (3, 0x80...0x9F)
      case 0xE1...0xEF: length = 3
      case 0xF0: (length, secondRange) = (4, 0x90...0xBF)
      case 0xF4: (length, secondRange) = (4, 0x80...0x8F)
      case 0xF1...0xF3: length = 4
      default: return index
      }
      guard index + length <= bytes.count else { return index }
      for position in 1..<max(length, 1) {
        let range = position == 1 ? secondRange : 0x80...0xBF
        if !range.contains(bytes[index + position]) { return index }
      }
      index += length
    }
    return nil
  }
}
