import ShellCore

/// Deletes run history older than an interval (the scheduler's PurgeRunHistoryInterval unless
/// given); prints nothing.
final class StartADSyncPurgeRunHistory: Cmdlet {
  static let timeSpanType = PSType(kind: .timeSpan, fullName: "System.TimeSpan")

  static let declaration = CmdletDeclaration(
    name: "Start-ADSyncPurgeRunHistory",
    synopsis: "Purges run history older than the specified interval.",
    description: """
      Deletes every run (and its step result) that ended at least -PurgeRunHistoryInterval \
      ago; without it, the scheduler's PurgeRunHistoryInterval (7.00:00:00 on a new lab, \
      changed with Set-ADSyncScheduler). An interval of 0 deletes the whole history; a \
      negative one is an error and deletes nothing. -Offline deletes the whole history: the \
      lab's sync service only runs inside commands, so it is always offline between them. \
      The lab purges at once and prints nothing; whether the module writes an object is \
      unconfirmed.
      """,
    parameters: [
      ParameterDeclaration(
        "PurgeRunHistoryInterval", .typed(timeSpanType), position: 0, pipeline: .byValue,
        sets: ["online"],
        help:
          "How much run history to keep, as a TimeSpan such as (New-TimeSpan -Hours 5) or "
          + "'2.00:00:00'; older runs are deleted."),
      ParameterDeclaration(
        "Offline", .switchParameter, mandatory: true, sets: ["offline"],
        help: "Deletes the whole run history, as the module does while its service is stopped."),
    ],
    defaultParameterSet: "online",
    examples: [
      CmdletExample(
        """
        $null = Invoke-ADSyncRunProfile -ConnectorName 'contoso.com' -RunProfileName 'Delta Import'
        Start-ADSyncPurgeRunHistory -PurgeRunHistoryInterval (New-TimeSpan -Hours 5)
        @(Get-ADSyncRunProfileResult).Count
        """,
        remarks: "Keeps the last five hours of run history: the run just made stays.",
        prints: "1\n"),
      CmdletExample(
        """
        $null = Start-ADSyncSyncCycle
        Start-ADSyncPurgeRunHistory -PurgeRunHistoryInterval 0
        @(Get-ADSyncRunProfileResult).Count
        """,
        remarks: "Keeps nothing: the cycle's six runs are deleted.", prints: "0\n"),
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let service = try ADSync.service(context)
    if ADSync.flag(context, "Offline") ?? false {
      _ = try ADSync.run(context) { try service.purgeAllRunHistory() }
      return
    }
    var interval: Double?
    if let value = context.parameters["PurgeRunHistoryInterval"], !value.isNull,
      case .timeSpan(let span) = try value.convert(to: Self.timeSpanType)
    {
      interval = span.totalSeconds
    }
    let target = context.parameters["PurgeRunHistoryInterval"] ?? .null
    _ = try ADSync.run(context, target: target) { try service.purgeRunHistory(keeping: interval) }
  }
}
