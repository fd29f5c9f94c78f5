# ad-properties: -Properties interleaves extended and LDAP names in sorted order; unset LDAP attributes are left out; * shows everything
Get-ADGroup 'Domain Admins' -Properties Description, member
(Get-ADUser bsmith -Properties Office, mobile, EmailAddress).psobject.Properties.Name -join ','
(Get-ADUser bsmith -Properties Title, Manager) | ForEach-Object { $_.Title; $_.Manager }
(Get-ADGroup HR -Properties *).psobject.Properties.Name -join ','
$hr = Get-ADGroup HR -Properties *
$hr.CanonicalName
$hr.groupType
$hr.sAMAccountType
$hr.Members
$hr.MemberOf
$hr.ProtectedFromAccidentalDeletion
(Get-ADOrganizationalUnit 'OU=Corp,DC=contoso,DC=com' -Properties ProtectedFromAccidentalDeletion).ProtectedFromAccidentalDeletion
(Get-ADUser ajohnson -Properties proxyAddresses).proxyAddresses
(Get-ADUser jjackson -Properties userAccountControl).userAccountControl
(Get-ADUser svc-backup -Properties PasswordNeverExpires).PasswordNeverExpires
(Get-ADComputer WS001 -Properties OperatingSystem).OperatingSystem
