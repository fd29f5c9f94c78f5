# adsync-sync-error: a custom inbound rule whose expression calls Error() fails the synchronization of the objects in its
# scope: each keeps a SynchronizationError (HasSyncError True) with the rule's text, the Delta Synchronization step
# ends completed-sync-errors and lists it in SyncErrors, and the object stays pending, so the next synchronization
# retries it (RetryCount 1). Disabling the rule lets the next cycle synchronize the object and clears the error
# (reference §1.6, §1.7; the error type's name is unconfirmed there).
$ad = (Get-ADSyncConnector -Name 'contoso.com').Identifier
New-ADSyncRule -Name 'In from AD - Block Temps' -Direction 'Inbound' -Precedence 20 -SourceObjectType 'user' -TargetObjectType 'person' -Connector $ad -LinkType 'Join' -OutVariable syncRule | Out-Null
Add-ADSyncAttributeFlowMapping -SynchronizationRule $syncRule[0] -Destination 'department' -FlowType 'Expression' -Expression 'Error("Temporary accounts are not synchronized")' -OutVariable syncRule | Out-Null
$condition = New-Object -TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' -ArgumentList 'department','Temps','EQUAL'
Add-ADSyncScopeConditionGroup -SynchronizationRule $syncRule[0] -ScopeConditions @($condition) -OutVariable syncRule | Out-Null
$saved = Add-ADSyncRule -SynchronizationRule $syncRule[0]
New-ADUser -Name 'Tina Temp' -SamAccountName 'ttemp' -UserPrincipalName 'ttemp@contoso.com' -Department 'Temps' -Path 'OU=Users,OU=Corp,DC=contoso,DC=com'
$null = Start-ADSyncSyncCycle
$sync = Get-ADSyncRunProfileResult -NumberRequested 6 -RunStepDetails | Where-Object { $_.ConnectorName -eq 'contoso.com' -and $_.RunProfileName -like '*Synchronization' }
$sync.Result
$item = $sync.RunStepResults[0].SyncErrors.SyncErrorsList[0]
$item.ObjectDn
$item.ErrorType
$cs = Get-ADSyncCSObject -ConnectorName 'contoso.com' -DistinguishedName 'CN=Tina Temp,OU=Users,OU=Corp,DC=contoso,DC=com'
$cs.HasSyncError
$cs.HasExportError
$cs.IsConnector
$cs.SynchronizationError.StackTrace
$cs.SynchronizationError.RetryCount
@(Get-MgUser -All | Where-Object UserPrincipalName -eq 'ttemp@contoso.com').Count
$null = Start-ADSyncSyncCycle
(Get-ADSyncCSObject -Identifier $cs.ObjectId).SynchronizationError.RetryCount
$saved.Disabled = $true
$null = Add-ADSyncRule -SynchronizationRule $saved
$null = Start-ADSyncSyncCycle
$after = Get-ADSyncCSObject -Identifier $cs.ObjectId
$after.HasSyncError
$after.IsConnector
(Get-MgUser -UserId 'ttemp@contoso.com').DisplayName
Get-ADSyncObjectError
