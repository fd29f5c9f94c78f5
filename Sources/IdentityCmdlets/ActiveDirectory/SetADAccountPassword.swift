import Foundation
import IdentityEngine
import ShellCore

/// Sets or resets the password of an Active Directory account.
///
/// The lab keeps no passwords: a change records only when it happened, in pwdLastSet (which
/// PasswordLastSet shows), so -OldPassword is accepted without being checked.
final class SetADAccountPassword: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-ADAccountPassword",
    synopsis: "Modifies the password of an Active Directory account.",
    description: """
      Sets the account's new password: with -Reset as an administrator, else as a change \
      from -OldPassword. The lab stores only when the password was set (pwdLastSet, shown as \
      PasswordLastSet), not the password itself. Without -NewPassword it asks for one, which \
      fails without a terminal.
      """,
    parameters: [
      ADParameters.identity("account"),
      ParameterDeclaration(
        "NewPassword", .typed(SetADAccountPassword.secureStringType),
        help: "The new password, a SecureString."),
      ParameterDeclaration(
        "OldPassword", .typed(SetADAccountPassword.secureStringType),
        help: "The current password, for a change without -Reset; the lab does not check it."),
      ParameterDeclaration(
        "Reset", .switchParameter, help: "Resets the password without the current one."),
      ADParameters.partition, ADParameters.passThru,
    ] + ADParameters.connection,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        """
        $p = ConvertTo-SecureString 'N3w-P@ssw0rd' -AsPlainText -Force
        Set-ADAccountPassword -Identity bsmith -Reset -NewPassword $p -PassThru | ForEach-Object Name
        """,
        remarks: "Resets a user's password.", prints: "Bob Smith\n"),
      CmdletExample(
        "Set-ADAccountPassword bsmith -Reset -NewPassword (ConvertTo-SecureString 'x' -AsPlainText) -WhatIf",
        remarks: "Shows what would change.",
        prints:
          "What if: Performing the operation \"Set\" on target \"CN=Bob Smith,OU=Users,OU=Corp,DC=contoso,DC=com\".\n"
      ),
    ],
    module: "ActiveDirectory")

  static let secureStringType = PSType(kind: .other, fullName: ShellCore.SecureString.typeName)

  required init() {}

  func process(_ context: CommandContext) throws {
    guard let identity = context.parameters["Identity"] ?? context.input else { return }
    let ad = try ADContext(context)
    let entry = try ad.resolve(identity, as: .user)
    if context.parameters["NewPassword"] == nil {
      _ = try context.readLineFromUser(prompt: "Password: ", hidden: true)
    }
    let setAt = Self.fileTime(ad.directory.now())
    guard
      try ad.change(
        target: entry.dn.description, action: "Set",
        { try ad.directory.modify(entry.dn, [.replace("pwdLastSet", [String(setAt)])]) })
    else { return }
    try ad.passThru(entry.dn, as: .user)
  }

  /// A date as a Windows FILETIME: 100-nanosecond ticks since 1601-01-01 UTC.
  static func fileTime(_ date: Date) -> Int64 {
    Int64((date.timeIntervalSince1970 + 11_644_473_600) * 10_000_000)
  }
}
