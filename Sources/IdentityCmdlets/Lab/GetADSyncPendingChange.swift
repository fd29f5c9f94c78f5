import IdentityEngine
import ShellCore

/// Lists what the next sync cycle would export, per connector, without changing anything.
///
/// The module has no such cmdlet: an admin reads pending exports object by object
/// (Get-ADSyncCSObject) or runs the cycle in staging mode. Here the cycle's imports and
/// synchronizations run inside a transaction that is rolled back (`previewSyncCycle`).
final class GetADSyncPendingChange: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Get-ADSyncPendingChange",
    synopsis:
      "Lists the adds, updates, renames, moves and deletes the next sync cycle would export.",
    description: """
      Runs the cycle's imports and synchronizations in a rehearsal that is rolled back, then \
      lists the pending exports in the order the cycle would make them (the Entra connector \
      first, then AD). Nothing changes: no connector space, metaverse, directory, tenant, \
      watermark or run history. Operation is Add, Update, Rename (new RDN, same parent), \
      Move (another parent; both are an ExportRename in run history) or Delete. Attributes \
      holds one object per changed attribute with its connector-space value Before and the \
      exported value After (empty for deletes); pipe to Select-Object -ExpandProperty \
      Attributes to see them. Warns when staging mode would hold the exports back or the \
      export deletion threshold would stop a connector's export. This cmdlet is the lab's \
      own; the ADSync module has none like it. Start-ADSyncSyncCycle -WhatIf prints the same \
      changes as What if: lines.
      """,
    parameters: [
      ParameterDeclaration(
        "PolicyType", .string, position: 0, validValues: ["Unspecified", "Delta", "Initial"],
        help: "The cycle to preview; without it, the scheduler's next policy."),
      ParameterDeclaration(
        "ConnectorName", .string, help: "Lists only this connector's changes."),
    ],
    examples: [
      CmdletExample(
        """
        $null = Start-ADSyncSyncCycle
        Set-ADUser -Identity ajohnson -Department 'Finance'
        $change = Get-ADSyncPendingChange -ConnectorName 'contoso.onmicrosoft.com - AAD'
        $change.Operation + ' ' + $change.ChangedAttributes
        $change.Attributes | ForEach-Object { '{0}: {1} -> {2}' -f $_.Name, "$($_.Before)", "$($_.After)" }
        (Get-ADSyncPendingChange).Count
        """,
        remarks: """
          A department changed in AD: the next cycle would update the tenant user; asking \
          twice gives the same answer, as nothing was run for real.
          """,
        prints: "Update department\ndepartment: Sales -> Finance\n1\n")
    ], module: LabModule.name)

  required init() {}

  func process(_ context: CommandContext) throws {
    let policy = ADSync.string(context, "PolicyType")
    let connectorName = ADSync.string(context, "ConnectorName")
    let service = try ADSync.service(context)
    let preview = try ADSync.run(context) {
      if let connectorName { _ = try service.connector(connectorName) }
      return try service.previewSyncCycle(policy: policy)
    }
    if preview.isStagingModeEnabled {
      try context.writeWarning("Staging mode is enabled: the cycle would not export these changes.")
    }
    for exceeded in preview.thresholdExceeded {
      try context.writeWarning(
        "The export on '\(exceeded.connectorName)' would stop: \(exceeded.deletes) pending "
          + "deletes exceed the deletion threshold of \(exceeded.threshold) objects.")
    }
    for change in preview.changes {
      if let connectorName,
        connectorName.caseInsensitiveCompare(change.connectorName) != .orderedSame,
        connectorName.caseInsensitiveCompare(change.connectorId) != .orderedSame
      {
        continue
      }
      try context.write(.object(ADSyncPreviewObjects.pendingChange(change)))
    }
  }
}
