# adsync-rules: a cloned rule with a lower precedence and the original disabled (the article's advice) takes over;
# New-ADSyncRule, Add-ADSyncRule, Remove-ADSyncRule (reference §1.6, §2)
$rule = Get-ADSyncRule | where Name -eq 'In from AAD - Group SOAInAAD'
$rule | fl Name,Direction,Disabled,SourceObjectType,TargetObjectType,Precedence,LinkType,ImmutableTag,IsStandardRule
$rule.AttributeFlowMappings | where Destination -in 'cloudAnchor','cloudMastered' | ft Source,Destination,FlowType,MappingSourceAsString
$clone = Get-ADSyncRule -Identifier $rule.Identifier
$clone.Identifier = '5a1c7e00-0000-4000-8000-0000000000aa'
$clone.Name = 'In from AAD - Group SOAInAAD (custom)'
$clone.Precedence = 50
$clone.ImmutableTag = ''
$null = Add-ADSyncRule -SynchronizationRule $clone
$rule.Disabled = $true
$null = $rule | Add-ADSyncRule
Get-ADSyncRule | where Name -like 'In from AAD - Group SOAInAAD*' | ft Name,Precedence,Disabled,IsStandardRule
$null = New-MgGroup -DisplayName 'Custom Rule Group' -MailEnabled -MailNickname 'CustomRule' -SecurityEnabled:$false -GroupTypes 'Unified'
Start-ADSyncSyncCycle | Select-Object -ExpandProperty Result
Get-ADSyncRunProfileResult -NumberRequested 4 | ft ConnectorName,RunProfileName
$adGroup = Get-ADGroup -Filter "DisplayName -eq 'Custom Rule Group'"
$cs = Get-ADSyncCSObject -ConnectorName 'contoso.com' -DistinguishedName $adGroup.DistinguishedName
$mv = Get-ADSyncMVObject -Identifier $cs.ConnectedMVObjectId
($mv.Attributes | where Name -eq 'cloudAnchor').SyncRuleName
$new = New-ADSyncRule -Name 'In from AD - Department' -Direction Inbound -Precedence 60 -SourceObjectType user -TargetObjectType person -Connector '9792d5d0-7815-4880-85e2-3e5de264452e' -LinkType Join
$saved = Add-ADSyncRule -SynchronizationRule $new
$saved | fl Identifier,Name,Precedence,LinkType,ImmutableTag,IsStandardRule
Remove-ADSyncRule -Identifier $saved.Identifier
Remove-ADSyncRule -SynchronizationRule $clone
@(Get-ADSyncRule | where Precedence -lt 100).Count
