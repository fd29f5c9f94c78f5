# test: width=120 exit=0
# timespan-members: casts, properties, methods and static members of System.TimeSpan
"$([timespan]'01:02:03')"
"$([timespan]'1.02:03:04.5')"
"$([timespan]12345)"
"$([timespan]'10')"
"$([timespan]'-0:04')"
$t = [timespan]'1.02:03:04.5'
$t.Days, $t.Hours, $t.Minutes, $t.Seconds, $t.Milliseconds
$t.Ticks
$t.TotalSeconds
$t.ToString()
$t.ToString('c')
$t.ToString('g')
$t.ToString('G')
$t.ToString('hh\:mm\:ss')
$t.ToString("d' days 'h' hours'")
'{0:dd\.hh\:mm}' -f $t
$t.Add([timespan]'0:00:55.5').ToString()
$t.Subtract('2.00:00:00').ToString()
$t.Negate().ToString()
([timespan]'-0:30').Duration().ToString()
"$([timespan]::Zero) $([timespan]::MaxValue) $([timespan]::MinValue)"
"$([timespan]::FromSeconds(90)) $([timespan]::FromMinutes(2.5)) $([timespan]::FromHours(36))"
"$([timespan]::FromDays(1)) $([timespan]::FromMilliseconds(1500))"
"$([timespan]::Parse('4:00'))"
"$([timespan]::new(1, 2, 3)) $([timespan]::new(1, 2, 3, 4)) $([timespan]::new(1, 2, 3, 4, 5))"
$d = [datetime]'2024-01-15 08:30:00'
$d.TimeOfDay.ToString()
$d.Add([timespan]'1.00:00:00').ToString('yyyy-MM-dd HH:mm')
$d.Subtract([datetime]'2024-01-01').Days
$d.Subtract([timespan]'08:30:00').ToString('yyyy-MM-dd HH:mm')
