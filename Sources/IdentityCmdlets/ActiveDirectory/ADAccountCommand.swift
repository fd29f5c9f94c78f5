import IdentityEngine
import ShellCore

/// The body of Enable-, Disable- and Unlock-ADAccount: resolve one account (a user or a
/// computer), apply its changes in one transaction under `-WhatIf`, then `-PassThru`.
enum ADAccountCommand {
  /// Runs the cmdlet; `changes` sees the account with its userAccountControl.
  static func run(
    _ context: CommandContext, changes: (DirectoryEntry) -> [Modification]
  ) throws {
    guard let identity = context.parameters["Identity"] ?? context.input else { return }
    let ad = try ADContext(context)
    let (entry, adClass) = try resolveAccount(ad, identity)
    let modifications = changes(entry)
    guard
      try ad.change(
        target: entry.dn.description, action: "Set",
        { if !modifications.isEmpty { try ad.directory.modify(entry.dn, modifications) } })
    else { return }
    try ad.passThru(entry.dn, as: adClass)
  }

  /// Finds a user or computer account, or fails with the module's "Cannot find an object
  /// with identity" error.
  static func resolveAccount(_ ad: ADContext, _ identity: Value) throws
    -> (DirectoryEntry, ADClass)
  {
    let attributes = AttributeSelection.names(["userAccountControl", "lockoutTime"])
    if let user = try ad.find(identity, as: .user, attributes: attributes) {
      return (user, .user)
    }
    return (try ad.resolve(identity, as: .computer, attributes: attributes), .computer)
  }

  /// The userAccountControl change that sets or clears the ACCOUNTDISABLE bit.
  static func accountDisable(_ entry: DirectoryEntry, disabled: Bool) -> [Modification] {
    let control = entry.integer("userAccountControl") ?? UserAccountControl.normalAccount
    let changed =
      disabled
      ? control | UserAccountControl.accountDisable : control & ~UserAccountControl.accountDisable
    return [.replace("userAccountControl", [String(changed)])]
  }

  static let parameters: [ParameterDeclaration] =
    [
      ParameterDeclaration(
        "Identity", .any, position: 0, mandatory: true, pipeline: .byValue,
        help: "The account: a distinguished name, GUID, SID or sAMAccountName, or an object."),
      ADParameters.partition, ADParameters.passThru,
    ] + ADParameters.connection

  /// New-ADUser and Set-ADUser refuse -ChangePasswordAtLogon $true with
  /// -PasswordNeverExpires $true, as the module does.
  static func refusePasswordConflict(_ context: CommandContext) throws {
    guard context.parameters["ChangePasswordAtLogon"]?.isTruthy == true,
      context.parameters["PasswordNeverExpires"]?.isTruthy == true
    else { return }
    throw RuntimeError(
      ADErrors.argument(
        context,
        "Cannot set the PasswordNeverExpires and ChangePasswordAtLogon parameters together."))
  }
}
