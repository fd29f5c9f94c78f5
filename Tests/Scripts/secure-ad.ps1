# secure-ad: New-ADUser takes its password as a SecureString and records when it was set, unless
# the user must change it at logon; Set-ADAccountPassword -Reset sets it again, and without
# -NewPassword it would prompt, which fails without a terminal
$password = ConvertTo-SecureString 'P@ssw0rd1' -AsPlainText -Force
New-ADUser -Name 'Tina Fox' -SamAccountName tfox -AccountPassword $password -Enabled $true
$user = Get-ADUser tfox -Properties PasswordLastSet, PasswordExpired
$user.Enabled
$user.PasswordLastSet -is [datetime]
$user.PasswordExpired
New-ADUser -Name 'Tom Lee' -SamAccountName tlee -AccountPassword $password -ChangePasswordAtLogon $true
(Get-ADUser tlee -Properties PasswordExpired).PasswordExpired
$before = (Get-ADUser bsmith -Properties PasswordLastSet).PasswordLastSet
Set-ADAccountPassword -Identity bsmith -Reset -NewPassword (ConvertTo-SecureString 'N3w-P@ss' -AsPlainText)
(Get-ADUser bsmith -Properties PasswordLastSet).PasswordLastSet -gt $before
Set-ADAccountPassword -Identity bsmith
'done'
