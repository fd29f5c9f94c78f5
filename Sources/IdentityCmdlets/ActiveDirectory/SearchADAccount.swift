import Foundation
import IdentityEngine
import ShellCore

/// Gets Active Directory user and computer accounts by account or password state.
final class SearchADAccount: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Search-ADAccount",
    synopsis: "Gets Active Directory user and computer accounts by account or password state.",
    description: """
      Each switch is its own parameter set: -AccountDisabled (the ACCOUNTDISABLE bit), \
      -AccountExpired (an accountExpires in the past), -LockedOut (a lockoutTime set) and \
      -PasswordNeverExpires (the DONT_EXPIRE_PASSWORD bit). -UsersOnly or -ComputersOnly narrow the search to one class; the accounts are written \
      as ADUser and ADComputer objects with the account properties the module shows.
      """,
    parameters: SearchADAccount.parameters,
    examples: [
      CmdletExample(
        "Search-ADAccount -AccountDisabled -UsersOnly | ForEach-Object SamAccountName",
        remarks: "Lists the disabled users.", prints: "Guest\nkrbtgt\njjackson\nrclark\n"),
      CmdletExample(
        "Search-ADAccount -PasswordNeverExpires -SearchBase 'OU=Service Accounts,DC=contoso,DC=com' | ForEach-Object Name",
        remarks: "Lists the accounts under an OU whose passwords never expire.",
        prints: "svc-backup\n"),
      CmdletExample(
        "Set-ADUser bsmith -Replace @{lockoutTime = 133497828000000000}; Search-ADAccount -LockedOut | ForEach-Object { $_.SamAccountName, $_.LockedOut }",
        remarks: "Finds a locked-out user.", prints: "bsmith\nTrue\n"),
      CmdletExample(
        "Set-ADUser cdavis -Replace @{accountExpires = 133497828000000000}; (Search-ADAccount -AccountExpired).Name",
        remarks: "Finds an account that expired in January 2024.", prints: "Carol Davis\n"),
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.user + ADOutputTypes.computer)

  /// The sets, one per search switch, each switch mandatory in its own set; a filter is
  /// given the current time as FILETIME ticks.
  static let searches:
    [(name: String, help: String, filter: @Sendable (Int64) -> IdentityEngine.Predicate)] = [
      (
        "AccountDisabled", "Finds accounts that are disabled.",
        { _ in .bitAnd("userAccountControl", UserAccountControl.accountDisable) }
      ),
      (
        "AccountExpired", "Finds accounts whose expiration date has passed.",
        { now in
          // 0 and 0x7FFFFFFFFFFFFFFF both mean "never expires" (ad-module.md).
          .and([
            .greaterOrEqual("accountExpires", "1"), .lessOrEqual("accountExpires", String(now)),
          ])
        }
      ),
      (
        "LockedOut", "Finds accounts that are locked out.",
        { _ in .greaterOrEqual("lockoutTime", "1") }
      ),
      (
        "PasswordNeverExpires", "Finds accounts whose passwords never expire.",
        { _ in .bitAnd("userAccountControl", UserAccountControl.dontExpirePassword) }
      ),
    ]

  static let parameters: [ParameterDeclaration] =
    searches.map {
      ParameterDeclaration(
        $0.name, .switchParameter, mandatory: true, sets: [$0.name], help: $0.help)
    } + [
      ParameterDeclaration(
        "UsersOnly", .switchParameter, help: "Searches user accounts only."),
      ParameterDeclaration(
        "ComputersOnly", .switchParameter, help: "Searches computer accounts only."),
      ParameterDeclaration("SearchBase", .string, help: "The DN to search under."),
      ParameterDeclaration(
        "SearchScope", .string, validValues: SearchScope.names,
        help: "Base, OneLevel or Subtree (the default)."),
      ParameterDeclaration("ResultSetSize", .any, help: "The most accounts to return."),
      ParameterDeclaration(
        "ResultPageSize", .int, help: "Accounts per page (accepted, not needed)."),
    ] + ADParameters.connection

  /// The properties the module's Search-ADAccount writes, for users and computers alike.
  static let propertyNames = [
    "AccountExpirationDate", "DistinguishedName", "Enabled", "LastLogonDate", "LockedOut",
    "Name", "ObjectClass", "ObjectGUID", "PasswordExpired", "PasswordNeverExpires",
    "SamAccountName", "SID", "UserPrincipalName",
  ]

  required init() {}

  func process(_ context: CommandContext) throws {
    let ad = try ADContext(context)
    guard let search = Self.searches.first(where: { context.parameters.isSet($0.name) }) else {
      return
    }
    let usersOnly = context.parameters.isSet("UsersOnly")
    let computersOnly = context.parameters.isSet("ComputersOnly")
    let searchClass: ADClass = usersOnly ? .user : computersOnly ? .computer : .object
    let classes: [ADClass] = usersOnly ? [.user] : computersOnly ? [.computer] : [.user, .computer]
    let accounts: IdentityEngine.Predicate =
      usersOnly || computersOnly
      ? .any : .or([ADClass.user.classFilter, ADClass.computer.classFilter])
    var attributes: [String] = []
    for adClass in classes {
      let table = ADPropertyTable.properties(of: adClass)
      for name in Self.propertyNames {
        for attribute in table[name.lowercased()]?.attributes ?? []
        where !attributes.contains(attribute) {
          attributes.append(attribute)
        }
      }
    }
    try ad.search(
      searchClass, filter: accounts && search.filter(ADValues.fileTime(from: Date())),
      attributes: .names(attributes)
    ) {
      entry in
      let shown = ADClass.of(entry) == .computer ? ADClass.computer : .user
      try context.write(
        .object(ad.factory.make(entry, as: shown, defaultNames: Self.propertyNames)))
    }
  }
}
