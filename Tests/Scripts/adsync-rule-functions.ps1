# adsync-rule-functions: a custom rule's expression may use the declarative-provisioning functions Mid (1-based) and
# Replace (reference §1.6); an expression calling a function the lab's engine does not evaluate is refused when the
# flow is added, naming the function, and the rule keeps its flows; the saved rule outranks the out-of-box department
# flow (precedence 30 < 100) and the next cycle writes its value to the tenant user.
$ad = (Get-ADSyncConnector -Name 'contoso.com').Identifier
$rule = New-ADSyncRule -Name 'In from AD - Department code' -Direction 'Inbound' -Precedence 30 -SourceObjectType 'user' -TargetObjectType 'person' -Connector $ad -LinkType 'Join'
$null = Add-ADSyncAttributeFlowMapping -SynchronizationRule $rule -Destination 'department' -FlowType 'Expression' -Expression 'Replace(Mid([department],1,3),"Sal","SLS")'
$condition = New-Object Microsoft.IdentityManagement.PowerShell.ObjectModel.ScopeCondition 'sAMAccountName','ajohnson','EQUAL'
$null = Add-ADSyncScopeConditionGroup -SynchronizationRule $rule -ScopeConditions @($condition)
Add-ADSyncAttributeFlowMapping -SynchronizationRule $rule -Destination 'displayName' -FlowType 'Expression' -Expression 'Word([displayName],1," ")'
$rule.AttributeFlowMappings.Count
$null = Add-ADSyncRule -SynchronizationRule $rule
$null = Start-ADSyncSyncCycle
(Get-MgUser -UserId 'ajohnson@contoso.com' -Property department).Department
(Get-MgUser -UserId 'bsmith@contoso.com' -Property department).Department
