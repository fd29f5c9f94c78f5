# adsync-runprofile: Invoke-ADSyncRunProfile runs one run profile on one connector and returns when the step is done;
# the step is in the run history like a cycle's; an unknown connector or run profile is an error and runs nothing
# (reference §1.8; the shape of the returned object is unconfirmed: the lab returns the RunProfileResult)
$step = Invoke-ADSyncRunProfile -ConnectorName 'contoso.com' -RunProfileName 'Full Import'
$step.ConnectorName
$step.RunProfileName
$step.Result
$last = Get-ADSyncRunProfileResult -NumberRequested 1 -RunStepDetails
$last.RunHistoryId -eq $step.RunHistoryId
$counts = $last.RunStepResults[0]
($counts.StageAdd + $counts.StageUpdate + $counts.StageNoChange) -gt 0
(Invoke-ADSyncRunProfile -ConnectorName 'contoso.com' -RunProfileName 'full synchronization').RunProfileName
Invoke-ADSyncRunProfile -ConnectorName 'fabrikam.com' -RunProfileName 'Export'
Invoke-ADSyncRunProfile -ConnectorName 'contoso.com' -RunProfileName 'Full Sync'
@(Get-ADSyncRunProfileResult).Count
