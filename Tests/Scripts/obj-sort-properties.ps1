# Sort-Object by properties, several keys, per-key direction hashtables, -Top and -Bottom
$people = @(
  [pscustomobject]@{ Name = 'Cid'; Dept = 'IT'; Age = 30 }
  [pscustomobject]@{ Name = 'Ann'; Dept = 'HR'; Age = 41 }
  [pscustomobject]@{ Name = 'Bob'; Dept = 'IT'; Age = 25 }
  [pscustomobject]@{ Name = 'Dee'; Dept = 'HR'; Age = 35 }
)
($people | Sort-Object Age).Name -join ','
($people | Sort-Object Dept, Name).Name -join ','
($people | Sort-Object @{ Expression = 'Dept'; Descending = $true }, @{ Expression = 'Age'; Ascending = $true }).Name -join ','
($people | Sort-Object -Property @{ e = { $_.Name.Length + $_.Age } } -Descending).Name -join ','
($people | Sort-Object -Property Age -Descending -Top 2).Name -join ','
($people | Sort-Object Age -Bottom 1).Name
