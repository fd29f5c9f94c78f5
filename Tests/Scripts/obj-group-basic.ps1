# Group-Object by a script block: Name, Count, Group and Values of each GroupInfo
$g = 'apple', 'avocado', 'banana', 'blueberry', 'cherry' | Group-Object { $_.Substring(0, 1) }
$g | ForEach-Object { "$($_.Name): $($_.Count) [$($_.Group -join ', ')]" }
$g[0].pstypenames[0]
($g | ForEach-Object { $_.Values[0] }) -join ','
$g.Count
