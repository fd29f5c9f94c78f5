# history-list: a HistoryInfo in a list; Duration is a TimeSpan, printed in .NET's constant format
$start = Get-Date -Date '2024-03-01 09:00:00'
Add-History ([pscustomobject]@{ CommandLine = 'Get-ADUser -Filter *'; ExecutionStatus = 'Completed'; StartExecutionTime = $start; EndExecutionTime = $start.AddSeconds(1.5) })
Get-History | Format-List Id, CommandLine, ExecutionStatus, Duration
