# history-invoke: Invoke-History (r) echoes the command line, then runs it in the caller's scope:
# by id, by the start of a command line (case-sensitive, newest match), or the newest entry;
# its output goes down the pipeline, and a script adds no entries of its own
$when = Get-Date -Date '2024-03-01 09:00:00'
@('$counter += 1; "counter is $counter"', "Write-Output 'alpha'", "write-output 'beta'") | ForEach-Object {
  [pscustomobject]@{ CommandLine = $_; ExecutionStatus = 'Completed'; StartExecutionTime = $when; EndExecutionTime = $when }
} | Add-History
$counter = 10
Invoke-History 1
r 1
"after: $counter"
r Write
r
ihy -Id 2 -WhatIf
Get-History -Id 2 | Invoke-History | ForEach-Object { $_.ToUpper() }
(Get-History).Count
