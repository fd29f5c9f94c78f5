# dates-offset: [DateTimeOffset] construction, offsets, Unix times, comparisons, text and JSON
$o = [DateTimeOffset]::new(2022, 11, 2, 12, 1, 44, 580, 138, (New-TimeSpan -Hours 4)).AddTicks(8)
$o.ToString('o')
$o.UtcDateTime.ToString('o')
$o.Offset.ToString()
$o.DateTime.Kind
$o.UtcDateTime.Kind
$o.ToUnixTimeSeconds()
$o -is [DateTimeOffset]
$o.GetType().FullName
[DateTimeOffset]::FromUnixTimeSeconds(1577836800).ToString()
[DateTimeOffset]::FromUnixTimeMilliseconds(-1).ToString('o')
[DateTimeOffset]::UnixEpoch.ToUnixTimeMilliseconds()
$a = [DateTimeOffset]'2020-01-01T00:00:00+02:00'
$b = [DateTimeOffset]'2019-12-31T22:00:00Z'
$a -eq $b
$a.EqualsExact($b)
$a -lt [DateTimeOffset]'2020-01-01T00:00:00+01:00'
$a.ToOffset([timespan]::FromHours(-5)).ToString('yyyy-MM-dd HH:mm zzz')
$a.ToUniversalTime().ToString('u')
[DateTimeOffset]::new([datetime]::new(2020, 1, 1, 0, 0, 0, 'Utc')).Offset.ToString()
[DateTimeOffset]::Parse('2021-06-01 10:00 -07:00').UtcDateTime.ToString('s')
$a | ConvertTo-Json
'"2022-11-02T12:01:44.5801388-04:00"' | ConvertFrom-Json -DateKind Offset | ForEach-Object { $_.ToString('o') }
'"1970-01-01T00:00:00.0000000Z"' | ConvertFrom-Json | ForEach-Object { "$($_.Kind) $($_.ToString('o'))" }
'"1970-01-01T00:00:00"' | ConvertFrom-Json | ForEach-Object { "$($_.Kind) $($_.ToString('o'))" }
'"1970-01-01T00:00:00"' | ConvertFrom-Json -DateKind Utc | ForEach-Object { "$($_.Kind) $($_.ToString('o'))" }
'"1970-01-01T00:00:00+10:00"' | ConvertFrom-Json -DateKind Utc | ForEach-Object { $_.ToString('o') }
'"1970-01-01T00:00:00+10:00"' | ConvertFrom-Json -DateKind String
try { [DateTimeOffset]::new(2020, 1, 1, 0, 0, 0, [timespan]::FromSeconds(90)) } catch { $_.Exception.Message }
try { [DateTimeOffset]::new(2020, 1, 1, 0, 0, 0, [timespan]::FromHours(15)) } catch { $_.Exception.Message }
