# ad-pipeline-identity: names and objects piped to the Get-AD* cmdlets bind -Identity by value, as the module declares, although the default parameter set is -Filter's
'Sales' | Get-ADGroup | ForEach-Object Name
'bsmith', 'ajohnson' | Get-ADUser | ForEach-Object SamAccountName
(Get-ADGroupMember 'Sales' | Get-ADUser | Measure-Object).Count -eq (Get-ADGroupMember 'Sales' | Measure-Object).Count
'WS001' | Get-ADComputer | ForEach-Object Name
try { 'nosuchuser' | Get-ADUser } catch { $_.CategoryInfo.Category }
