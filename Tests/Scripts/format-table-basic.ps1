# format-table-basic: reference §1.4 sample, two columns, number column right-aligned
$items = [pscustomobject]@{Name='Alpha';     Value=1},
         [pscustomobject]@{Name='Beta';      Value=22},
         [pscustomobject]@{Name='Gamma ray'; Value=333}
$items | Format-Table Name, Value
