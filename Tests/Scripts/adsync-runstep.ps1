# adsync-runstep: Get-ADSyncRunStepResult returns run history as RunStepResult objects, newest first, the same objects
# Get-ADSyncRunProfileResult -RunStepDetails holds; -First keeps the newest; -RunHistoryId, -StepHistoryId and -StepNumber
# select; a run history id that is not a GUID is the binder's error (reference §1.8)
@(Get-ADSyncRunStepResult).Count
Get-ADSyncRunStepResult -First
$null = Start-ADSyncSyncCycle -PolicyType Delta
$runs = @(Get-ADSyncRunProfileResult -RunStepDetails)
$steps = @(Get-ADSyncRunStepResult)
$steps.Count
(($steps | ForEach-Object RunHistoryId) -join ',') -eq (($runs | ForEach-Object RunHistoryId) -join ',')
$first = Get-ADSyncRunStepResult -First
$first.RunHistoryId -eq $runs[0].RunHistoryId
$first.StepHistoryId -eq $runs[0].RunStepResults[0].StepHistoryId
$first.PSObject.TypeNames[0]
($first.PSObject.Properties.Name | Select-Object -First 8) -join ','
$first.PSObject.Properties.Name.Count
$first | Format-List StepNumber,StepResult,ExportAdd,ExportFailure
$import = Get-ADSyncRunStepResult -RunHistoryId $runs[5].RunHistoryId
$runs[5].RunProfileName
$import.StageAdd -eq $runs[5].RunStepResults[0].StageAdd
$import.StageAdd -gt 0
$bystep = Get-ADSyncRunStepResult -StepHistoryId $runs[3].RunStepResults[0].StepHistoryId
$bystep.RunHistoryId -eq $runs[3].RunHistoryId
@(Get-ADSyncRunStepResult -StepNumber 1).Count
@(Get-ADSyncRunStepResult -StepNumber 2).Count
(Get-ADSyncRunStepResult -StepNumber 1 -First).RunHistoryId -eq $runs[0].RunHistoryId
@(Get-ADSyncRunStepResult -RunHistoryId '00000000-0000-0000-0000-000000000001').Count
Get-ADSyncRunStepResult -RunHistoryId 'last'
