# adsync-settings: global settings, scheduler, company features and connectors print the module's shapes (reference §1.1-1.5)
(Get-ADSyncGlobalSettings).Parameters | Sort-Object Name | select -First 3 | ft Name,Value
$gs = Get-ADSyncGlobalSettings
$gs.Version
$gs.SqlSchemaVersion
$gs.Parameters.Count
$gs.Parameters | where Name -eq 'Microsoft.OptionalFeature.UserWriteBack' | fl
$null = Set-ADSyncGlobalSettings -GlobalSettings $gs
(Get-ADSyncGlobalSettings).Version
Get-ADSyncScheduler | fl AllowedSyncCycleInterval,CurrentlyEffectiveSyncCycleInterval,CustomizedSyncCycleInterval,NextSyncCyclePolicyType,PurgeRunHistoryInterval,SyncCycleEnabled,MaintenanceEnabled,StagingModeEnabled,SchedulerSuspended,SyncCycleInProgress
Set-ADSyncScheduler -CustomizedSyncCycleInterval 02:00:00
Set-ADSyncScheduler -SyncCycleEnabled $false
Set-ADSyncScheduler -NextSyncCyclePolicyType initial
Get-ADSyncScheduler | fl CurrentlyEffectiveSyncCycleInterval,CustomizedSyncCycleInterval,NextSyncCyclePolicyType,SyncCycleEnabled
Get-ADSyncAADCompanyFeature
Set-ADSyncAADCompanyFeature -GroupWritebackV2 $false
(Get-ADSyncAADCompanyFeature).GroupWritebackV2
Get-ADSyncConnector | ft Name,Type,Identifier
(Get-ADSyncConnector -Name 'contoso.onmicrosoft.com - AAD').Subtype
(Get-ADSyncConnector -Identifier '9792d5d0-7815-4880-85e2-3e5de264452e').RunProfiles.Name
