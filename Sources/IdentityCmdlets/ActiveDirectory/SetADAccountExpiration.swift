import Foundation
import IdentityEngine
import ShellCore

/// Sets the expiration date of an Active Directory account.
final class SetADAccountExpiration: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-ADAccountExpiration",
    synopsis: "Sets the expiration date for an Active Directory account.",
    description: """
      Writes accountExpires of a user or computer: the time -DateTime names (local time unless \
      it says otherwise), or now plus -TimeSpan. Search-ADAccount -AccountExpiring and \
      -AccountExpired find the accounts by it; AccountExpirationDate shows it.
      """,
    parameters: [
      ParameterDeclaration(
        "Identity", .any, position: 0, mandatory: true, pipeline: .byValue,
        help: "The account: a distinguished name, GUID, SID or sAMAccountName, or an object."),
      ParameterDeclaration(
        "DateTime", .dateTime, position: 1, help: "When the account expires."),
      ParameterDeclaration(
        "TimeSpan", .typed(StartADSyncPurgeRunHistory.timeSpanType),
        help: "How long from now the account expires."),
      ADParameters.partition, ADParameters.passThru,
    ] + ADParameters.connection,
    supportsShouldProcess: true,
    examples: [
      CmdletExample(
        "Set-ADAccountExpiration bsmith -DateTime '2030-10-18'; (Get-ADUser bsmith -Properties AccountExpirationDate).AccountExpirationDate.ToString('yyyy-MM-dd HH:mm')",
        remarks: "Makes an account expire at midnight on a given day.",
        prints: "2030-10-18 00:00\n"),
      CmdletExample(
        "Get-ADGroupMember HR | Set-ADAccountExpiration -TimeSpan 60.0:0; (Search-ADAccount -AccountExpiring -TimeSpan 61.0:0).Name",
        remarks: "Makes the members of a group expire in 60 days.",
        prints: "Karen White\nLiam Harris\n"),
    ],
    module: "ActiveDirectory", outputType: ADOutputTypes.user + ADOutputTypes.computer)

  required init() {}

  func process(_ context: CommandContext) throws {
    let expires = try Self.expiry(context)
    try ADAccountCommand.run(context) { _ in
      [.replace("accountExpires", [String(expires)])]
    }
  }

  /// accountExpires from -DateTime or -TimeSpan (now plus the span); with neither the account
  /// expires now.
  static func expiry(_ context: CommandContext) throws -> Int64 {
    if let value = context.parameters["DateTime"], case .dateTime(let date) = value {
      if context.parameters["TimeSpan"] != nil {
        throw RuntimeError(
          ADErrors.argument(
            context, "The DateTime and TimeSpan parameters cannot be specified together."))
      }
      return ADValues.fileTime(from: date.instant)
    }
    var ticks: Int64 = 0
    if let value = context.parameters["TimeSpan"], !value.isNull,
      case .timeSpan(let span) = try value.convert(to: StartADSyncPurgeRunHistory.timeSpanType)
    {
      ticks = span.ticks
    }
    return ADValues.fileTime(from: Date()) + ticks
  }
}
