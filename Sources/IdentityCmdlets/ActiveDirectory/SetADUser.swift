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
      ParameterDeclaration(
        "PasswordNeverExpires", .bool, pipeline: .byPropertyName,
        help: "Sets or clears the DONT_EXPIRE_PASSWORD bit of userAccountControl."),
      ParameterDeclaration(
        "ChangePasswordAtLogon", .bool, pipeline: .byPropertyName,
        help: "$true sets pwdLastSet to 0 (change at next logon); $false sets it to now."),
      ParameterDeclaration(
        "AccountExpirationDate", .any, pipeline: .byPropertyName,
        help: "When the account expires (accountExpires); $null for never."),
      ADSetCommand.protection,
    ] + ADWriteParameters.properties(NewADUser.propertyTable)

  required init() {}

  func process(_ context: CommandContext) throws {
    try ADAccountCommand.refusePasswordConflict(context)
    let expiry = try Self.accountExpires(context)
    try ADSetCommand.run(
      context, .user, properties: NewADUser.propertyTable + [("SamAccountName", "sAMAccountName")]
    ) { ad, entry in
      var changes: [Modification] = []
      let stored = entry.integer("userAccountControl") ?? UserAccountControl.normalAccount
      var control = stored
      for (parameter, bit, setWhenTrue) in [
        ("Enabled", UserAccountControl.accountDisable, false),
        ("PasswordNeverExpires", UserAccountControl.dontExpirePassword, true),
      ] {
        guard let value = context.parameters[parameter] else { continue }
        control = value.isTruthy == setWhenTrue ? control | bit : control & ~bit
      }
      if control != stored || context.parameters["Enabled"] != nil {
        changes.append(.replace("userAccountControl", [String(control)]))
      }
      if let atLogon = context.parameters["ChangePasswordAtLogon"] {
        // $false stands for -1, which the directory turns into the current time.
        let value = atLogon.isTruthy ? 0 : ad.factory.now
        changes.append(.replace("pwdLastSet", [String(value)]))
      }
      if let expiry { changes.append(.replace("accountExpires", [String(expiry)])) }
      return changes
    }
  }

  /// accountExpires for -AccountExpirationDate: the date as FILETIME ticks, or never for
  /// `$null`; nil when the parameter is not bound.
  static func accountExpires(_ context: CommandContext) throws -> Int64? {
    guard let value = context.parameters["AccountExpirationDate"] else { return nil }
    if value.isNull { return Int64.max }
    guard case .dateTime(let date) = try value.convert(to: PSType.dateTime) else {
      throw RuntimeError(
        ADErrors.argument(context, "AccountExpirationDate must be a DateTime: \(value.toText())"))
    }
    return ADValues.fileTime(from: date.instant)
  }
}
