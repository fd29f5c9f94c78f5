# adsync-connector-config: the scheduler's intervals are System.TimeSpan values (AllowedSyncCycleInterval.TotalMinutes
# is 30, PurgeRunHistoryInterval 7 days); Get-ADSyncConnector returns the real Connector properties in their order, the
# AD partition's ConnectorPartitionScope (the domain included, nothing excluded, as Express installs it), the
# connectivity parameters indexable by name (the Entra connector's UserName is its Sync_ account), and
# Get-/Set-ADSyncAADPasswordSyncConfiguration and Get-ADSyncAADPasswordResetConfiguration read and change password hash
# sync and read password writeback (reference §0, §1.2, §1.5; the password configuration objects' property sets and
# the Version/CreationTime values are unconfirmed there).
$s = Get-ADSyncScheduler
$s.AllowedSyncCycleInterval.TotalMinutes
$s.AllowedSyncCycleInterval.GetType().FullName
$s.CurrentlyEffectiveSyncCycleInterval
$s.PurgeRunHistoryInterval.TotalDays
$null -eq $s.CustomizedSyncCycleInterval
Set-ADSyncScheduler -CustomizedSyncCycleInterval 02:00:00
(Get-ADSyncScheduler).CurrentlyEffectiveSyncCycleInterval.TotalHours
(Get-ADSyncScheduler).CustomizedSyncCycleInterval.ToString()
$ad = Get-ADSyncConnector -Name 'contoso.com'
$ad.PSObject.Properties.Name -join ','
$ad.Partitions.Count
$ad.Partitions[0].DN
$ad.Partitions[0].IsDomain
$ad.Partitions[0].ConnectorPartitionScope.ContainerInclusionList
$ad.Partitions[0].ConnectorPartitionScope.ContainerExclusionList.Count
$ad.ObjectInclusionList -join ','
$ad.AttributeInclusionList -contains 'userPrincipalName'
$ad.ConnectivityParameters['forest-name'].Value
$aad = Get-ADSyncConnector -Name 'contoso.onmicrosoft.com - AAD'
$aad.Identifier.Guid
$aad.ConnectivityParameters['UserName'].Value -like 'Sync_*@contoso.onmicrosoft.com'
$aad.Partitions.Count
Get-ADSyncConnector | Format-Table Name,ConnectorTypeName,Subtype
Get-ADSyncAADPasswordSyncConfiguration -SourceConnector 'contoso.com'
Set-ADSyncAADPasswordSyncConfiguration -SourceConnector 'contoso.com' -TargetConnector 'contoso.onmicrosoft.com - AAD' -Enable $false
(Get-ADSyncAADPasswordSyncConfiguration -SourceConnector 'contoso.com').Enabled
(Get-ADSyncAADCompanyFeature).PasswordHashSync
Set-ADSyncAADPasswordSyncConfiguration -SourceConnector 'contoso.com' -TargetConnector 'contoso.onmicrosoft.com - AAD' -Enable $true
(Get-ADSyncAADCompanyFeature).PasswordHashSync
Get-ADSyncAADPasswordResetConfiguration -Connector 'contoso.onmicrosoft.com - AAD' | Format-Table
Get-ADSyncAADPasswordSyncConfiguration -SourceConnector 'contoso.onmicrosoft.com - AAD'
