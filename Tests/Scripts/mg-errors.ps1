# mg-errors: bad ids, filters, selects and bodies give Graph's errors (non-terminating, no position: they come from inside the module) and change nothing
Get-MgGroup -GroupId 'AZ SG01'
Get-MgGroup -GroupId '3f2b8c1e-6d4a-4e2b-9c7f-1a2b3c4d5e6f'
Get-MgGroup -Filter "displayName eq"
Get-MgGroup -Filter "displayName eq 'x"
Get-MgGroup -Filter "nope eq 'x'"
Get-MgGroup -Filter "groupTypes eq 'Unified'"
Get-MgGroup -Filter "mailEnabled eq 'true'"
Get-MgGroup -Filter "not(groupTypes/any(c:c eq 'Unified'))"
Get-MgGroup -Search '"displayName:M365"'
Get-MgGroup -Property 'id,nope'
New-MgGroup -DisplayName 'Mail SG' -MailEnabled -MailNickname 'mailsg' -SecurityEnabled
New-MgGroup -DisplayName 'Spaced' -MailEnabled:$false -MailNickname 'has space' -SecurityEnabled
New-MgGroup -DisplayName 'No flag' -MailNickname 'noflag' -SecurityEnabled
New-MgUser -DisplayName 'X' -AccountEnabled -MailNickname 'x' -UserPrincipalName 'x@fabrikam.com' -PasswordProfile @{Password='Lab-Passw0rd!'}
New-MgUser -DisplayName 'Y' -AccountEnabled -MailNickname 'y' -UserPrincipalName 'ajohnson@contoso.com' -PasswordProfile @{Password='Lab-Passw0rd!'}
New-MgUser -DisplayName 'Z' -AccountEnabled -MailNickname 'z' -UserPrincipalName 'z@contoso.com' -PasswordProfile @{Password='short'}
Get-MgUser -UserId 'nobody@contoso.com'
try { Get-MgGroup -GroupId 'nope' -ErrorAction Stop } catch { $_.FullyQualifiedErrorId }
@(Get-MgGroup -All).Count
(Get-MgUser -All).Count
