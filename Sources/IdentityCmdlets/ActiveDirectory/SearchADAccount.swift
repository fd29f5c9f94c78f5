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
      -AccountExpired (an accountExpires in the past), -AccountExpiring (an accountExpires \
      within -TimeSpan, 5 days unless given, or by -DateTime), -AccountInactive (no \
      lastLogonTimestamp since -DateTime or within -TimeSpan, 15 days unless given, less the \
      domain's 14-day logon-timestamp sync interval; accounts that never logged on count as \
      inactive), -LockedOut (a lockoutTime set, even one whose lockout has lapsed, so check \
      LockedOut), -PasswordExpired (pwdLastSet 0 or older than the domain's maximum password \
      age) and -PasswordNeverExpires (the DONT_EXPIRE_PASSWORD bit). -UsersOnly or \
      -ComputersOnly narrow the search to one class; the accounts are written as ADUser and \
      ADComputer objects with the account properties the module shows.
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
        "Set-ADUser bsmith -Replace @{lockoutTime = (Get-Date).ToFileTime()}; Search-ADAccount -LockedOut | ForEach-Object { $_.SamAccountName, $_.LockedOut }",
        remarks: "Finds a user locked out a moment ago.", prints: "bsmith\nTrue\n"),
      CmdletExample(
        "Search-ADAccount -AccountInactive -TimeSpan 90.00:00:00 -UsersOnly | ForEach-Object SamAccountName",
        remarks: """
          Lists the users with no logon in the last 90 days (104 with the sync interval), \
          those that never logged on included.
          """,
        prints: "Guest\nkrbtgt\nfmoore\njjackson\nqrobinson\nrclark\n"),
      CmdletExample(
        "Search-ADAccount -PasswordExpired -UsersOnly -SearchBase 'OU=Corp,DC=contoso,DC=com' | ForEach-Object SamAccountName",
        remarks: "Lists the staff whose password is older than the 42-day maximum.",
        prints: "fmoore\ngtaylor\nithomas\njjackson\nqrobinson\nrclark\n"),
      CmdletExample(
        "Set-ADAccountExpiration lharris -TimeSpan 3.00:00:00; (Search-ADAccount -AccountExpiring).Name",
        remarks: "Finds an account that expires within the default 5 days.",
        prints: "Liam Harris\n"),
      CmdletExample(
        "Set-ADUser cdavis -Replace @{accountExpires = 133497828000000000}; (Search-ADAccount -AccountExpired).Name",
        remarks: "Finds an account that expired in January 2024.", prints: "Carol Davis\n"),
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.user + ADOutputTypes.computer)

  /// What a search filter is worked out from: the time (FILETIME ticks), the bound -DateTime
  /// or -TimeSpan, the domain's password policy and its logon-timestamp sync interval.
  struct SearchTime {
    let now: Int64
    let dateTime: Int64?
    let timeSpan: Int64?
    let policy: ADPasswordPolicy
    let syncIntervalDays: Int64
  }

  /// The sets, one per search switch, each switch mandatory in its own set.
  static let searches:
    [(name: String, help: String, filter: @Sendable (SearchTime) -> IdentityEngine.Predicate)] = [
      (
        "AccountDisabled", "Finds accounts that are disabled.",
        { _ in .bitAnd("userAccountControl", UserAccountControl.accountDisable) }
      ),
      (
        "AccountExpired", "Finds accounts whose expiration date has passed.",
        { time in
          // 0 and 0x7FFFFFFFFFFFFFFF both mean "never expires" (ad-module.md).
          .and([
            .greaterOrEqual("accountExpires", "1"),
            .lessOrEqual("accountExpires", String(time.now)),
          ])
        }
      ),
      (
        "AccountExpiring",
        "Finds accounts that expire within -TimeSpan (5 days unless given) or by -DateTime.",
        { time in
          let end = time.dateTime ?? time.now + (time.timeSpan ?? 5 * SearchADAccount.ticksPerDay)
          return .and([
            .greaterOrEqual("accountExpires", String(time.now)),
            .lessOrEqual("accountExpires", String(end)),
          ])
        }
      ),
      (
        "AccountInactive",
        "Finds accounts with no logon within -TimeSpan (15 days unless given) or since -DateTime.",
        { time in
          // lastLogonTimestamp lags real logons by up to the domain's sync interval, which the
          // module takes off the cut-off; accounts that never logged on are inactive too.
          let since =
            time.dateTime ?? time.now - (time.timeSpan ?? 15 * SearchADAccount.ticksPerDay)
          let cutoff = since - time.syncIntervalDays * SearchADAccount.ticksPerDay
          return .or([
            .lessOrEqual("lastLogonTimestamp", String(cutoff)),
            .not(.present("lastLogonTimestamp")),
          ])
        }
      ),
      (
        "LockedOut", "Finds accounts that are locked out.",
        { _ in .greaterOrEqual("lockoutTime", "1") }
      ),
      (
        "PasswordExpired", "Finds accounts whose password has expired.",
        { time in
          // The same rule as msDS-User-Account-Control-Computed (ADPasswordPolicy).
          let exempt =
            UserAccountControl.dontExpirePassword | UserAccountControl.smartcardRequired
            | UserAccountControl.workstationTrustAccount | UserAccountControl.serverTrustAccount
            | 0x800
          let maxAge = ADPasswordPolicy.length(time.policy.maxPasswordAge)
          let setBefore = maxAge.map { time.now - $0 } ?? 0
          return .and([
            .not(.bitOr("userAccountControl", exempt)), .not(.equal("objectClass", "computer")),
            .lessOrEqual("pwdLastSet", String(setBefore)),
          ])
        }
      ),
      (
        "PasswordNeverExpires", "Finds accounts whose passwords never expire.",
        { _ in .bitAnd("userAccountControl", UserAccountControl.dontExpirePassword) }
      ),
    ]

  static let timeSets = ["AccountExpiring", "AccountInactive"]
  static let ticksPerDay: Int64 = 864_000_000_000

  static let parameters: [ParameterDeclaration] =
    searches.map {
      ParameterDeclaration(
        $0.name, .switchParameter, mandatory: true, sets: [$0.name], help: $0.help)
    } + [
      ParameterDeclaration(
        "DateTime", .dateTime, sets: timeSets,
        help: "The time accounts expire by (-AccountExpiring) or have not logged on since."),
      ParameterDeclaration(
        "TimeSpan", .typed(StartADSyncPurgeRunHistory.timeSpanType), sets: timeSets,
        help: "The period from now accounts expire in, or have not logged on in."),
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
    var attributes: [String] = ADPasswordPolicy.accountAttributes
    for adClass in classes {
      let table = ADPropertyTable.properties(of: adClass)
      for name in Self.propertyNames {
        for attribute in table[name.lowercased()]?.attributes ?? []
        where !attributes.contains(attribute) {
          attributes.append(attribute)
        }
      }
    }
    let time = try searchTime(ad)
    try ad.search(
      searchClass, filter: accounts && search.filter(time), attributes: .names(attributes)
    ) {
      entry in
      let shown = ADClass.of(entry) == .computer ? ADClass.computer : .user
      try context.write(
        .object(ad.factory.make(entry, as: shown, defaultNames: Self.propertyNames)))
    }
  }

  /// The time, -DateTime, -TimeSpan and domain settings the search filters use.
  private func searchTime(_ ad: ADContext) throws -> SearchTime {
    let context = ad.context
    var dateTime: Int64?
    if let value = context.parameters["DateTime"], case .dateTime(let date) = value {
      dateTime = ADValues.fileTime(from: date.instant)
    }
    var timeSpan: Int64?
    if let value = context.parameters["TimeSpan"], !value.isNull,
      case .timeSpan(let span) = try value.convert(to: StartADSyncPurgeRunHistory.timeSpanType)
    {
      timeSpan = span.ticks
    }
    if dateTime != nil, timeSpan != nil {
      throw RuntimeError(
        ADErrors.argument(
          context, "The DateTime and TimeSpan parameters cannot be specified together."))
    }
    let head = try ad.run {
      try ad.directory.entry(ad.domain.dn, attributes: .names(["msDS-LogonTimeSyncInterval"]))
    }
    return SearchTime(
      now: ad.factory.now, dateTime: dateTime, timeSpan: timeSpan, policy: ad.factory.policy,
      syncIntervalDays: head?.integer("msDS-LogonTimeSyncInterval") ?? 14)
  }
}
