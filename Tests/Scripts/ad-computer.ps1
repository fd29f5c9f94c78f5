# ad-computer: New-, Set- and Remove-ADComputer create, change and delete computer accounts (a $ on the sAMAccountName, userAccountControl 4096, primary group Domain Computers)
New-ADComputer -Name WS003 -DNSHostName ws003.contoso.com -OperatingSystem 'Windows 11 Enterprise'
$c = Get-ADComputer WS003 -Properties userAccountControl, primaryGroupID, OperatingSystem, PrimaryGroup
$c.DistinguishedName, $c.SamAccountName, $c.Enabled, $c.userAccountControl, $c.primaryGroupID, $c.PrimaryGroup, $c.OperatingSystem
New-ADComputer LAB-PC -SamAccountName labpc -Path 'OU=Computers,OU=Corp,DC=contoso,DC=com' -Enabled $false -PassThru | ForEach-Object { $_.SamAccountName; $_.Enabled }
(Get-ADGroupMember 'Domain Computers').Name -join ','
try { New-ADComputer WS001 } catch { $_.Exception.Message }
New-ADComputer WS009 -WhatIf
'-- Set-ADComputer'
Set-ADComputer WS003 -Location 'Lab 1' -Enabled $false -Replace @{info = 'spare'}
Get-ADComputer WS003 -Properties Location, info, userAccountControl | ForEach-Object { $_.Location; $_.info; $_.Enabled; $_.userAccountControl }
Get-ADComputer WS003 | Set-ADComputer -Enabled $true -PassThru | ForEach-Object { $_.PSObject.TypeNames[0]; $_.Enabled }
'-- Remove-ADComputer'
Remove-ADComputer WS003 -Confirm:$false
Remove-ADComputer 'labpc$' -Confirm:$false
(Get-ADComputer -Filter *).Name -join ','
try { Remove-ADComputer WS003 -Confirm:$false } catch { $_.Exception.Message; $_.CategoryInfo.Reason }
