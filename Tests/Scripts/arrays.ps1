# arrays: construction, indexing, slicing, += and nesting
$a = 1, 2, 3
$a.Count
$a[0]
$a[-1]
$a[1..2] -join ','
$a[0, 2] -join ','
$null -eq $a[10]
$e = @()
$e.Count
$a += 4
$a -join ','
$a.Count
$n = @(1, @(2, 3), 4)
$n.Count
$n[1][0]
$n[1].Count
$s = @('only')
$s.Count
$m = 1..5
$m[-2..-1] -join ','
(@(1, 2) + 3) -join ','
(@(1, 2) * 2) -join ','
$a.GetType().Name
$a[1] = 20
$a -join ','
