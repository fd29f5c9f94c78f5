# format-collections-in-cells: collections show as {a, b, c, d…} with at most four items,
# an empty one as {}, a $null item spelled out (§1.3)
[pscustomobject]@{Name='x'; Items=1..5},
[pscustomobject]@{Name='y'; Items=@(1, 2, 3, 4)},
[pscustomobject]@{Name='z'; Items=@()},
[pscustomobject]@{Name='w'; Items=@(1, $null)} | Format-Table
