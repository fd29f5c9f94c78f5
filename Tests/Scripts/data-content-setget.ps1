# data-content-setget: Set-Content writes one line per value; Get-Content reads lines, -TotalCount, -Tail, -Raw
$file = "$env:HOME/lines.txt"
Set-Content -Path $file -Value 'alpha', 'beta', 'gamma', 'delta'
Get-Content $file
'--'
Get-Content $file -TotalCount 2
'--'
Get-Content $file -Tail 1
'--'
gc $file -First 1
type $file -Last 2
'--'
$raw = Get-Content $file -Raw
$raw.Length
$raw.EndsWith("`n")
(Get-Content $file).Count
(Get-Content $file)[2]
1..3 | Set-Content $file
(Get-Content $file) -join '+'
