# mg-members: New-MgGroupMember, Get-MgGroupMember (directory objects: Id and DeletedDateTime, the rest in AdditionalProperties), Remove-MgGroupMemberByRef
$g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
$inner = New-MgGroup -DisplayName 'M365 - SG01' -MailEnabled -MailNickname 'M365-SG01' -SecurityEnabled:$false -GroupTypes 'Unified'
$ann = Get-MgUser -UserId 'ajohnson@contoso.com'
$bob = Get-MgUser -UserId 'bsmith@contoso.com'
$cloud = Get-MgUser -UserId 'cloud.only@contoso.onmicrosoft.com'
New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $ann.Id
New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $bob.Id
New-MgGroupMember -GroupId $g.Id -BodyParameter @{'@odata.id' = "https://graph.microsoft.com/v1.0/directoryObjects/$($cloud.Id)"}
New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $inner.Id
Get-MgGroupMember -GroupId $g.Id | Out-Host
Get-MgGroupMember -GroupId $g.Id -All | ForEach-Object { '{0} {1}' -f $_.AdditionalProperties['@odata.type'], $_.AdditionalProperties.displayName }
(Get-MgGroupMember -GroupId $g.Id -Top 2).Count
New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $bob.Id
Remove-MgGroupMemberByRef -GroupId $g.Id -DirectoryObjectId $bob.Id
Remove-MgGroupMemberByRef -GroupId $g.Id -DirectoryObjectId $bob.Id
Get-MgGroupMember -GroupId $g.Id -CountVariable n | Out-Null
"members: $n"
Remove-MgUser -UserId $cloud.Id
(Get-MgGroupMember -GroupId $g.Id).AdditionalProperties.displayName
