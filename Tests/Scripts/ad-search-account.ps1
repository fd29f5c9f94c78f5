# ad-search-account: Search-ADAccount finds the seeded lab's stale accounts (-AccountInactive, lastLogonTimestamp less the 14-day sync interval, never-logged-on accounts included), expired passwords and expiring accounts
'-- inactive for 90 days'
Search-ADAccount -AccountInactive -TimeSpan 90.00:00:00 | ForEach-Object { '{0} {1}' -f $_.ObjectClass, $_.SamAccountName }
'-- inactive users, a report'
Search-ADAccount -AccountInactive -TimeSpan 90.00:00:00 -UsersOnly | Sort-Object LastLogonDate | ForEach-Object {
    $days = if ($_.LastLogonDate) { [int][math]::Floor(((Get-Date) - $_.LastLogonDate).TotalDays) } else { 'never' }
    '{0,-15} {1}' -f $_.Name, $days
}
'-- the output objects'
$account = Search-ADAccount -AccountInactive -TimeSpan 30.00:00:00 -ComputersOnly
$account.PSObject.TypeNames[0]
$account.PSObject.Properties.Name -join ','
$account.LastLogonDate.GetType().FullName
'-- -DateTime: 200 days ago, less the 14-day interval, leaves only those that never logged on'
Search-ADAccount -AccountInactive -DateTime (Get-Date).AddDays(-200) | ForEach-Object SamAccountName
'-- under an OU, one level, at most two'
Search-ADAccount -AccountInactive -TimeSpan 90.00:00:00 -SearchBase 'OU=Users,OU=Corp,DC=contoso,DC=com' -SearchScope OneLevel -ResultSetSize 2 | ForEach-Object Name
'-- password expired (older than 42 days, or must change)'
Search-ADAccount -PasswordExpired | ForEach-Object SamAccountName
'-- expiring'
@(Search-ADAccount -AccountExpiring).Count
Set-ADAccountExpiration lharris -TimeSpan 3.00:00:00
Set-ADAccountExpiration bsmith -DateTime (Get-Date).AddDays(10)
Set-ADAccountExpiration cdavis -DateTime '2024-06-01'
Search-ADAccount -AccountExpiring | ForEach-Object Name
Search-ADAccount -AccountExpiring -TimeSpan 11.00:00:00 | ForEach-Object Name
Search-ADAccount -AccountExpired | ForEach-Object Name
Clear-ADAccountExpiration bsmith
Search-ADAccount -AccountExpiring -DateTime (Get-Date).AddDays(30) -UsersOnly | ForEach-Object Name
'-- errors'
try { Search-ADAccount -AccountInactive -TimeSpan 1.00:00:00 -DateTime (Get-Date) } catch { $_.Exception.Message }
try { Search-ADAccount -PasswordExpired -TimeSpan 1.00:00:00 } catch { $_.Exception.Message }
