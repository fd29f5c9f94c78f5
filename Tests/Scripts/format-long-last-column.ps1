# format-long-last-column: at width 120 (119 usable) a long last cell is cut to fit (§1.3)
[pscustomobject]@{Name='n'; Text='x' * 150} | Format-Table
