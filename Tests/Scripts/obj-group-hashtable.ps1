# Group-Object -AsHashTable maps each key to its group; -AsString makes the keys strings
$h = 1..10 | Group-Object { $_ % 3 } -AsHashTable
$h[0] -join ','
$h[1] -join ','
$h.Count
$s = 'x', 'y', 'x' | Group-Object -AsHashTable -AsString
$s['x'].Count
$s.y.Count
