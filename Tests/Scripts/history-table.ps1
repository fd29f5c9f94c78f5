# history-table: Get-History's default view is pwsh 7's table of Id (4 cells, right), Duration
# (12 cells, right: s.fff, growing to m:ss.fff and h:mm:ss.fff) and CommandLine; a script's
# history starts empty, so Add-History makes the entries
$start = Get-Date -Date '2024-03-01 09:00:00'
@(
  [pscustomobject]@{ CommandLine = 'Get-ADUser -Filter *'; ExecutionStatus = 'Completed'; StartExecutionTime = $start; EndExecutionTime = $start.AddMilliseconds(11) }
  [pscustomobject]@{ CommandLine = 'Get-ADGroup -Identity Admins'; ExecutionStatus = 'Failed'; StartExecutionTime = $start; EndExecutionTime = $start.AddSeconds(65.25) }
  [pscustomobject]@{ CommandLine = 'Start-ADSyncSyncCycle -PolicyType Initial'; ExecutionStatus = 'Stopped'; StartExecutionTime = $start; EndExecutionTime = $start.AddHours(2) }
  [pscustomobject]@{ CommandLine = 'Get-MgUser -All'; ExecutionStatus = 'Completed'; StartExecutionTime = $start; EndExecutionTime = $start.AddSeconds(1.5) }
) | Add-History
Get-History
