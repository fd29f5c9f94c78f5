# mg-owners: New-MgGroupOwnerByRef, Get-MgGroupOwner (directory objects: Id and DeletedDateTime, the rest in AdditionalProperties), both remove names, owners@odata.bind on New-MgGroup; a second add, a non-owner and the last owner are refused
$g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
$ann = Get-MgUser -UserId 'ajohnson@contoso.com'
$bob = Get-MgUser -UserId 'bsmith@contoso.com'
$cloud = Get-MgUser -UserId 'cloud.only@contoso.onmicrosoft.com'
New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/users/$($ann.Id)"
New-MgGroupOwnerByRef -GroupId $g.Id -BodyParameter @{'@odata.id' = "https://graph.microsoft.com/v1.0/directoryObjects/$($bob.Id)"}
New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/users/$($cloud.Id)" -PassThru
Get-MgGroupOwner -GroupId $g.Id | Out-Host
Get-MgGroupOwner -GroupId $g.Id -All | ForEach-Object { '{0} {1}' -f $_.AdditionalProperties['@odata.type'], $_.AdditionalProperties.userPrincipalName }
(Get-MgGroupOwner -GroupId $g.Id -Top 2).Count
New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/users/$($bob.Id)"
Remove-MgGroupOwnerDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId $bob.Id
Remove-MgGroupOwnerByRef -GroupId $g.Id -DirectoryObjectId $bob.Id
Remove-MgGroupOwnerByRef -GroupId $g.Id -DirectoryObjectId $cloud.Id -PassThru
Remove-MgGroupOwnerDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId $ann.Id
(Get-MgGroupOwner -GroupId $g.Id -CountVariable n).AdditionalProperties.displayName
"owners: $n"
$ref = "https://graph.microsoft.com/v1.0/users/$($bob.Id)"
$team = New-MgGroup -BodyParameter @{displayName='M365 - SG01'; mailEnabled=$true; mailNickname='M365-SG01'; securityEnabled=$false; groupTypes=@('Unified'); 'owners@odata.bind'=@($ref); 'members@odata.bind'=@($ref)}
'{0}: owner {1}, member {2}' -f $team.DisplayName, (Get-MgGroupOwner -GroupId $team.Id).AdditionalProperties.displayName, (Get-MgGroupMember -GroupId $team.Id).AdditionalProperties.displayName
