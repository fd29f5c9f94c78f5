# adsync-purge: Start-ADSyncPurgeRunHistory deletes the run history older than -PurgeRunHistoryInterval (by default the
# scheduler's PurgeRunHistoryInterval, 7 days) and prints nothing; -Offline deletes all of it; a value that is not a
# TimeSpan, or a negative one, is an error and deletes nothing (reference §1.2, §1.11; docs reference-connect-adsync;
# the module's output is unconfirmed)
$null = Start-ADSyncSyncCycle
@(Get-ADSyncRunProfileResult).Count
Start-ADSyncPurgeRunHistory
Start-ADSyncPurgeRunHistory -PurgeRunHistoryInterval (New-TimeSpan -Hours 5)
Start-ADSyncPurgeRunHistory '1.00:00:00'
@(Get-ADSyncRunProfileResult).Count
Start-ADSyncPurgeRunHistory -PurgeRunHistoryInterval 'soon'
Start-ADSyncPurgeRunHistory -PurgeRunHistoryInterval (New-TimeSpan -Minutes -30)
@(Get-ADSyncRunStepResult).Count

# keeping nothing: the scheduler's interval set to zero, then an explicit zero
Set-ADSyncScheduler -PurgeRunHistoryInterval 00:00:00
(Get-ADSyncScheduler).PurgeRunHistoryInterval
Start-ADSyncPurgeRunHistory
@(Get-ADSyncRunProfileResult).Count
Set-ADSyncScheduler -PurgeRunHistoryInterval 7.00:00:00
$null = Invoke-ADSyncRunProfile -ConnectorName 'contoso.com' -RunProfileName 'Delta Import'
Start-ADSyncPurgeRunHistory -PurgeRunHistoryInterval 0
@(Get-ADSyncRunProfileResult).Count

# offline: the whole history
$null = Start-ADSyncSyncCycle
Start-ADSyncPurgeRunHistory -Offline
@(Get-ADSyncRunProfileResult).Count
