# adsync-export-error: a cloud group whose written-back name is already taken in the writeback OU fails its AD export.
# The error is kept on the group's AD connector-space object (HasExportError, ExportError with its type, code and text,
# first and latest occurrence, retry count) and listed in the export step's SyncErrors; the step ends
# completed-export-errors with ExportFailure 1. The next cycle retries the export: RetryCount 1, first occurrence kept.
# Once the colliding group is renamed the export succeeds and the error is gone (reference §1.7, §1.8; the AD
# connector's type name object-already-exists and its code/text are from the reference and partly unconfirmed).
# The lab's Get-ADSyncObjectError lists the object while it is in error.
$group = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
Update-MgBetaGroup -GroupId $group.Id -WritebackConfiguration @{isEnabled=$true; onPremisesGroupType='universalSecurityGroup'}
$ou = 'OU=GroupWriteback,OU=Corp,DC=contoso,DC=com'
$name = 'AZ SG01_' + $group.Id.Substring(24)
New-ADGroup -Name $name -GroupScope Global -Path $ou
$null = Start-ADSyncSyncCycle
$step = Get-ADSyncRunStepResult -First
$step.StepResult
$step.ExportFailure
$step.SyncErrors.SyncErrorsList.Count
$item = $step.SyncErrors.SyncErrorsList[0]
$item.ErrorType
$item.ObjectDn -eq "CN=$name,$ou"
$item.RetryCount
$cs = Get-ADSyncCSObject -Identifier $item.CsGuid
$cs.ConnectorName
$cs.HasExportError
$cs.HasSyncError
$cs | Format-List HasSyncError,HasExportError,ExportError,SynchronizationError
$cs.ExportError | Format-List ErrorType,ErrorCode,ErrorLiteral,RetryCount
$cs.ExportError.InitialOccurrence -eq $cs.ExportError.LatestOccurrence
@(Get-ADSyncCSObject -ConnectorName 'contoso.com' | Where-Object HasExportError).Count
Get-ADSyncObjectError | Format-List ConnectorName,Kind,ErrorType,ErrorLiteral,RetryCount
@(Get-ADSyncObjectError -Kind Synchronization).Count
@(Get-ADSyncObjectError -ConnectorName 'contoso.onmicrosoft.com - AAD').Count
$null = Start-ADSyncSyncCycle
$again = Get-ADSyncCSObject -Identifier $item.CsGuid
$again.ExportError.RetryCount
$again.ExportError.InitialOccurrence -eq $cs.ExportError.InitialOccurrence
$again.ExportError.LatestOccurrence -gt $cs.ExportError.LatestOccurrence
(Get-ADSyncRunStepResult -First).SyncErrors.SyncErrorsList[0].RetryCount
Get-ADGroup -Identity "CN=$name,$ou" | Rename-ADObject -NewName 'AZ SG01 (old)'
$null = Start-ADSyncSyncCycle
$done = Get-ADSyncRunStepResult -First
$done.StepResult
$done.ExportAdd
$null -eq $done.SyncErrors
(Get-ADSyncCSObject -Identifier $item.CsGuid).HasExportError
(Get-ADGroup -Identity "CN=$name,$ou").GroupScope.ToString()
@(Get-ADSyncObjectError).Count
