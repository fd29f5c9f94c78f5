# adsync-overrides: Get-/Set-ADSyncSchedulerConnectorOverride read and set the scheduler's per-connector overrides; a Delta
# cycle runs a Full Import or Full Synchronization on a connector whose override is set, on that connector only, and
# clears it; the documented loop removes every override; an unknown connector is an error and changes nothing
# (reference §1.2; docs how-to-connect-sync-feature-scheduler and how-to-upgrade-previous-version; display unconfirmed)
Get-ADSyncSchedulerConnectorOverride | Format-List
Set-ADSyncSchedulerConnectorOverride -ConnectorName 'contoso.com' -FullImportRequired $true -FullSyncRequired $true
Get-ADSyncSchedulerConnectorOverride -ConnectorName 'contoso.com' | Format-List
$null = Start-ADSyncSyncCycle -PolicyType Delta
Get-ADSyncRunProfileResult -NumberRequested 6 | Format-Table ConnectorName,RunProfileName
Get-ADSyncSchedulerConnectorOverride | Format-Table ConnectorIdentifier,FullImportRequired,FullSyncRequired

# one override on the tenant connector, by identifier; the next cycle clears it too
Set-ADSyncSchedulerConnectorOverride -ConnectorIdentifier 'b891884f-051e-4a83-95af-2544101c9083' -FullSyncRequired $true
$aad = Get-ADSyncSchedulerConnectorOverride -ConnectorIdentifier 'B891884F-051E-4A83-95AF-2544101C9083'
$aad.ConnectorIdentifier.Guid
"$($aad.FullImportRequired) $($aad.FullSyncRequired)"
$null = Start-ADSyncSyncCycle
(Get-ADSyncRunProfileResult -NumberRequested 6 | ForEach-Object RunProfileName) -join ', '
(Get-ADSyncSchedulerConnectorOverride -ConnectorName 'contoso.onmicrosoft.com - AAD').FullSyncRequired
$null = Start-ADSyncSyncCycle
(Get-ADSyncRunProfileResult -NumberRequested 6 | ForEach-Object RunProfileName) -join ', '

# saving a rule sets FullSyncRequired on the rule's connector; the documented loop removes every override
$rule = Get-ADSyncRule | Where-Object Name -eq 'In from AD - Group Join'
$null = $rule | Add-ADSyncRule
Set-ADSyncSchedulerConnectorOverride -ConnectorName 'contoso.onmicrosoft.com - AAD' -FullImportRequired $true
Get-ADSyncSchedulerConnectorOverride | ForEach-Object { "$($_.ConnectorIdentifier) $($_.FullImportRequired) $($_.FullSyncRequired)" }
foreach ($connectorOverride in Get-ADSyncSchedulerConnectorOverride)
{
    Set-ADSyncSchedulerConnectorOverride -ConnectorIdentifier $connectorOverride.ConnectorIdentifier.Guid -FullSyncRequired $false -FullImportRequired $false
}
@(Get-ADSyncSchedulerConnectorOverride | Where-Object { $_.FullImportRequired -or $_.FullSyncRequired }).Count

# errors change nothing
Set-ADSyncSchedulerConnectorOverride -ConnectorName 'fabrikam.com' -FullImportRequired $true
Set-ADSyncSchedulerConnectorOverride -ConnectorIdentifier 'contoso.com' -FullImportRequired $true
Get-ADSyncSchedulerConnectorOverride -ConnectorIdentifier '00000000-0000-0000-0000-000000000001'
@(Get-ADSyncSchedulerConnectorOverride | Where-Object FullImportRequired).Count
