# data-content-add: Add-Content appends lines; -NoNewline writes values back to back
$file = "$env:HOME/log.txt"
Add-Content -Path $file -Value 'first'
Add-Content $file 'second', 'third'
Get-Content $file
Set-Content $file -Value 'a', 'b' -NoNewline
Add-Content $file -Value 'c' -NoNewline
Get-Content $file -Raw
(Get-Content $file -Raw).Length
