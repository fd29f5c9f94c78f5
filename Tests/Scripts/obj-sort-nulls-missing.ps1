# Sort-Object: $null sorts before numbers; objects lacking the property come last (reference §7)
(3, $null, 1 | Sort-Object | ForEach-Object { if ($null -eq $_) { 'null' } else { $_ } }) -join ','
$rows = [pscustomobject]@{ N = 'a'; V = 2 }, [pscustomobject]@{ N = 'b' }, [pscustomobject]@{ N = 'c'; V = 1 }
($rows | Sort-Object V).N -join ','
