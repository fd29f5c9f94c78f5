# Measure-Object statistics: unrequested ones stay $null; the standard deviation is the sample one
$m = 1..10 | Measure-Object -Sum -Average -Maximum -Minimum
"$($m.Count) $($m.Sum) $($m.Average) $($m.Maximum) $($m.Minimum)"
$m.pstypenames[0]
$c = 'a', 'b', 'c' | Measure-Object
"$($c.Count) [$($c.Sum)] [$($null -eq $c.Average)]"
(3.5, 1.5 | Measure-Object -Sum).Sum
$s = 2, 4, 4, 4, 5, 5, 7, 9 | Measure-Object -StandardDeviation
[math]::Round($s.StandardDeviation, 4)
$a = 1, 2, 3, 4 | Measure-Object -AllStats
"$($a.Sum) $($a.Average) $($a.Maximum) $($a.Minimum)"
(@() | Measure-Object).Count
