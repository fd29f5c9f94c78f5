import IdentityEngine
import ShellCore

/// Modifies an Active Directory computer account.
final class SetADComputer: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-ADComputer", synopsis: "Modifies an Active Directory computer object.",
    description: """
      Sets the given properties of a computer; -Enabled sets or clears the ACCOUNTDISABLE bit. \
      -Add, -Remove, -Replace (hashtables keyed by LDAP attribute) and -Clear change any \
      attribute, applied in the order Remove, Add, Replace, Clear.
      """,
    parameters: ADSetCommand.identityAndCommon("computer")
      + [
        ParameterDeclaration("Enabled", .bool, pipeline: .byPropertyName),
        ParameterDeclaration("SamAccountName", .string, pipeline: .byPropertyName),
        ADSetCommand.protection,
      ] + ADWriteParameters.properties(NewADComputer.propertyTable),
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Set-ADComputer WS001 -Location 'Building 2, floor 3' -Description 'Reception PC'; Get-ADComputer WS001 -Properties Location, Description | ForEach-Object { $_.Location; $_.Description }",
        remarks: "Records where a computer is.", prints: "Building 2, floor 3\nReception PC\n")
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.computer)

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADSetCommand.run(
      context, .computer,
      properties: NewADComputer.propertyTable + [("SamAccountName", "sAMAccountName")]
    ) { _, entry in
      guard let enabled = context.parameters["Enabled"] else { return [] }
      var control =
        entry.integer("userAccountControl") ?? UserAccountControl.workstationTrustAccount
      if enabled.isTruthy {
        control &= ~UserAccountControl.accountDisable
      } else {
        control |= UserAccountControl.accountDisable
      }
      return [.replace("userAccountControl", [String(control)])]
    }
  }
}
