# adsync-express-scope: the lab's AD connector covers the whole domain as Express settings install it
# (reference §1.5, §5): a user created with New-ADUser without -Path (CN=Users) and a user in an OU created at the
# domain root reach Entra ID on the next cycle; the built-in accounts are imported but filtered by the default rules
# (isCriticalSystemObject), so they stay disconnectors. The OU filter is the AD partition's ConnectorPartitionScope:
# excluding an OU and saving the connector with Add-ADSyncConnector, as the wizard does, makes the next cycle a full
# import and full synchronization on AD that deletes the objects now out of scope from Entra ID.
New-ADUser -Name 'Root User' -SamAccountName 'rootuser' -UserPrincipalName 'rootuser@contoso.com'
New-ADOrganizationalUnit -Name 'Branch'
New-ADUser -Name 'Branch User' -SamAccountName 'branchuser' -UserPrincipalName 'branchuser@contoso.com' -Path 'OU=Branch,DC=contoso,DC=com'
$null = Start-ADSyncSyncCycle
(Get-MgUser -UserId 'rootuser@contoso.com').DisplayName
(Get-MgUser -UserId 'branchuser@contoso.com' -Property displayName,onPremisesSyncEnabled).OnPremisesSyncEnabled
$admin = Get-ADSyncCSObject -ConnectorName 'contoso.com' -DistinguishedName 'CN=Administrator,CN=Users,DC=contoso,DC=com'
$admin.IsConnector
$admins = Get-ADSyncCSObject -ConnectorName 'contoso.com' -DistinguishedName 'CN=Domain Admins,CN=Users,DC=contoso,DC=com'
$admins.IsConnector
@(Get-MgUser -All | Where-Object DisplayName -eq 'Administrator').Count
$c = Get-ADSyncConnector -Name 'contoso.com'
$c.Partitions[0].ConnectorPartitionScope.ContainerInclusionList
$c.Partitions[0].ConnectorPartitionScope.ContainerExclusionList.Count
$c.Partitions[0].ConnectorPartitionScope.ContainerExclusionList.Add('OU=Branch,DC=contoso,DC=com')
$c = Add-ADSyncConnector -Connector $c
$c.Partitions[0].ConnectorPartitionScope.ContainerExclusionList
$override = Get-ADSyncSchedulerConnectorOverride -ConnectorName 'contoso.com'
$override.FullImportRequired
$override.FullSyncRequired
$null = Start-ADSyncSyncCycle
Get-ADSyncRunProfileResult -NumberRequested 6 | Sort-Object RunNumber | ForEach-Object { $_.ConnectorName + ': ' + $_.RunProfileName }
@(Get-MgUser -All | Where-Object UserPrincipalName -eq 'branchuser@contoso.com').Count
(Get-MgUser -UserId 'rootuser@contoso.com').DisplayName
$bad = Get-ADSyncConnector -Name 'contoso.com'
$bad.Partitions[0].ConnectorPartitionScope.ContainerExclusionList.Add('OU=Elsewhere,DC=fabrikam,DC=com')
Add-ADSyncConnector -Connector $bad
(Get-ADSyncConnector -Name 'contoso.com').Partitions[0].ConnectorPartitionScope.ContainerExclusionList
