import IdentityEngine
import ShellCore

/// Modifies an Active Directory user.
final class SetADUser: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-ADUser", synopsis: "Modifies an Active Directory user.",
    description: """
      Sets the given properties; -Add, -Remove, -Replace (hashtables keyed by LDAP attribute) \
      and -Clear change any attribute, applied in the order Remove, Add, Replace, Clear.
      """,
    parameters: SetADUser.parameters, supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Set-ADUser bsmith -Title 'Senior Account Executive'; (Get-ADUser bsmith -Properties Title).Title",
        remarks: "Changes a user's title.", prints: "Senior Account Executive\n")
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.user)

  static let parameters: [ParameterDeclaration] =
    ADSetCommand.identityAndCommon("user")
    + [
      ParameterDeclaration("Enabled", .bool, pipeline: .byPropertyName),
      ParameterDeclaration("SamAccountName", .string, pipeline: .byPropertyName),
      ADSetCommand.protection,
    ] + ADWriteParameters.properties(NewADUser.propertyTable)

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADSetCommand.run(
      context, .user, properties: NewADUser.propertyTable + [("SamAccountName", "sAMAccountName")]
    ) { _, entry in
      guard let enabled = context.parameters["Enabled"] else { return [] }
      var control = entry.integer("userAccountControl") ?? UserAccountControl.normalAccount
      if enabled.isTruthy {
        control &= ~UserAccountControl.accountDisable
      } else {
        control |= UserAccountControl.accountDisable
      }
      return [.replace("userAccountControl", [String(control)])]
    }
  }
}
