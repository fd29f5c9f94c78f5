# format-psstyle: $PSStyle exists, starts as PlainText under NO_COLOR, and OutputRendering Ansi
# styles the header and dash lines of captured output (§1.4 test evidence, §1.8)
$PSStyle.OutputRendering
$PSStyle.Formatting.TableHeader -replace '\x1b', '\e'
$PSStyle.OutputRendering = 'Ansi'
[pscustomobject]@{foo=1} | Format-Table | Out-String -Stream | ForEach-Object { $_ -replace '\x1b', '\e' }
[pscustomobject]@{Short=1; LongerName=2} | Format-List | Out-String -Stream | ForEach-Object { $_ -replace '\x1b', '\e' }
