# ad-critical-delete: the domain head and critical system objects are never deleted, alone or inside a recursive delete, and a refused delete removes nothing
$before = (Get-ADObject -Filter * | Measure-Object).Count
$critical = 'DC=contoso,DC=com', 'CN=Users,DC=contoso,DC=com', 'CN=krbtgt,CN=Users,DC=contoso,DC=com',
  'CN=Administrators,CN=Builtin,DC=contoso,DC=com', 'CN=DC01,OU=Domain Controllers,DC=contoso,DC=com'
foreach ($dn in $critical) {
  try { Remove-ADObject $dn -Recursive -Confirm:$false } catch { '{0}: {1} ({2})' -f $dn, $_.Exception.Message, $_.CategoryInfo.Category }
}
try { Remove-ADUser Administrator -Confirm:$false } catch { $_.FullyQualifiedErrorId }
try { Remove-ADGroup 'Domain Admins' -Confirm:$false } catch { $_.CategoryInfo.Category }
(Get-ADObject -Filter * | Measure-Object).Count -eq $before
New-ADOrganizationalUnit Lab -ProtectedFromAccidentalDeletion $false
New-ADUser Temp -Path 'OU=Lab,DC=contoso,DC=com'
Remove-ADObject 'OU=Lab,DC=contoso,DC=com' -Recursive -Confirm:$false
(Get-ADObject -Filter * | Measure-Object).Count -eq $before
