# Group writeback, end to end, as "Azure AD Connect Group Writeback deep dive" walks it:
# the global settings, the writeback rules, three cloud groups, a sync cycle, the metaverse
# objects, the AD groups, a moved group coming back, and a cloud-only member left out.
# Run it with: scripts/run -File scripts/demo/group-writeback.ps1

'== Global settings (Figure 1)'
(Get-ADSyncGlobalSettings).Parameters | Sort-Object Name | ft Name,Value

'== The server has synced once (Initial, then Delta to confirm its exports)'
Start-ADSyncSyncCycle -PolicyType Initial | Out-Null
Start-ADSyncSyncCycle -PolicyType Delta | Out-Null

'== The group writeback rules (Figure 3)'
Get-ADSyncRule | where Name -like '*SOAInAAD*' | ft Name,Direction,Precedence,LinkType
$rule = Get-ADSyncRule | where Name -eq 'In from AAD - Group SOAInAAD'
$rule.ScopeFilter.ScopeConditionList | ft Attribute,ComparisonOperator,ComparisonValue
$rule.JoinFilter.JoinConditionList | ft CSAttribute,MVAttribute,CaseSensitive

'== Three cloud groups, each with a synced and a cloud-only member'
$alice = Get-MgUser -UserId 'ajohnson@contoso.com'
$cloudOnly = Get-MgUser -All | where DisplayName -eq 'Cloud Only'
$sg = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
Update-MgBetaGroup -GroupId $sg.Id -WritebackConfiguration @{isEnabled=$true; onPremisesGroupType='universalSecurityGroup'}
$m365 = New-MgGroup -DisplayName 'M365 - SG01' -MailEnabled -MailNickname 'M365-SG01' -SecurityEnabled:$false -GroupTypes 'Unified'
$mesg = New-MgGroup -DisplayName 'M365 - MESG01' -MailEnabled -MailNickname 'M365-MESG01' -SecurityEnabled:$false -GroupTypes 'Unified'
Update-MgBetaGroup -GroupId $mesg.Id -WritebackConfiguration @{isEnabled=$true; onPremisesGroupType='universalMailEnabledSecurityGroup'}
foreach ($group in $sg, $m365, $mesg) {
  New-MgGroupMember -GroupId $group.Id -DirectoryObjectId $alice.Id
  New-MgGroupMember -GroupId $group.Id -DirectoryObjectId $cloudOnly.Id
}
Get-MgGroup -Filter "startswith(displayName,'AZ') or startswith(displayName,'M365')" | ft DisplayName,MailNickname,GroupTypes

'== A delta sync cycle writes them back'
Start-ADSyncSyncCycle -PolicyType Delta
Get-ADSyncRunProfileResult -NumberRequested 6 -RunStepDetails | ForEach-Object {
  $step = $_.RunStepResults[0]
  [pscustomobject]@{
    Connector = $_.ConnectorName; Profile = $_.RunProfileName; Result = $_.Result
    StageAdd = $step.StageAdd; Projected = $step.DisconnectorProjectedFlow
    ExportAdd = $step.ExportAdd
  }
} | ft

'== The metaverse objects (Figures 4 and 5)'
foreach ($name in 'AZ SG01', 'M365 - SG01', 'M365 - MESG01') {
  $adGroup = Get-ADGroup -Filter "DisplayName -eq '$name'"
  $cs = Get-ADSyncCSObject -ConnectorName 'contoso.com' -DistinguishedName $adGroup.DistinguishedName
  $mv = Get-ADSyncMVObject -Identifier $cs.ConnectedMVObjectId
  "-- $name"
  $mv.Attributes | where Name -in 'cloudAnchor', 'cloudMastered', 'targetWritebackType' |
    ft Name, @{n='Value'; e={ $_.Values[0] }}, SyncRuleName
}

'== The AD groups (Figure 6)'
Get-ADGroup -Filter {DisplayName -eq 'AZ SG01'} -Properties * |
  fl DistinguishedName,GroupCategory,GroupScope,groupType,adminDescription
Get-ADGroup -Filter {DisplayName -eq 'M365 - SG01'} -Properties * |
  fl DistinguishedName,GroupCategory,GroupScope,groupType,mail,msExchRecipientDisplayType,msExchRecipientTypeDetails
Get-ADGroup -Filter {DisplayName -eq 'M365 - MESG01'} -Properties * |
  fl DistinguishedName,GroupCategory,GroupScope,groupType,mail,msExchRecipientDisplayType,msExchRecipientTypeDetails
$sam = (Get-ADGroup -Filter {DisplayName -eq 'M365 - MESG01'}).SamAccountName
"SamAccountName is made up by AD: $($sam -match '^\$[0-9A-V]{6}-[0-9A-V]{12}$')"

'== Moved to another OU, the group comes back on the next delta cycle'
$moved = Get-ADGroup -Filter {DisplayName -eq 'AZ SG01'}
Move-ADObject -Identity $moved.DistinguishedName -TargetPath 'OU=Groups,OU=Corp,DC=contoso,DC=com'
(Get-ADGroup -Identity $moved.ObjectGUID).DistinguishedName
Start-ADSyncSyncCycle -PolicyType Delta | Out-Null
(Get-ADGroup -Identity $moved.ObjectGUID).DistinguishedName

'== A cloud-only member does not show up in AD'
Get-MgGroupMember -GroupId $sg.Id | ForEach-Object { (Get-MgUser -UserId $_.Id).DisplayName }
Get-ADGroupMember -Identity $moved.ObjectGUID | ForEach-Object Name
