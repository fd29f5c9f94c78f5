import ShellCore

/// Sets or clears the scheduler's per-connector overrides, which make the next cycle run a
/// Full Import or a Full Synchronization on one connector; prints nothing.
final class SetADSyncSchedulerConnectorOverride: Cmdlet {
  static let declaration = CmdletDeclaration(
    name: "Set-ADSyncSchedulerConnectorOverride",
    synopsis: "Sets the sync scheduler's override values for a connector.",
    description: """
      With -FullImportRequired $true the next cycle (a Delta one too) runs a Full Import on \
      the connector instead of its Delta Import; with -FullSyncRequired $true a Full \
      Synchronization instead of its Delta Synchronization. The cycle clears each override \
      once it has run that step; $false clears one by hand, and an omitted one stays as it \
      is. Invoke-ADSyncRunProfile leaves the overrides alone. An unknown connector is an error \
      and changes nothing. Whether the module writes an object on success is unconfirmed; the \
      lab prints nothing.
      """,
    parameters: [
      ParameterDeclaration(
        "ConnectorIdentifier", ADSync.guidType, mandatory: true, sets: ["ConnectorIdentifier"],
        help: "The connector's identifier (a GUID), such as Get-ADSyncConnector shows."),
      ParameterDeclaration(
        "ConnectorName", .string, mandatory: true, sets: ["ConnectorName"],
        help: "The connector's name, such as contoso.com."),
      ParameterDeclaration(
        "FullImportRequired", .bool,
        help: "$true makes the next cycle run a Full Import on the connector; $false clears it."),
      ParameterDeclaration(
        "FullSyncRequired", .bool,
        help:
          "$true makes the next cycle run a Full Synchronization on the connector; $false "
          + "clears it."),
    ],
    defaultParameterSet: "ConnectorName",
    examples: [
      CmdletExample(
        """
        Set-ADSyncSchedulerConnectorOverride -ConnectorName 'contoso.com' -FullImportRequired $true
        $null = Start-ADSyncSyncCycle -PolicyType Delta
        Get-ADSyncRunProfileResult -NumberRequested 6 | Where-Object RunProfileName -like '*Import' | ForEach-Object { $_.ConnectorName + ': ' + $_.RunProfileName }
        """,
        remarks: "A delta cycle runs a Full Import on the AD connector only.",
        prints: """
          contoso.onmicrosoft.com - AAD: Delta Import
          contoso.com: Full Import

          """),
      CmdletExample(
        """
        Set-ADSyncSchedulerConnectorOverride -ConnectorIdentifier 'b891884f-051e-4a83-95af-2544101c9083' -FullSyncRequired $true
        $null = Start-ADSyncSyncCycle
        (Get-ADSyncSchedulerConnectorOverride -ConnectorName 'contoso.onmicrosoft.com - AAD').FullSyncRequired
        """,
        remarks: "The cycle that ran the Full Synchronization cleared the override.",
        prints: "False\n"),
    ], module: ADSync.module)

  required init() {}

  func process(_ context: CommandContext) throws {
    let key =
      ADSync.string(context, "ConnectorName")
      ?? ADSync.string(context, "ConnectorIdentifier") ?? ""
    let fullImport = ADSync.flag(context, "FullImportRequired")
    let fullSync = ADSync.flag(context, "FullSyncRequired")
    _ = try ADSync.run(context, target: .string(key)) {
      try ADSync.service(context).setConnectorOverride(
        key, fullImportRequired: fullImport, fullSyncRequired: fullSync)
    }
  }
}
