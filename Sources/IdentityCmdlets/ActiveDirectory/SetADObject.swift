import IdentityEngine
import ShellCore

/// Modifies any Active Directory object.
final class SetADObject: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-ADObject", synopsis: "Modifies an Active Directory object.",
    description: """
      Changes attributes with -Add, -Remove, -Replace (hashtables keyed by LDAP attribute \
      name; values may be arrays) and -Clear, in the order Remove, Add, Replace, Clear.
      """,
    parameters: ADSetCommand.identityAndCommon("object")
      + [
        ParameterDeclaration("Description", .any, pipeline: .byPropertyName),
        ParameterDeclaration("DisplayName", .any, pipeline: .byPropertyName),
        ADSetCommand.protection,
      ],
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Set-ADObject 'CN=HR,OU=Groups,OU=Corp,DC=contoso,DC=com' -Add @{info='Payroll'}; (Get-ADGroup HR -Properties info).info",
        remarks: "Adds an attribute value.", prints: "Payroll\n")
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.object)

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADSetCommand.run(
      context, .object,
      properties: [("Description", "description"), ("DisplayName", "displayName")])
  }
}
