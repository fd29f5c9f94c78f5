import Foundation
import ShellCore

/// New-Guid: a new time-ordered System.Guid, the empty one, or one parsed from a string.
///
/// pwsh 7.6 makes new GUIDs with Guid.CreateVersion7: a millisecond Unix timestamp first, so
/// that GUIDs made later sort later, then random bits.
final class NewGuid: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "New-Guid",
    synopsis: "Creates a GUID.",
    description: """
      Writes a new System.Guid (version 7: time-ordered, the rest random). -Empty writes the \
      all-zero GUID; -InputObject (or piped strings) converts each string to a GUID, writing \
      an error for one that is not a GUID. It prints as a table with one column, Guid; in a \
      string it is the lower-case hyphenated form.
      """,
    parameters: [
      ParameterDeclaration(
        "Empty", .switchParameter, sets: ["Empty"], help: "Writes the all-zero GUID."),
      ParameterDeclaration(
        "InputObject", .string, position: 0, pipeline: .byValue, sets: ["InputObject"],
        help: "A string to convert to a GUID: 32 hex digits, with or without hyphens, braces or "
          + "parentheses.", allowNull: true),
    ],
    defaultParameterSet: "Default",
    examples: [
      CmdletExample(
        "(New-Guid).Guid -match '^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$'",
        remarks: "The Guid property is the lower-case hyphenated form.", prints: "True\n"),
      CmdletExample(
        "(New-Guid).ToString() -ne (New-Guid).ToString()",
        remarks: "Each GUID is new.", prints: "True\n"),
      CmdletExample(
        "'0f8fad5bd9cb469fa16570867728950e' | New-Guid | ForEach-Object Guid",
        remarks: "Converts a string to a GUID.", prints: "0f8fad5b-d9cb-469f-a165-70867728950e\n"),
      CmdletExample(
        "(New-Guid -Empty).Guid", remarks: "The empty GUID.",
        prints: "00000000-0000-0000-0000-000000000000\n"),
    ],
    module: "Microsoft.PowerShell.Utility", outputType: CoreOutputTypes.guid)

  required init() {}

  func process(_ context: CommandContext) throws {
    let parameters = context.parameters
    if parameters.parameterSetName == "InputObject" {
      let input = context.input ?? parameters["InputObject"] ?? .null
      let text = input.isNull ? "" : input.toText()
      guard let guid = Value.parseGuid(text) else {
        try context.writeError(
          context.errorRecord(
            "StringNotRecognizedAsGuid", "Unrecognized Guid format.", category: .invalidArgument,
            exceptionType: "System.FormatException"))
        try context.write(.null)
        return
      }
      try context.write(Members.guidValue(guid))
      return
    }
    if parameters.isSet("Empty") {
      try context.write(Members.guidValue("00000000-0000-0000-0000-000000000000"))
      return
    }
    try context.write(Members.guidValue(Self.version7()))
  }

  /// A version 7 GUID (RFC 9562): 48 bits of Unix time in milliseconds, the version nibble 7,
  /// the variant bits 10, and random bits elsewhere.
  static func version7(now: Date = Date()) -> String {
    var bytes = [UInt8](repeating: 0, count: 16)
    var generator = SystemRandomNumberGenerator()
    for index in bytes.indices { bytes[index] = generator.next() }
    let milliseconds = UInt64(max(0, now.timeIntervalSince1970 * 1000))
    for index in 0..<6 {
      bytes[index] = UInt8(truncatingIfNeeded: milliseconds >> (8 * (5 - index)))
    }
    bytes[6] = 0x70 | (bytes[6] & 0x0F)
    bytes[8] = 0x80 | (bytes[8] & 0x3F)
    let hex = bytes.map { String(format: "%02x", $0) }.joined()
    var parts: [String] = []
    var index = hex.startIndex
    for length in [8, 4, 4, 4, 12] {
      let end = hex.index(index, offsetBy: length)
      parts.append(String(hex[index..<end]))
      index = end
    }
    return parts.joined(separator: "-")
  }
}
