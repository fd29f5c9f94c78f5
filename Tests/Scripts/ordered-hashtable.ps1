# ordered-hashtable: [ordered] keeps insertion order
$o = [ordered]@{ z = 1; a = 2; m = 3 }
$o.Keys -join ','
$o.Values -join ','
$o['a']
$o.m
$o.b = 4
$o.Keys -join ','
$o.Count
$o.Contains('Z')
$o.Remove('a')
$o.Keys -join ','
