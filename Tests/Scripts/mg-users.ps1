# mg-users: Get-MgUser's default table; synced users carry onPremises* (selected with -Property); New-, Update-, Remove-MgUser
Get-MgUser | Out-Host
Get-MgUser -UserId 'ajohnson@contoso.com' -Property displayName,userPrincipalName,onPremisesSyncEnabled,onPremisesImmutableId | Select-Object DisplayName,UserPrincipalName,OnPremisesSyncEnabled,OnPremisesImmutableId | Out-Host
$null -eq (Get-MgUser -UserId 'ajohnson@contoso.com').OnPremisesSyncEnabled
$alice = Get-MgUser -UserId 'ajohnson@contoso.com' -Property *
$alice.OnPremisesSamAccountName
$alice.OnPremisesDistinguishedName
$alice.OnPremisesSecurityIdentifier
$cloud = Get-MgUser -UserId 'cloud.only@contoso.onmicrosoft.com' -Property id,onPremisesSyncEnabled,onPremisesImmutableId
$null -eq $cloud.OnPremisesSyncEnabled -and $null -eq $cloud.OnPremisesImmutableId
Get-MgUser -Filter "onPremisesSyncEnabled eq true" -ConsistencyLevel eventual -CountVariable synced | ForEach-Object UserPrincipalName
"synced: $synced"
$u = New-MgUser -DisplayName 'Cloud User1' -AccountEnabled -MailNickname 'clouduser1' -UserPrincipalName 'clouduser1@contoso.onmicrosoft.com' -PasswordProfile @{Password='Lab-Passw0rd!'; ForceChangePasswordNextSignIn=$true}
$u | Out-Host
Update-MgUser -UserId $u.Id -JobTitle 'Analyst' -Department 'Finance'
Get-MgUser -UserId 'clouduser1@contoso.onmicrosoft.com' -Property jobTitle,department | ForEach-Object { $_.JobTitle + ' / ' + $_.Department }
Update-MgUser -UserId 'bsmith@contoso.com' -UsageLocation 'GB' -PassThru
Update-MgUser -UserId 'bsmith@contoso.com' -JobTitle 'Boss'
Get-MgUser -Search '"displayName:Cloud"' -ConsistencyLevel eventual | ForEach-Object DisplayName
Remove-MgUser -UserId $u.Id
Get-MgUser -UserId $u.Id
Remove-MgUser -UserId 'bsmith@contoso.com'
(Get-MgUser -All).Count
