# data-csv-export-empty: an empty result exported by Export-Csv creates an empty file (pwsh opens the file before any object arrives)
$file = Join-Path $env:HOME 'empty.csv'
@() | Export-Csv $file
Test-Path $file
(Get-Item $file).Length
"[$(Get-Content $file -Raw)]"
$stale = Join-Path $env:HOME 'stale.csv'
[pscustomobject]@{ Name = 'old' } | Export-Csv $stale
@() | Export-Csv $stale
(Get-Item $stale).Length
Import-Csv $stale | Measure-Object | ForEach-Object Count
