# adsync-parameters-by-name: GlobalSettings.Parameters is a keyed collection indexable by parameter name, case-insensitively;
# a value set through the index is saved by Set-ADSyncGlobalSettings (reference §1.1: the community staging-mode script);
# an unknown name gives $null; a number still indexes by position
$gs = Get-ADSyncGlobalSettings
$gs.Parameters['Microsoft.Synchronize.StagingMode'].Value
$gs.Parameters['microsoft.synchronize.stagingmode'].Name
$null -eq $gs.Parameters['Microsoft.NoSuchParameter']
$gs.Parameters[0].Name -eq ($gs.Parameters | select -First 1).Name
$gs.Parameters['Microsoft.Synchronize.StagingMode'].Value = $true
$null = Set-ADSyncGlobalSettings -GlobalSettings $gs
(Get-ADSyncGlobalSettings).Parameters['Microsoft.Synchronize.StagingMode'].Value
(Get-ADSyncScheduler).StagingModeEnabled
