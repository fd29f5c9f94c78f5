# test: width=120 exit=0
# timespan-cmdlets: New-TimeSpan from two dates or from parts, and Measure-Command timing a block
(New-TimeSpan -Start '2024-01-01' -End '2024-03-01').Days
"$(New-TimeSpan '2024-01-15 08:00:00' '2024-01-15 09:30:00')"
"$(New-TimeSpan -Start '2024-03-01' -End '2024-01-01')"
"$(New-TimeSpan -Days 1 -Hours 2 -Minutes 3 -Seconds 4 -Milliseconds 5)"
"$(New-TimeSpan -Hours 36)"
"$(New-TimeSpan)"
$file = [pscustomobject]@{ Name = 'report.txt'; LastWriteTime = [datetime]'2024-01-10 12:00:00' }
($file | New-TimeSpan -End '2024-01-15 12:00:00').Days
(New-TimeSpan -Start (Get-Date).AddSeconds(-10)).TotalSeconds -ge 10
$count = 0
$elapsed = 1..5 | Measure-Command { $count += $_; "dropped $_" }
$count
$elapsed.GetType().FullName
$elapsed -ge [timespan]::Zero
(Measure-Command -Expression { 'also dropped' }).TotalDays -lt 1
