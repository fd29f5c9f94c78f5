# test: width=120 exit=0
# timespan-arithmetic: DateTime and TimeSpan operators, comparisons and string conversion
$start = [datetime]'2024-01-15 08:00:00'
$end = [datetime]'2024-01-16 09:30:15'
$span = $end - $start
$span.GetType().FullName
"$span"
$span.TotalMinutes
($start + $span) -eq $end
($end - $span).ToString('yyyy-MM-dd HH:mm:ss')
($start + [timespan]'02:00:00').ToString('HH:mm')
"$([timespan]'1:00' + [timespan]'0:30')"
"$([timespan]'1:00' - [timespan]'1:30')"
"$(-$span)"
"$([timespan]'0:10' * 3)"
"$([timespan]'1:00' / 4)"
[timespan]'1:00' / [timespan]'0:15'
$span -gt [timespan]'1.00:00:00'
$span -lt '1.00:00:00'
[timespan]'0:01:30' -eq '00:01:30'
$end -gt $start
[timespan]'2:00', [timespan]'0:45', [timespan]'1:00' | Sort-Object | ForEach-Object { "$_" }
$start - $end -lt 0
(Get-Date) - (Get-Date) -is [timespan]
