# ad-write: New/Set/Rename/Move/Remove and group membership, with memberOf kept by the directory, -PassThru, -WhatIf and -Confirm (no terminal: the prompt fails)
New-ADUser -Name 'Tina Fox' -SamAccountName tfox -GivenName Tina -Surname Fox -UserPrincipalName 'tfox@contoso.com' -Path 'OU=Users,OU=Corp,DC=contoso,DC=com' -Enabled $true -AccountPassword (ConvertTo-SecureString 'P@ssw0rd1' -AsPlainText -Force)
(Get-ADUser tfox).Enabled
(Get-ADUser tfox).SID
Set-ADUser tfox -Department Sales -EmailAddress 'tina.fox@contoso.com'
(Get-ADUser tfox -Properties Department).Department
(Get-ADUser tfox -Properties mail).mail
Add-ADGroupMember Sales tfox
(Get-ADUser tfox -Properties MemberOf).MemberOf
Rename-ADObject 'CN=Tina Fox,OU=Users,OU=Corp,DC=contoso,DC=com' 'Tina Fox-Lee'
(Get-ADUser tfox).DistinguishedName
Move-ADObject (Get-ADUser tfox) 'CN=Users,DC=contoso,DC=com'
(Get-ADGroupMember Sales | Where-Object SamAccountName -eq tfox).distinguishedName
Set-ADObject (Get-ADUser tfox) -Add @{proxyAddresses = 'SMTP:tina@contoso.com', 'smtp:tfox@contoso.com'} -Replace @{info = 'temp'}
(Get-ADUser tfox -Properties proxyAddresses).proxyAddresses
(Get-ADUser tfox -Properties info).info
Set-ADObject (Get-ADUser tfox) -Remove @{proxyAddresses = 'smtp:tfox@contoso.com'} -Clear info
(Get-ADUser tfox -Properties proxyAddresses).proxyAddresses
$null -eq (Get-ADUser tfox -Properties info).info
Remove-ADGroupMember Sales tfox -Confirm:$false
(Get-ADGroupMember Sales).Count
Set-ADUser tfox -Enabled $false
(Get-ADUser tfox -Properties userAccountControl).userAccountControl
New-ADGroup -Name 'Project X' -GroupScope Universal -GroupCategory Distribution -Path 'OU=Groups,OU=Corp,DC=contoso,DC=com' -Description 'Temporary project'
Get-ADGroup 'Project X' -Properties groupType, sAMAccountType | ForEach-Object { "$($_.groupType) $($_.sAMAccountType)" }
Set-ADGroup 'Project X' -GroupCategory Security -GroupScope Global
Get-ADGroup 'Project X' -Properties groupType, sAMAccountType | ForEach-Object { "$($_.groupType) $($_.sAMAccountType)" }
Remove-ADGroup 'Project X' -WhatIf
@(Get-ADGroup -Filter "Name -eq 'Project X'").Count
try { Remove-ADGroup 'Project X' } catch { $_.Exception.Message; $_.CategoryInfo.Category }
@(Get-ADGroup -Filter "Name -eq 'Project X'").Count
Remove-ADGroup 'Project X' -Confirm:$false
@(Get-ADGroup -Filter "Name -eq 'Project X'").Count
Remove-ADUser tfox -Confirm:$false
@(Get-ADUser -Filter "SamAccountName -eq 'tfox'").Count
New-ADUser -Name Kim -PassThru | ForEach-Object { $_.SamAccountName; $_.Enabled; $_.DistinguishedName; $_.UserPrincipalName -eq $null }
New-ADOrganizationalUnit Labs -Description 'Lab OU' -PassThru | ForEach-Object DistinguishedName
(Get-ADOrganizationalUnit 'OU=Labs,DC=contoso,DC=com' -Properties ProtectedFromAccidentalDeletion).ProtectedFromAccidentalDeletion
Move-ADObject 'CN=Kim,CN=Users,DC=contoso,DC=com' 'OU=Labs,DC=contoso,DC=com' -WhatIf
(Get-ADUser Kim).DistinguishedName
