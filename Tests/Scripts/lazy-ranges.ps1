# lazy-ranges: a range at the head of a pipeline or in foreach is enumerated as it is used, so a range of two billion answers at once
1..2147483647 | Select-Object -First 3
foreach ($i in 0..1e9) { if ($i -ge 3) { break }; "item $i" }
$sum = 0; foreach ($i in (10..1)) { $sum += $i }; $sum
'a'..'c' | ForEach-Object { $_.GetType().Name + ' ' + $_ }
$built = 5..1
$built.Count; $built[1]
(1..3 | Measure-Object -Sum).Sum
