import Foundation

/// `[System.IO.File]`: reading and writing whole files.
///
/// Admin scripts use it directly, often because it is faster than the content cmdlets or to
/// control the encoding. Texts are written as UTF-8
/// without a byte order mark unless an encoding is passed, and read with the BOM deciding the
/// encoding, as .NET does.
enum FileMembers {
  static func call(_ call: MethodCall) throws -> Value? {
    switch call.key {
    case "exists":
      try call.expect(1)
      guard !call.arguments[0].isNull, !call.string(0).isEmpty else { return .bool(false) }
      var isDirectory: ObjCBool = false
      let exists = FileManager.default.fileExists(
        atPath: Members.fullPath(call.string(0)), isDirectory: &isDirectory)
      return .bool(exists && !isDirectory.boolValue)
    case "readalltext":
      try call.expect(1, 2)
      return .string(try readText(call))
    case "readalllines":
      try call.expect(1, 2)
      return .array(lines(of: try readText(call)).map(Value.string))
    case "readallbytes":
      try call.expect(1)
      return Members.byteArray(Array(try read(call, path(call))))
    case "writealltext", "appendalltext":
      try call.expect(2, 3)
      try write(call, text: call.arguments[1].isNull ? "" : call.string(1))
      return .automationNull
    case "writealllines", "appendalllines":
      try call.expect(2, 3)
      let items = call.arguments[1].enumerated.map { $0.toText() + "\n" }
      try write(call, text: items.joined())
      return .automationNull
    case "writeallbytes":
      try call.expect(2)
      let target = try path(call)
      let data = Data(try Members.bytes(call, 1))
      try perform(call, target) { try data.write(to: URL(fileURLWithPath: target)) }
      return .automationNull
    case "delete":
      try call.expect(1)
      let target = try path(call)
      try requireParent(call, target)
      if FileManager.default.fileExists(atPath: target) {
        try perform(call, target) { try FileManager.default.removeItem(atPath: target) }
      }
      return .automationNull
    case "copy", "move":
      try call.expect(2, 3)
      try copyOrMove(call)
      return .automationNull
    case "getlastwritetime", "getcreationtime":
      try call.expect(1)
      let target = try path(call)
      let attributes = try FileManager.default.attributesOfItem(atPath: target)
      let key: FileAttributeKey = call.key == "getlastwritetime" ? .modificationDate : .creationDate
      return .date(attributes[key] as? Date ?? Date(timeIntervalSince1970: 0))
    default: return nil
    }
  }

  /// The first argument as a full path; empty or null paths fail as .NET's do.
  static func path(_ call: MethodCall, _ index: Int = 0) throws -> String {
    let argument = call.arguments[index]
    let parameter = ["copy", "move"].contains(call.key) ? "sourceFileName" : "path"
    if argument.isNull { throw call.failure("Value cannot be null. (Parameter '\(parameter)')") }
    guard !argument.toText().isEmpty else {
      throw call.failure("The value cannot be an empty string. (Parameter '\(parameter)')")
    }
    return Members.fullPath(argument.toText())
  }

  /// .NET's messages for a missing file or folder.
  static func requireParent(_ call: MethodCall, _ target: String) throws {
    var isDirectory: ObjCBool = false
    let parent = (target as NSString).deletingLastPathComponent
    guard FileManager.default.fileExists(atPath: parent, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw call.failure("Could not find a part of the path '\(target)'.") }
  }

