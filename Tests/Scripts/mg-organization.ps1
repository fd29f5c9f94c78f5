# mg-organization: Get-MgOrganization writes the tenant's one MicrosoftGraphOrganization: id, verified domains, TenantType, directory sync state
Connect-MgGraph -Scopes 'Organization.Read.All' -NoWelcome
$o = Get-MgOrganization -CountVariable n
"count: $n"
$o.pstypenames[0]
$o.Id -eq (Get-MgContext).TenantId
$o.TenantType
$o.OnPremisesSyncEnabled
$o.OnPremisesLastSyncDateTime -is [datetime]
$o.VerifiedDomains | Sort-Object Name | ForEach-Object { '{0} default={1} initial={2} {3} [{4}]' -f $_.Name, $_.IsDefault, $_.IsInitial, $_.Type, $_.Capabilities }
$o.VerifiedDomains[0].pstypenames[0]
$o.AssignedPlans.Count
(Get-MgOrganization -OrganizationId $o.Id).Id -eq $o.Id
(Get-MgOrganization -Property id,tenantType).VerifiedDomains -eq $null
Get-MgOrganization -OrganizationId '00000000-0000-0000-0000-000000000001'
Get-MgOrganization -Property nosuch
