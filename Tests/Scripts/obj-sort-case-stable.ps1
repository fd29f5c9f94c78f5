# Sort-Object -CaseSensitive puts lowercase first; -Stable keeps equal keys in input order
('b', 'B', 'a', 'A' | Sort-Object -CaseSensitive) -join ','
('x', 'X', 'y' | Sort-Object -Unique -CaseSensitive) -join ','
$rows = 'b1', 'a1', 'b2', 'a2', 'b3' | ForEach-Object { [pscustomobject]@{ K = $_.Substring(0, 1); Id = $_ } }
($rows | Sort-Object K -Stable).Id -join ','
