import IdentityEngine
import ShellCore

/// Clears the expiration date of an Active Directory account.
final class ClearADAccountExpiration: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Clear-ADAccountExpiration",
    synopsis: "Clears the expiration date for an Active Directory account.",
    description: """
      Sets accountExpires of a user or computer back to never (9223372036854775807, the value a \
      new account has), so AccountExpirationDate is empty again.
      """,
    parameters: ADAccountCommand.parameters, supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Set-ADAccountExpiration bsmith -TimeSpan 1.0:0; Clear-ADAccountExpiration bsmith; (Get-ADUser bsmith -Properties accountExpires).accountExpires",
        remarks: "Makes an account that was due to expire never expire.",
        prints: "9223372036854775807\n")
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.user + ADOutputTypes.computer)

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADAccountCommand.run(context) { _ in
      [.replace("accountExpires", [String(Int64.max)])]
    }
  }
}
