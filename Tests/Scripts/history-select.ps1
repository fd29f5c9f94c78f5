# history-select: Get-History gets every entry, the newest -Count, the -Id entries (also from the
# pipeline), or -Count entries ending at one -Id; $global:MaximumHistoryCount caps the history
"at start: $(@(Get-History).Count) entries, cap $MaximumHistoryCount"
$when = Get-Date -Date '2024-03-01 09:00:00'
1..6 | ForEach-Object {
  [pscustomobject]@{ CommandLine = "Write-Output $_"; ExecutionStatus = 'Completed'; StartExecutionTime = $when; EndExecutionTime = $when }
} | Add-History
(Get-History).Id -join ','
(Get-History -Count 2).Id -join ','
(Get-History -Id 4, 2).CommandLine -join '; '
(Get-History 4 3).Id -join ','
@(Get-History -Count 0).Count
(2, 5 | Get-History).Id -join ','
(h 1).CommandLine
(history -Id 2).CommandLine
(ghy -Count 1).CommandLine
$entry = Get-History -Id 3
"$entry | $($entry.ExecutionStatus) | $($entry.Duration) | $($entry.StartExecutionTime.ToString('yyyy-MM-dd HH:mm'))"
$entry.GetType().FullName
# Only the global variable counts: this one lives in the script's scope.
$MaximumHistoryCount = 2
(Get-History).Id -join ','
$global:MaximumHistoryCount = 2
(Get-History).Id -join ','
# Entries that fell out do not come back.
$global:MaximumHistoryCount = 4096
(Get-History).Id -join ','
