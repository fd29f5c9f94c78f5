import Foundation
import ShellCore

/// New-Guid: a new random System.Guid.
final class NewGuid: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "New-Guid",
    synopsis: "Creates a GUID.",
    description: """
      Writes a new random (version 4) System.Guid. It prints as a table with one column, \
      Guid; in a string it is the lower-case hyphenated form.
      """,
    parameters: [],
    examples: [
      CmdletExample(
        "(New-Guid).Guid -match '^[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$'",
        remarks: "The Guid property is the lower-case hyphenated form.", prints: "True\n"),
      CmdletExample(
        "(New-Guid).ToString() -ne (New-Guid).ToString()",
        remarks: "Each GUID is new.", prints: "True\n"),
      CmdletExample("$id = New-Guid", remarks: "Keeps a new GUID in a variable."),
    ],
    module: "Microsoft.PowerShell.Utility")

  required init() {}

  func process(_ context: CommandContext) throws {
    try context.write(Members.guidValue(UUID().uuidString.lowercased()))
  }
}
