# ad-get-default: each Get-AD* cmdlet prints the module's default properties, sorted by name
Get-ADGroup -Identity 'Domain Admins'
Get-ADUser -Identity ajohnson
Get-ADComputer -Identity WS001
Get-ADOrganizationalUnit -Identity 'OU=Corp,DC=contoso,DC=com'
Get-ADGroupMember -Identity 'Domain Admins'
(Get-ADDomain).DomainSID
(Get-ADDomain).DomainMode
(Get-ADDomain).ObjectGUID
Get-ADPrincipalGroupMembership -Identity bsmith | ForEach-Object { $_.name + ' ' + $_.GroupScope + ' ' + $_.GroupCategory }
Set-ADObject 'DC=contoso,DC=com' -Replace @{'msDS-Behavior-Version' = 4}
(Get-ADDomain).DomainMode
(Get-ADDomain).PDCEmulator
