# mg-owner-errors: unknown groups and objects, references that name nothing, -WhatIf and a failed owners@odata.bind give Graph's errors (non-terminating, no position) and change nothing
$g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
$ann = Get-MgUser -UserId 'ajohnson@contoso.com'
$nobody = '3f2b8c1e-6d4a-4e2b-9c7f-1a2b3c4d5e6f'
Get-MgGroupOwner -GroupId $nobody
Get-MgGroupOwner -GroupId 'AZ SG01'
New-MgGroupOwnerByRef -GroupId $nobody -OdataId "https://graph.microsoft.com/v1.0/users/$($ann.Id)"
New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/users/$nobody"
New-MgGroupOwnerByRef -GroupId $g.Id -OdataId 'https://graph.microsoft.com/v1.0/users/ajohnson@contoso.com'
New-MgGroupOwnerByRef -GroupId $g.Id -BodyParameter @{'@odata.id' = $ann.Id}
New-MgGroupOwnerByRef -GroupId $g.Id -OdataId "https://graph.microsoft.com/v1.0/users/$($ann.Id)" -WhatIf
Remove-MgGroupOwnerDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId 'ajohnson@contoso.com'
Remove-MgGroupOwnerDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId $ann.Id
New-MgGroup -BodyParameter @{displayName='AZ SG02'; mailEnabled=$false; mailNickname='AZSG02'; securityEnabled=$true; 'owners@odata.bind'=@("https://graph.microsoft.com/v1.0/users/$nobody")}
try { Get-MgGroupOwner -GroupId $nobody -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
@(Get-MgGroupOwner -GroupId $g.Id).Count
(Get-MgGroup -All).DisplayName
