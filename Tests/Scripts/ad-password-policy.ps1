# ad-password-policy: the domain's password policy, the computed account properties (PasswordExpired, LockedOut, msDS-User-Account-Control-Computed, msDS-UserPasswordExpiryTimeComputed) and the Set-ADUser / New-ADUser account switches
Get-ADDefaultDomainPasswordPolicy
(Get-ADDefaultDomainPasswordPolicy).MaxPasswordAge.GetType().FullName
(Get-ADDefaultDomainPasswordPolicy -Identity CONTOSO).PSObject.TypeNames[0]
try { Get-ADDefaultDomainPasswordPolicy -Identity fabrikam.com } catch { $_.Exception.Message }
'-- an expired password'
$u = Get-ADUser fmoore -Properties PasswordExpired, PasswordLastSet, pwdLastSet, LastLogonDate, 'msDS-User-Account-Control-Computed', 'msDS-UserPasswordExpiryTimeComputed'
$u.PasswordExpired
$u.PasswordLastSet.GetType().FullName, $u.LastLogonDate.GetType().FullName
$u.'msDS-User-Account-Control-Computed'
$u.'msDS-User-Account-Control-Computed'.GetType().FullName
$u.'msDS-UserPasswordExpiryTimeComputed' - $u.pwdLastSet
$u.'msDS-UserPasswordExpiryTimeComputed'.GetType().FullName
'-- a password that never expires'
$s = Get-ADUser svc-backup -Properties PasswordExpired, PasswordNeverExpires, 'msDS-UserPasswordExpiryTimeComputed'
$s.PasswordExpired, $s.PasswordNeverExpires, $s.'msDS-UserPasswordExpiryTimeComputed'
'-- -Properties *'
$all = Get-ADUser ajohnson -Properties *
$all.PSObject.Properties.Name -contains 'msDS-User-Account-Control-Computed'
$all.PSObject.Properties.Name -contains 'msDS-UserPasswordExpiryTimeComputed'
$all.PasswordExpired, $all.LockedOut, $all.'msDS-User-Account-Control-Computed'
'-- Set-ADUser -ChangePasswordAtLogon'
Set-ADUser ajohnson -ChangePasswordAtLogon $true
$a = Get-ADUser ajohnson -Properties PasswordExpired, PasswordLastSet, pwdLastSet, 'msDS-UserPasswordExpiryTimeComputed', 'msDS-User-Account-Control-Computed'
$a.PasswordExpired, ($null -eq $a.PasswordLastSet), $a.pwdLastSet, $a.'msDS-UserPasswordExpiryTimeComputed', $a.'msDS-User-Account-Control-Computed'
Set-ADUser ajohnson -ChangePasswordAtLogon $false
(Get-ADUser ajohnson -Properties PasswordExpired).PasswordExpired
'-- Set-ADUser -PasswordNeverExpires'
Set-ADUser fmoore -PasswordNeverExpires $true
(Get-ADUser fmoore -Properties userAccountControl, PasswordExpired) | ForEach-Object { $_.userAccountControl, $_.PasswordExpired }
Set-ADUser fmoore -PasswordNeverExpires $false -Enabled $false
(Get-ADUser fmoore -Properties userAccountControl).userAccountControl
try { Set-ADUser fmoore -PasswordNeverExpires $true -ChangePasswordAtLogon $true } catch { $_.Exception.Message }
'-- Set-ADUser -AccountExpirationDate'
Set-ADUser bsmith -AccountExpirationDate '2030-01-31'
(Get-ADUser bsmith -Properties AccountExpirationDate).AccountExpirationDate.ToString('yyyy-MM-dd')
Set-ADUser bsmith -AccountExpirationDate $null
(Get-ADUser bsmith -Properties accountExpires).accountExpires
'-- LockedOut follows the lockout duration'
Set-ADUser ewilson -Replace @{lockoutTime = (Get-Date).ToFileTime()}
Get-ADUser ewilson -Properties LockedOut, 'msDS-User-Account-Control-Computed' | ForEach-Object { $_.LockedOut, $_.'msDS-User-Account-Control-Computed' }
Set-ADUser ewilson -Replace @{lockoutTime = (Get-Date).AddMinutes(-11).ToFileTime()}
(Get-ADUser ewilson -Properties LockedOut).LockedOut
(Search-ADAccount -LockedOut).SamAccountName
'-- New-ADUser without a password stays disabled'
New-ADUser -Name 'Nora Lane' -SamAccountName nlane
(Get-ADUser nlane -Properties userAccountControl).userAccountControl
New-ADUser -Name 'Omar Reyes' -SamAccountName oreyes -Enabled $true -ErrorVariable failed -ErrorAction SilentlyContinue
$failed[0].Exception.Message
$failed[0].FullyQualifiedErrorId
(Get-ADUser oreyes).Enabled
New-ADUser -Name 'Pia Ward' -SamAccountName pward -Enabled $true -PasswordNotRequired $true
(Get-ADUser pward -Properties userAccountControl) | ForEach-Object { $_.Enabled, $_.userAccountControl }
New-ADUser -Name 'Raj Iyer' -SamAccountName riyer -Enabled $true -AccountPassword (ConvertTo-SecureString 'P@ssw0rd1' -AsPlainText -Force)
(Get-ADUser riyer -Properties userAccountControl, PasswordExpired) | ForEach-Object { $_.Enabled, $_.userAccountControl, $_.PasswordExpired }
