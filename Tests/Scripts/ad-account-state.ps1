# ad-account-state: Disable-, Enable- and Unlock-ADAccount change userAccountControl and lockoutTime; Search-ADAccount finds accounts by state; unknown identities change nothing
Disable-ADAccount bsmith
(Get-ADUser bsmith).Enabled
Get-ADUser bsmith | Enable-ADAccount -PassThru | ForEach-Object { $_.SamAccountName, $_.Enabled }
Get-ADComputer WS002 | Disable-ADAccount
(Get-ADComputer WS002 -Properties userAccountControl).userAccountControl
'-- AccountDisabled'
Search-ADAccount -AccountDisabled | ForEach-Object SamAccountName
Search-ADAccount -AccountDisabled -UsersOnly -SearchBase 'OU=Corp,DC=contoso,DC=com' | ForEach-Object SamAccountName
Search-ADAccount -AccountDisabled -ComputersOnly | ForEach-Object Name
Search-ADAccount -AccountDisabled -ResultSetSize 1 | ForEach-Object Name
'-- PasswordNeverExpires'
$account = Search-ADAccount -PasswordNeverExpires -SearchBase 'OU=Service Accounts,DC=contoso,DC=com'
$account.PSObject.Properties.Name -join ','
$account.DistinguishedName, $account.Enabled, $account.LockedOut, $account.PasswordNeverExpires, $account.UserPrincipalName
'-- LockedOut'
@(Search-ADAccount -LockedOut).Count
Set-ADUser ewilson -Replace @{lockoutTime = 133497828000000000}
Search-ADAccount -LockedOut | ForEach-Object { $_.Name; $_.LockedOut }
Unlock-ADAccount ewilson
(Get-ADUser ewilson -Properties lockoutTime).lockoutTime
@(Search-ADAccount -LockedOut).Count
'-- errors'
try { Enable-ADAccount nosuchuser } catch { $_.Exception.Message; $_.FullyQualifiedErrorId }
try { Disable-ADAccount 'CN=Sales,OU=Groups,OU=Corp,DC=contoso,DC=com' } catch { $_.Exception.Message }
try { Unlock-ADAccount nosuchuser } catch { $_.Exception.Message }
Disable-ADAccount ajohnson -WhatIf
(Get-ADUser ajohnson).Enabled
'-- AccountExpired'
Set-ADUser lharris -Replace @{accountExpires = 133497828000000000}
Search-ADAccount -AccountExpired -UsersOnly | ForEach-Object { $_.SamAccountName; $_.AccountExpirationDate.Year }
