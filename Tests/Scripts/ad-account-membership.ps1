# ad-account-membership: Add- and Remove-ADPrincipalGroupMembership change the groups a principal is in; an unknown group changes nothing
Add-ADPrincipalGroupMembership fmoore -MemberOf Finance, 'File Share Readers'
Get-ADPrincipalGroupMembership fmoore | ForEach-Object name
Get-ADComputer WS001 | Add-ADPrincipalGroupMembership -MemberOf 'IT Admins' -PassThru | ForEach-Object Name
(Get-ADGroupMember 'IT Admins').Count
try { Add-ADPrincipalGroupMembership fmoore -MemberOf HR, nosuchgroup } catch { $_.Exception.Message }
(Get-ADGroupMember HR).Count
try { Add-ADPrincipalGroupMembership nosuchuser -MemberOf HR } catch { $_.Exception.Message }
Remove-ADPrincipalGroupMembership fmoore -MemberOf Finance, Engineering -Confirm:$false
Get-ADPrincipalGroupMembership fmoore | ForEach-Object name
Remove-ADPrincipalGroupMembership fmoore -MemberOf 'File Share Readers' -WhatIf
(Get-ADGroupMember 'File Share Readers' | Where-Object SamAccountName -eq fmoore).Name
