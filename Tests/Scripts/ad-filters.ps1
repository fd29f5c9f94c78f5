# ad-filters: every -Filter operator, $variables, script blocks, the special converters and -LDAPFilter
'-- eq'
Get-ADUser -Filter "Department -eq 'Finance'" | ForEach-Object Name
'-- ne (objects without the attribute are not returned)'
(Get-ADUser -Filter "Department -ne 'Engineering'").Count
'-- like'
Get-ADUser -Filter "Name -like '*son'" | ForEach-Object Name
'-- notlike'
Get-ADUser -Filter "EmailAddress -notlike '*'" | ForEach-Object SamAccountName
'-- lt'
Get-ADUser -Filter "SamAccountName -lt 'c'" | ForEach-Object SamAccountName
'-- ge'
Get-ADUser -Filter "SamAccountName -ge 'r'" | ForEach-Object SamAccountName
'-- gt'
Get-ADGroup -Filter 'groupType -gt 0' | ForEach-Object Name
'-- le'
(Get-ADGroup -Filter 'groupType -le -2147483644').Count
'-- and, or, not'
Get-ADUser -Filter "Department -eq 'IT' -and Title -like '*Manager'" | ForEach-Object Name
Get-ADUser -Filter "Department -eq 'HR' -or Department -eq 'Marketing'" | ForEach-Object Name
Get-ADUser -Filter "-not (Department -like '*')" | ForEach-Object SamAccountName
'-- band, bor'
Get-ADUser -Filter 'userAccountControl -band 65536' | ForEach-Object SamAccountName
Get-ADGroup -Filter 'groupType -bor 12' -SearchBase 'OU=Groups,OU=Corp,DC=contoso,DC=com' | ForEach-Object Name
'-- approx, recursivematch'
Get-ADUser -Filter "sn -approx 'SMITH'" | ForEach-Object Name
(Get-ADUser -Filter "memberOf -recursivematch 'CN=All Staff,OU=Groups,OU=Corp,DC=contoso,DC=com'").Count
'-- * and scopes'
(Get-ADComputer -Filter *).Count
Get-ADOrganizationalUnit -Filter * -SearchBase 'OU=Corp,DC=contoso,DC=com' -SearchScope OneLevel | ForEach-Object Name
Get-ADOrganizationalUnit -Filter * -SearchBase 'OU=Corp,DC=contoso,DC=com' -SearchScope Base | ForEach-Object Name
Get-ADUser -Filter * -SearchBase 'OU=Users,OU=Corp,DC=contoso,DC=com' -ResultSetSize 2 | ForEach-Object Name
'-- variables and script blocks'
$dept = 'HR'
Get-ADUser -Filter 'Department -eq $dept' | ForEach-Object Name
Get-ADUser -Filter { Department -eq $dept } | ForEach-Object Name
@(Get-ADUser -Filter { Department -eq "$dept" }).Count
$boss = Get-ADUser dmiller
Get-ADUser -Filter 'Manager -eq $boss.DistinguishedName' | ForEach-Object Name
Get-ADUser -Filter "Manager -eq 'kwhite'" | ForEach-Object Name
'-- GroupScope, GroupCategory, Enabled'
Get-ADGroup -Filter "GroupScope -eq 'Universal'" | ForEach-Object Name
Get-ADGroup -Filter "GroupCategory -eq 'Distribution'" | ForEach-Object Name
Get-ADGroup -Filter "GroupScope -ne 'Global'" -SearchBase 'OU=Groups,OU=Corp,DC=contoso,DC=com' | ForEach-Object Name
Get-ADUser -Filter 'Enabled -eq $false' | ForEach-Object SamAccountName
'-- LDAPFilter'
Get-ADGroup -LDAPFilter '(groupType:1.2.840.113556.1.4.803:=2147483648)' -SearchBase 'OU=Groups,OU=Corp,DC=contoso,DC=com' | ForEach-Object Name
Get-ADGroup -LDAPFilter '(member:1.2.840.113556.1.4.1941:=CN=Bob Smith,OU=Users,OU=Corp,DC=contoso,DC=com)' | ForEach-Object Name
Get-ADUser -LDAPFilter '(&(title=*Engineer)(!(givenName=F*)))' | ForEach-Object Name
Get-ADObject -LDAPFilter '(|(cn=WS00*)(ou=Corp))' | ForEach-Object Name
