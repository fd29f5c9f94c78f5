# data-csv-convertfrom: ConvertFrom-Csv reads a header, quoted fields (even across lines), -Header and -Delimiter
$rows = 'Name,Size', 'a,1', '"b,c",2', "`"multi`nline`",3", 'short' | ConvertFrom-Csv
$rows.Count
$rows | ForEach-Object { "[$($_.Name)] [$($_.Size)]" }
$null -eq $rows[3].Size
'x;y;z' | ConvertFrom-Csv -Delimiter ';' -Header A, B | ForEach-Object { "$($_.A)-$($_.B)" }
'p,q' | ConvertFrom-Csv -Header One, Two, Three | ForEach-Object { $null -eq $_.Three }
