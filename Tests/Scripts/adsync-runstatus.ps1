# adsync-runstatus: Get-ADSyncConnectorRunStatus returns nothing while the sync engine is idle; the lab runs each cycle
# inside the command that starts it, so between commands no connector is busy and the scheduler shows no cycle in
# progress (reference §1.2, §1.3; docs how-to-connect-sync-feature-scheduler)
Get-ADSyncConnectorRunStatus
@(Get-ADSyncConnectorRunStatus).Count
Start-ADSyncSyncCycle -PolicyType Initial | Select-Object -ExpandProperty Result
$status = Get-ADSyncConnectorRunStatus
$null -eq $status
(Get-ADSyncScheduler).SyncCycleInProgress
$null = Invoke-ADSyncRunProfile -ConnectorName 'contoso.com' -RunProfileName 'Export'
@(Get-ADSyncConnectorRunStatus).Count
