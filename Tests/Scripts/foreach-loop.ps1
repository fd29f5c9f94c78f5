# foreach-loop: iterating collections, scalars and $null
foreach ($i in 1..3) { "item $i" }
foreach ($c in 'only') { "scalar $c" }
$count = 0
foreach ($z in $null) { $count++ }
"null iterations: $count"
$sum = 0
foreach ($n in @(4, 5, 6)) { $sum += $n }
"sum: $sum"
$out = foreach ($w in 'a', 'b') { $w.ToUpper() }
$out -join ','
foreach ($k in @{ a = 1 }.Keys) { "key $k" }
$pairs = foreach ($i in 1..2) { foreach ($j in 'x', 'y') { "$i$j" } }
$pairs -join ' '
