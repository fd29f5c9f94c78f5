# data-command-wildcard: Get-Command -Name with a wildcard lists matches sorted by command type, then name
Get-Command -Name *-Csv | ForEach-Object Name
'--'
Get-Command ConvertTo-J* | ForEach-Object { "$($_.CommandType) $($_.Name)" }
'--'
Get-Command -Verb Get -Noun Content | ForEach-Object { $_.Name + ' ' + $_.Source }
function Test-Widget { }
Get-Command *-Widget | ForEach-Object { "$($_.CommandType) $($_.Name)" }
@(Get-Command -Name Nothing-Matches*).Count
