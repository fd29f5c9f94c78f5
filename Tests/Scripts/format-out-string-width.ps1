# format-out-string-width: Out-String -Width fits tables to that width (no minus one, unlike the
# console); the last column is shrunk and cut with an ellipsis (§1.3)
[pscustomobject]@{Name='abcdefghijklmnopqrst'; Value='uvwxyz0123456789'} | Out-String -Width 30 -Stream | ForEach-Object { "[$_]" }
