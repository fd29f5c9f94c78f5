import Foundation
import ShellCore

/// Get-Location (`gl`, `pwd`): writes the current location as a PathInfo object.
final class GetLocation: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-Location",
    synopsis: "Gets information about the current working location.",
    description: """
      Writes a PathInfo object for the current location. It prints as a table with one column, \
      Path; `(Get-Location).Path` is the path as a string. Relative paths given to other \
      cmdlets are resolved against this location.
      """,
    parameters: [],
    examples: [
      CmdletExample("Get-Location", remarks: "Shows the current location."),
      CmdletExample(
        "Set-Location /\n(Get-Location).Path",
        remarks: "After moving to the root directory, the location is `/`.", prints: "/\n"),
    ],
    module: "Microsoft.PowerShell.Management", outputType: CoreOutputTypes.pathInfo)

  required init() {}

  func process(_ context: CommandContext) throws {
    try context.write(.object(LocationCmdlets.pathInfo(context.interpreter.location)))
  }
}
