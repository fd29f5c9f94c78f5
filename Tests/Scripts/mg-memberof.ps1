# mg-memberof: Get-MgUserMemberOf, Get-MgUserMemberOfAsGroup, Get-MgUserTransitiveMemberOf, Get-MgGroupTransitiveMember, Get-MgGroupMemberAsUser
$outer = New-MgGroup -DisplayName 'AZ Outer' -MailEnabled:$false -MailNickname 'AZOuter' -SecurityEnabled
$inner = New-MgGroup -DisplayName 'AZ Inner' -MailEnabled:$false -MailNickname 'AZInner' -SecurityEnabled
$bob = Get-MgUser -UserId 'bsmith@contoso.com'
$ann = Get-MgUser -UserId 'ajohnson@contoso.com'
New-MgGroupMember -GroupId $outer.Id -DirectoryObjectId $inner.Id
New-MgGroupMember -GroupId $outer.Id -DirectoryObjectId $ann.Id
New-MgGroupMember -GroupId $inner.Id -DirectoryObjectId $bob.Id
'-- memberOf'
$m = Get-MgUserMemberOf -UserId $bob.Id
$m.pstypenames[0]
$m.Id -eq $inner.Id
$m.AdditionalProperties['@odata.type']
$m.AdditionalProperties.displayName
(Get-MgUserMemberOf -UserId 'bsmith@contoso.com' -DirectoryObjectId $inner.Id).AdditionalProperties.mailNickname
'-- memberOf as group'
$g = Get-MgUserMemberOfAsGroup -UserId $bob.Id
$g.pstypenames[0]
$g.DisplayName
$g.SecurityEnabled
'-- transitive memberOf'
Get-MgUserTransitiveMemberOf -UserId $bob.Id -CountVariable n | ForEach-Object { $_.AdditionalProperties.displayName } | Sort-Object
"count: $n"
(Get-MgUserTransitiveMemberOf -UserId $ann.Id).AdditionalProperties.displayName
'-- transitive members'
Get-MgGroupTransitiveMember -GroupId $outer.Id -All | ForEach-Object { $_.AdditionalProperties.displayName } | Sort-Object
(Get-MgGroupTransitiveMember -GroupId $outer.Id -Top 1).Count
(Get-MgGroupTransitiveMember -GroupId $inner.Id).AdditionalProperties.userPrincipalName
'-- members as users'
Get-MgGroupMemberAsUser -GroupId $outer.Id | ForEach-Object { $_.pstypenames[0]; $_.UserPrincipalName }
(Get-MgGroupMemberAsUser -GroupId $outer.Id -Property id,displayName).Mail -eq $null
'-- errors'
Get-MgUserMemberOf -UserId 'nobody@contoso.com'
Get-MgUserMemberOf -UserId $ann.Id -DirectoryObjectId $inner.Id
Get-MgGroupTransitiveMember -GroupId '00000000-0000-0000-0000-000000000001'
Get-MgUserMemberOfAsGroup -UserId $bob.Id -Property nosuch
