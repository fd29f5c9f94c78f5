# adsync-rule-editor-script: the custom rule Microsoft documents for deleting written-back groups when they are disabled
# for writeback or soft-deleted (entra-docs connect/how-to-connect-modify-group-writeback.md, step 3), in the
# Synchronization Rules Editor's export format: New-ADSyncRule -OutVariable syncRule, Add-ADSyncAttributeFlowMapping,
# New-Object ScopeCondition / JoinCondition, Add-ADSyncScopeConditionGroup, Add-ADSyncJoinConditionGroup,
# Add-ADSyncRule, Get-ADSyncRule. Pasted unchanged except the Read-Host line, answered with 50 as a user would.
# Each command writes its object (the rule, the conditions); the saved rule has the scope, join and flow given.
# Creating the rule sets the full-synchronization flag on the Entra connector; with it in place, a group whose
# writeback is then disabled is deleted from AD by the next cycle (without it the AD group stays: reference §3).
$group = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
Update-MgBetaGroup -GroupId $group.Id -WritebackConfiguration @{isEnabled=$true; onPremisesGroupType='universalSecurityGroup'}
$null = Start-ADSyncSyncCycle
$dn = 'CN=AZ SG01_' + $group.Id.Substring(24) + ',OU=GroupWriteback,OU=Corp,DC=contoso,DC=com'
(Get-ADGroup -Identity $dn).Name -eq ('AZ SG01_' + $group.Id.Substring(24))
$printed = & {
   import-module ADSync 
   $precedenceValue = 50

   New-ADSyncRule  `
   -Name 'In from AAD - Group SOAinAAD Delete WriteBackOutOfScope and SoftDelete' `
   -Identifier 'cb871f2d-0f01-4c32-a333-ff809145b947' `
   -Description 'Delete AD groups that fall out of scope of Group Writeback or get Soft Deleted in Azure AD' `
   -Direction 'Inbound' `
   -Precedence $precedenceValue `
   -PrecedenceAfter '00000000-0000-0000-0000-000000000000' `
   -PrecedenceBefore '00000000-0000-0000-0000-000000000000' `
   -SourceObjectType 'group' `
   -TargetObjectType 'group' `
   -Connector 'b891884f-051e-4a83-95af-2544101c9083' `
   -LinkType 'Join' `
   -SoftDeleteExpiryInterval 0 `
   -ImmutableTag '' `
   -OutVariable syncRule

   Add-ADSyncAttributeFlowMapping  `
   -SynchronizationRule $syncRule[0] `
   -Destination 'reasonFiltered' `
   -FlowType 'Expression' `
   -ValueMergeType 'Update' `
   -Expression 'IIF((IsPresent([reasonFiltered]) = True) && (InStr([reasonFiltered], "WriteBackOutOfScope") > 0 || InStr([reasonFiltered], "SoftDelete") > 0), "DeleteThisGroupInAD", [reasonFiltered])' `
    -OutVariable syncRule

   New-Object  `
   -TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition' `
   -ArgumentList 'cloudMastered','true','EQUAL' `
   -OutVariable condition0

   Add-ADSyncScopeConditionGroup  `
   -SynchronizationRule $syncRule[0] `
   -ScopeConditions @($condition0[0]) `
   -OutVariable syncRule
 
   New-Object  `
   -TypeName 'Microsoft.IdentityManagement.PowerShell.ObjectModel.JoinCondition' `
   -ArgumentList 'cloudAnchor','cloudAnchor',$false `
   -OutVariable condition0

   Add-ADSyncJoinConditionGroup  `
   -SynchronizationRule $syncRule[0] `
   -JoinConditions @($condition0[0]) `
   -OutVariable syncRule

   Add-ADSyncRule  `
   -SynchronizationRule $syncRule[0]

   Get-ADSyncRule  `
   -Identifier 'cb871f2d-0f01-4c32-a333-ff809145b947'
}
$printed.Count
$printed | ForEach-Object { $_.PSObject.TypeNames[0].Split('.')[-1] }
$rule = Get-ADSyncRule -Identifier 'cb871f2d-0f01-4c32-a333-ff809145b947'
$rule | Format-List Name,Direction,Precedence,LinkType,SourceObjectType,TargetObjectType,Connector,ImmutableTag,IsStandardRule
$rule.ScopeFilter[0].ScopeConditionList | Format-Table Attribute,ComparisonValue,ComparisonOperator
$rule.JoinFilter[0].JoinConditionList | Format-Table CSAttribute,MVAttribute,CaseSensitive
$rule.AttributeFlowMappings | Format-List Destination,FlowType,ValueMergeType,Expression
(Get-ADSyncSchedulerConnectorOverride -ConnectorName 'contoso.onmicrosoft.com - AAD').FullSyncRequired
Update-MgBetaGroup -GroupId $group.Id -WritebackConfiguration @{isEnabled=$false}
$null = Start-ADSyncSyncCycle
@(Get-ADGroup -Filter "adminDescription -eq 'Group_$($group.Id)'").Count
