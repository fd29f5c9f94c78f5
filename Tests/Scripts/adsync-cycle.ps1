# adsync-cycle: Start-ADSyncSyncCycle runs Initial and Delta cycles and prints Result Success; run history,
# connector-space and metaverse objects; staging mode imports and syncs but exports nothing (reference §1.3, §1.7, §1.8, §1.10)
Start-ADSyncSyncCycle -PolicyType Initial
Start-ADSyncSyncCycle -PolicyType Delta | Select-Object -ExpandProperty Result
Get-ADSyncRunProfileResult -NumberRequested 6 | ft ConnectorName,RunProfileName,Result
$last = Get-ADSyncRunProfileResult -NumberRequested 1
$last.RunStepResults.Count
$last.Username
$steps = (Get-ADSyncRunProfileResult -RunHistoryId $last.RunHistoryId -RunStepDetails).RunStepResults
$steps.Count
$steps[0].StepResult
(Get-ADSyncRunProfileResult -ConnectorId 'b891884f-051e-4a83-95af-2544101c9083').Count
$cs = Get-ADSyncCSObject -ConnectorName 'contoso.com' -DistinguishedName 'CN=Alice Johnson,OU=Users,OU=Corp,DC=contoso,DC=com'
$cs | fl ConnectorName,ConnectorType,DistinguishedName,ObjectType,IsConnector,Lineage
(Get-ADSyncCSObject -Identifier $cs.ObjectId).DistinguishedName
$mv = Get-ADSyncMVObject -Identifier $cs.ConnectedMVObjectId
$mv.Lineage | ft ConnectorName,ConnectedCsObjectDN
$aad = Get-ADSyncCSObject -Identifier ($mv.Lineage | where ConnectorName -like '*AAD').ConnectedCsObjectId
$aad.ConnectorType
$aad.DistinguishedName -like 'CN={*}'
($mv.Attributes | where Name -eq 'cloudAnchor').SyncRuleName
(Get-ADSyncCSObject -ConnectorName 'contoso.com' -MaxResultCount 2).Count

# staging mode: imports and syncs run, exports do not
$gs = Get-ADSyncGlobalSettings
($gs.Parameters | where Name -eq 'Microsoft.Synchronize.StagingMode').Value = 'True'
$null = Set-ADSyncGlobalSettings -GlobalSettings $gs
(Get-ADSyncScheduler).StagingModeEnabled
$g = New-MgGroup -DisplayName 'Staged' -MailEnabled -MailNickname 'Staged' -SecurityEnabled:$false -GroupTypes 'Unified'
Start-ADSyncSyncCycle | Select-Object -ExpandProperty Result
Get-ADSyncRunProfileResult -NumberRequested 4 | ft ConnectorName,RunProfileName
@(Get-ADGroup -Filter "DisplayName -eq 'Staged'").Count
$staged = Get-ADSyncCSObject -ConnectorName 'contoso.com' -MaxResultCount 100 | where { $_.ObjectType -eq 'group' -and -not $_.AnchorValue }
$staged.DistinguishedName
($gs.Parameters | where Name -eq 'Microsoft.Synchronize.StagingMode').Value = 'False'
$null = Set-ADSyncGlobalSettings -GlobalSettings $gs
$null = Start-ADSyncSyncCycle
(Get-ADGroup -Filter "DisplayName -eq 'Staged'" -Properties groupType).groupType
