# adsync-threshold: the export deletion threshold (500 by default) stops the export to Entra ID before any deletion,
# with a clear error and result stopped-deletion-threshold-exceeded; disabled, the next cycle deletes (reference §1.9;
# the threshold's property names and the error's exact wording are unconfirmed)
Get-ADSyncExportDeletionThreshold
$null = Start-ADSyncSyncCycle -PolicyType Initial
$null = Start-ADSyncSyncCycle
Enable-ADSyncExportDeletionThreshold -DeletionThreshold 1
(Get-ADSyncExportDeletionThreshold).ThresholdCount
$upns = (Get-ADUser -Filter "Department -eq 'Sales'" | select -First 2).UserPrincipalName
$upns.Count
Get-ADUser -Filter "Department -eq 'Sales'" | select -First 2 | Remove-ADUser -Confirm:$false
Start-ADSyncSyncCycle | Select-Object -ExpandProperty Result
Get-ADSyncRunProfileResult -NumberRequested 2 | ft ConnectorName,RunProfileName,Result
@($upns | where { Get-MgUser -UserId $_ -ErrorAction SilentlyContinue }).Count
Disable-ADSyncExportDeletionThreshold
(Get-ADSyncExportDeletionThreshold).DeletionPrevention
Start-ADSyncSyncCycle | Select-Object -ExpandProperty Result
(Get-ADSyncRunProfileResult -NumberRequested 2 -RunStepDetails | where ConnectorName -like '*AAD').RunStepResults[0].ExportDelete
@($upns | where { Get-MgUser -UserId $_ -ErrorAction SilentlyContinue }).Count
