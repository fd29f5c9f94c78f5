# mg-beta: the Microsoft.Graph.Beta.* modules import as built-ins; their read cmdlets (Get-MgBetaUser, Get-MgBetaUserMemberOf, Get-MgBetaDomain, ...) answer as the v1.0 ones do, with the beta model types and operation names
Import-Module Microsoft.Graph.Beta.Users
Import-Module Microsoft.Graph.Beta.Groups, Microsoft.Graph.Beta.Identity.DirectoryManagement
(Get-Module Microsoft.Graph.Beta.*).Name | Sort-Object
(Get-Command Get-MgBetaUser).ModuleName
(Get-Command Get-MgBetaDomain).ModuleName
(Import-Module Microsoft.Graph.Beta -PassThru).Name
$u = Get-MgBetaUser -UserId 'bsmith@contoso.com'
$u.pstypenames[0]
$u.UserPrincipalName
$g = New-MgGroup -DisplayName 'AZ SG01' -MailEnabled:$false -MailNickname 'AZSG01' -SecurityEnabled
New-MgGroupMember -GroupId $g.Id -DirectoryObjectId $u.Id
$m = Get-MgBetaUserMemberOf -UserId $u.Id
$m.pstypenames[0]
$m.AdditionalProperties.displayName
(Get-MgBetaUserMemberOfAsGroup -UserId $u.Id).pstypenames[0]
(Get-MgBetaGroupMember -GroupId $g.Id).AdditionalProperties.userPrincipalName
(Get-MgBetaGroupMemberAsUser -GroupId $g.Id).pstypenames[0]
(Get-MgBetaGroupTransitiveMember -GroupId $g.Id -CountVariable n).Count
"count: $n"
(Get-MgBetaDomain | Where-Object IsDefault).Id
(Get-MgBetaDomain -DomainId 'contoso.com').pstypenames[0]
Get-MgBetaUser -UserId 'nobody@contoso.com' -ErrorVariable e
$e[0].FullyQualifiedErrorId
Get-MgBetaGroupOwner -GroupId $g.Id
