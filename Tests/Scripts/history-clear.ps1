# history-clear: Clear-History removes entries by id, by command-line pattern (exact: the oldest
# match, or -Newest; wildcards: every match), by -Count from either end, or all; ids are kept
function Show { (Get-History).Id -join ',' }
$when = Get-Date -Date '2024-03-01 09:00:00'
@(
  'Get-ADUser jdoe', 'Get-ADGroup -Filter *', 'Get-ADUser -Identity jdoe', 'Get-MgUser -All',
  'Get-ADUser jdoe', 'Get-MgGroup -All', 'Get-ADComputer -Filter *', 'Get-MgUser -All',
  'Write-Output 9', 'Write-Output 10', 'Write-Output 11', 'Write-Output 12'
) | ForEach-Object {
  [pscustomobject]@{ CommandLine = $_; ExecutionStatus = 'Completed'; StartExecutionTime = $when; EndExecutionTime = $when }
} | Add-History
Show
Clear-History -Id 2, 7
Show
Clear-History -CommandLine 'get-aduser jdoe'
Show
Clear-History -CommandLine 'Get-MgUser -All' -Newest
Show
Clear-History -CommandLine 'Get-Mg*'
Show
Clear-History -Count 1
Show
Clear-History -Count 1 -Newest
Show
clhy -Id 10 -Count 2
Show
Clear-History -WhatIf
Show
Clear-History
"entries left: $(@(Get-History).Count)"
(Add-History ([pscustomobject]@{ CommandLine = 'Get-Date'; ExecutionStatus = 'Completed'; StartExecutionTime = $when; EndExecutionTime = $when }) -Passthru).Id
