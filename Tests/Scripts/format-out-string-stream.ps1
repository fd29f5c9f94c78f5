# format-out-string-stream: Out-String -Stream writes one string per line; Out-String one string
# holding every line with its newline (§7 Out-String)
[pscustomobject]@{a='x';b=2} | Out-String -Stream | ForEach-Object { "[$_]" }
$text = [pscustomobject]@{a='x';b=2} | Format-Table | Out-String
$text.Length
'one', 'two' | Out-String -Stream | ForEach-Object { "<$_>" }
