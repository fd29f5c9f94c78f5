# mg-expand: -ExpandProperty fills a group's members/owners/memberOf and a user's memberOf (directory objects, at most 20)
$outer = New-MgGroup -DisplayName 'AZ Outer' -MailEnabled:$false -MailNickname 'AZOuter' -SecurityEnabled
$g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
$bob = Get-MgUser -UserId 'bsmith@contoso.com'
New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $bob.Id
New-MgGroupMember -GroupId $g.Id -DirectoryObjectId (Get-MgUser -UserId 'ajohnson@contoso.com').Id
New-MgGroupMember -GroupId $outer.Id -DirectoryObjectId $g.Id
New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/users/$($bob.Id)"
$plain = Get-MgGroup -GroupId $g.Id
$plain.Members -eq $null
$e = Get-MgGroup -GroupId $g.Id -ExpandProperty members
$e.Members.Count
$e.Members[0].pstypenames[0]
$e.Members.AdditionalProperties.displayName | Sort-Object
$e.Owners -eq $null
$both = Get-MgGroup -GroupId $g.Id -ExpandProperty members,owners
$both.Owners.AdditionalProperties.userPrincipalName
(Get-MgGroup -GroupId $g.Id -ExpandProperty memberOf).MemberOf.AdditionalProperties.displayName
(Get-MgGroup -GroupId $g.Id -ExpandProperty 'members($select=id,displayName)').Members[0].AdditionalProperties.Keys -join ','
Get-MgGroup -Filter "displayName eq 'AZ SG01'" -ExpandProperty members | ForEach-Object { $_.Members.Count }
(Get-MgUser -UserId $bob.Id -ExpandProperty memberOf).MemberOf.AdditionalProperties.mailNickname
$many = New-MgGroup -DisplayName 'AZ Many' -MailEnabled:$false -MailNickname 'AZMany' -SecurityEnabled
1..25 | ForEach-Object { $n = New-MgGroup -DisplayName "AZ N$_" -MailEnabled:$false -MailNickname "AZN$_" -SecurityEnabled; New-MgGroupMember -GroupId $many.Id -DirectoryObjectId $n.Id }
(Get-MgGroup -GroupId $many.Id -ExpandProperty members).Members.Count
(Get-MgGroupMember -GroupId $many.Id -All).Count
Get-MgGroup -GroupId $g.Id -ExpandProperty nosuch
