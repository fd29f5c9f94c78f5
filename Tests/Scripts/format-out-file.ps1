# format-out-file: Out-File writes what the console shows, without colour; -Append adds to it
$path = "$HOME/out-file.txt"
[pscustomobject]@{a=1;b='x'} | Out-File -FilePath $path
'appended' | Out-File $path -Append -Encoding utf8
Get-Content $path | ForEach-Object { "[$_]" }
