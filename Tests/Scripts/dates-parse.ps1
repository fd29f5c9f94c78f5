# dates-parse: date strings as [datetime] and Get-Date -Date read them, kinds, -Format, -DisplayHint, constructors and file times
$d = [datetime]'2030-4-5 1:2:3.09'
$d.ToString('o')
$d.Kind
([datetime]'Jan 1, 2020').ToString('yyyy-MM-dd dddd')
([datetime]'1/1/0030').DayOfWeek
([datetime]'15 March 2024 3:04 PM').ToString('s')
([datetime]'Wednesday, January 1, 2020').DayOfYear
Get-Date -Date '0030-01-01T01:02:03.0004' -Format FileDateTime
Get-Date -Date '0030-01-01T01:02:03.0004' -Format FileDate
Get-Date -Date '2024-02-29 13:45:00' -Format 'dddd, MMMM d, yyyy h:mm tt'
(Get-Date -Date '2020-01-01T00:00:00').Kind
(Get-Date -Date 'Jan 1, 2020' -DisplayHint Date | Out-String).Trim()
(Get-Date -Date 'Jan 1, 2020 13:05' -DisplayHint Time).DateTime
(Get-Date -Date 'Jan 1, 2020 13:05' -DisplayHint Date).Year
([datetime]'2020-01-01').DateTime
$u = [datetime]::new(2024, 1, 2, 3, 4, 5, 6, 'Utc')
$u.ToString('o')
$u.Kind
[datetime]::new(2024, 1, 2, 3, 4, 5, 6, 7, 'Unspecified').ToString('o')
[datetime]::FromFileTimeUtc(0).ToString('o')
[datetime]::new(2000, 1, 1, 0, 0, 0, 'Utc').ToFileTimeUtc()
[datetime]::new(2000, 1, 1, 0, 0, 0, 'Utc').ToFileTime()
[datetime]::SpecifyKind([datetime]'2020-05-06', 'Utc').ToString('o')
[datetime]'2020-01-01' -eq [datetime]::new(2020, 1, 1, 0, 0, 0, 'Utc')
try { [datetime]'2020-13-01' } catch { $_.Exception.Message }
[DateTimeKind]::Utc
[cultureinfo]::CurrentCulture.DateTimeFormat.AbbreviatedMonthNames[3]
[System.Globalization.ISOWeek]::GetYear([datetime]"2010-01-03")
