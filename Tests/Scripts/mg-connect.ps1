# mg-connect: a Graph SDK v2 script's first and last lines: Connect-MgGraph writes the SDK's welcome text, Get-MgContext lists the context, Remove-MgGroupMemberDirectoryObjectByRef removes a member, Disconnect-MgGraph writes the context it signed out from; the Graph cmdlets keep working after it
Connect-MgGraph -Scopes "Group.ReadWrite.All","User.ReadWrite.All","Directory.ReadWrite.All"
Get-MgContext
$g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
$ann = Get-MgUser -UserId 'ajohnson@contoso.com'
New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $ann.Id
(Get-MgGroupMember -GroupId $g.Id).AdditionalProperties.displayName
Remove-MgGroupMemberDirectoryObjectByRef -GroupId $g.Id -DirectoryObjectId $ann.Id -PassThru
@(Get-MgGroupMember -GroupId $g.Id).Count
Connect-MgGraph -ClientId '5c3a1f2e-8d47-4b6a-9e10-2f3b4c5d6e7f' -TenantId 'contoso.onmicrosoft.com' -CertificateThumbprint 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678' -NoWelcome
Disconnect-MgGraph
Get-MgContext
(Get-MgGroup -GroupId $g.Id).DisplayName