  static func read(_ call: MethodCall, _ target: String) throws -> Data {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: target, isDirectory: &isDirectory) else {
      try requireParent(call, target)
      throw call.failure("Could not find file '\(target)'.")
    }
    if isDirectory.boolValue {
      throw call.failure("Access to the path '\(target)' is denied.")
    }
    guard let data = FileManager.default.contents(atPath: target) else {
      throw call.failure("Access to the path '\(target)' is denied.")
    }
    return data
  }

  /// The text of a file: a byte order mark picks the encoding; else the one passed, else
  /// UTF-8.
  static func readText(_ call: MethodCall) throws -> String {
    let bytes = [UInt8](try read(call, try path(call)))
    let marks: [([UInt8], EncodingMembers.Kind)] = [
      ([0xEF, 0xBB, 0xBF], .utf8), ([0xFF, 0xFE, 0, 0], .utf32), ([0xFF, 0xFE], .unicode),
      ([0xFE, 0xFF], .bigEndianUnicode),
    ]
    for (mark, kind) in marks where bytes.starts(with: mark) {
      return EncodingMembers.decode(Array(bytes.dropFirst(mark.count)), kind)
    }
    let kind = call.arguments.count > 1 ? EncodingMembers.kind(of: call.arguments[1])?.0 : nil
    return EncodingMembers.decode(bytes, kind ?? .utf8)
  }

  /// Lines as ReadAllLines splits them: at `\r\n`, `\n` or `\r`, with no empty last line for
  /// a final line break.
  static func lines(of text: String) -> [String] {
    var result: [String] = []
    var current = ""
    var previousWasReturn = false
    for scalar in text.unicodeScalars {
      if scalar == "\n", previousWasReturn {
        previousWasReturn = false
        continue
      }
      previousWasReturn = scalar == "\r"
      if scalar == "\n" || scalar == "\r" {
        result.append(current)
        current = ""
      } else {
        current.unicodeScalars.append(scalar)
      }
    }
    if !current.isEmpty { result.append(current) }
    return result
  }

  /// WriteAllText/Lines and AppendAllText/Lines: the encoding's preamble starts a new or
  /// empty file only.
  private static func write(_ call: MethodCall, text: String) throws {
    let target = try path(call)
    try requireParent(call, target)
    let (kind, preamble) =
      call.arguments.count > 2
      ? EncodingMembers.kind(of: call.arguments[2]) ?? (.utf8, false)
      : (.utf8, false)
    let appending = call.key.hasPrefix("append")
    let existing = appending ? FileManager.default.contents(atPath: target) : nil
    var bytes: [UInt8] = []
    if preamble, existing?.isEmpty ?? true { bytes += EncodingMembers.encode("\u{FEFF}", kind) }
    bytes += EncodingMembers.encode(text, kind)
    let data = (existing ?? Data()) + Data(bytes)
    try perform(call, target) { try data.write(to: URL(fileURLWithPath: target)) }
  }

  private static func copyOrMove(_ call: MethodCall) throws {
    let source = try path(call)
    guard !call.arguments[1].isNull, !call.string(1).isEmpty else {
      throw call.failure("The value cannot be an empty string. (Parameter 'destFileName')")
    }
    let destination = Members.fullPath(call.string(1))
    let overwrite = call.arguments.count == 3 && call.arguments[2].isTruthy
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: source, isDirectory: &isDirectory),
      !isDirectory.boolValue
    else {
      try requireParent(call, source)
      throw call.failure("Could not find file '\(source)'.")
    }
    try requireParent(call, destination)
    let manager = FileManager.default
    if manager.fileExists(atPath: destination) {
      guard overwrite else { throw call.failure("The file '\(destination)' already exists.") }
      try perform(call, destination) { try manager.removeItem(atPath: destination) }
    }
    try perform(call, destination) {
      if call.key == "copy" {
        try manager.copyItem(atPath: source, toPath: destination)
      } else {
        try manager.moveItem(atPath: source, toPath: destination)
      }
    }
  }

  /// Runs a file operation, reporting a failure as .NET's access-denied exception.
  static func perform(_ call: MethodCall, _ target: String, _ body: () throws -> Void) throws {
    do {
      try body()
    } catch let error as RuntimeError {
      throw error
    } catch {
      throw call.failure("Access to the path '\(target)' is denied.")
    }
  }
}
