# format-groupby: reference §1.6 sample; each group is its own table with its own widths
[pscustomobject]@{Name='alpha'; Type='A'; Size=10},
[pscustomobject]@{Name='beta';  Type='A'; Size=200},
[pscustomobject]@{Name='gamma'; Type='B'; Size=3} | Format-Table Name, Size -GroupBy Type
