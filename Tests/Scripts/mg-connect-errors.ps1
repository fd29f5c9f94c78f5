# mg-connect-errors: signing out without a connection is the SDK's non-terminating error; a certificate sign-in without -ClientId and an invalid -ContextScope are binding errors that leave the session unconnected; Remove-MgGroupMemberDirectoryObjectByRef answers Graph's 404 for an unknown group or a non-member, and -WhatIf changes nothing
Disconnect-MgGraph
Get-MgContext
Connect-MgGraph -CertificateThumbprint 'A1B2C3D4E5F6' -TenantId 'contoso.onmicrosoft.com'
Connect-MgGraph -Scopes 'User.Read.All' -ContextScope Machine
$null -eq (Get-MgContext)
try { Disconnect-MgGraph -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
$g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
$ann = Get-MgUser -UserId 'ajohnson@contoso.com'
$nobody = '3f2b8c1e-6d4a-4e2b-9c7f-1a2b3c4d5e6f'
Remove-MgGroupMemberDirectoryObjectByRef -GroupId $nobody -DirectoryObjectId $ann.Id
Remove-MgGroupMemberDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId $ann.Id
New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $ann.Id
Remove-MgGroupMemberDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId $ann.Id -WhatIf
(Get-MgGroupMember -GroupId $g.Id).AdditionalProperties.displayName
Connect-Graph -NoWelcome
(Disconnect-Graph).AuthType
Get-MgContext
