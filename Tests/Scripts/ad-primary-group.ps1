# ad-primary-group: Get-ADGroupMember lists the accounts whose primary group the group is (Domain Users, Domain Computers); Move-ADObject and Rename-ADObject -PassThru write an ADObject
'-- Domain Users'
$members = Get-ADGroupMember 'Domain Users'
$members.Count
$members | Select-Object -First 3 | ForEach-Object SamAccountName
(Get-ADGroup 'Domain Users' -Properties Members).Members.Count
'-- Domain Computers and Domain Guests'
Get-ADGroupMember 'Domain Computers' | ForEach-Object SamAccountName
Get-ADGroupMember 'Domain Guests' | ForEach-Object SamAccountName
'-- -Recursive reaches Domain Users inside Builtin\Users'
(Get-ADGroupMember Users -Recursive).Count
(Get-ADGroupMember Users).Name -join ','
'-- a new user joins Domain Users'
New-ADUser -Name 'Nora Lane' -SamAccountName nlane -Path 'OU=Users,OU=Corp,DC=contoso,DC=com'
(Get-ADGroupMember 'Domain Users').Count
Get-ADPrincipalGroupMembership nlane | ForEach-Object name
'-- Move-ADObject and Rename-ADObject -PassThru'
Move-ADObject 'CN=Nora Lane,OU=Users,OU=Corp,DC=contoso,DC=com' 'CN=Users,DC=contoso,DC=com' -PassThru | ForEach-Object { $_.PSObject.TypeNames[0]; $_.PSObject.Properties.Name -join ',' }
$r = Get-ADUser nlane | Rename-ADObject -NewName 'Nora Lane-Ward' -PassThru
$r.PSObject.TypeNames[0]
$r.DistinguishedName
(Get-ADUser nlane).Name
Rename-ADObject 'CN=WS001,OU=Computers,OU=Corp,DC=contoso,DC=com' WS001-OLD -PassThru
