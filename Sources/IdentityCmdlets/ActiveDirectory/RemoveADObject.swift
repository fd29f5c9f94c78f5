import ShellCore

/// Removes an Active Directory object.
final class RemoveADObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Remove-ADObject", synopsis: "Removes an Active Directory object.",
    description: """
      Deletes the object named by -Identity (with -Recursive, everything below it too). \
      Objects protected from accidental deletion are refused with "Access is denied".
      """,
    parameters: ADRemoveCommand.parameters("object", recursive: true), supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Remove-ADObject 'CN=WS002,OU=Computers,OU=Corp,DC=contoso,DC=com' -WhatIf",
        remarks: "Shows what would be deleted.",
        prints:
          "What if: Performing the operation \"Remove\" on target \"CN=WS002,OU=Computers,OU=Corp,DC=contoso,DC=com\".\n"
      )
    ],
    module: "ActiveDirectory")

  required init() {}

  func process(_ context: CommandContext) throws { try ADRemoveCommand.run(context, .object) }
}
