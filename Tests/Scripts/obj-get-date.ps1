# Get-Date with -Date, -Format, -UFormat and the part parameters (a short month rolls over)
Get-Date -Date '2024-01-15 08:05:09' -Format 'yyyy-MM-dd HH:mm:ss'
Get-Date -Date '2024-01-15' -Format 'dddd, MMMM d'
Get-Date -Date '2024-03-09 14:30:00' -UFormat '%Y%m%d %H:%M %A'
$d = Get-Date -Year 2023 -Month 12 -Day 25 -Hour 0 -Minute 0 -Second 0
"$($d.Year)-$($d.Month)-$($d.Day) $($d.DayOfWeek)"
(Get-Date -Date '2024-02-10' -Day 31).ToString('yyyy-MM-dd')
(Get-Date).GetType().FullName
(Get-Date -Format 'yyyy').Length
'2024-07-04' | Get-Date -Format 'MM/dd'
