# obj-select-string: MatchInfo from piped strings (shown as the line) and from a file (path:line:text), with -NotMatch, -AllMatches, -SimpleMatch, -List, -Quiet, -Raw
$lines = 'error: disk full', 'ok', 'Error: link down', 'warning: slow'
$lines | Select-String 'error'
$lines | Select-String 'error' -CaseSensitive | ForEach-Object { "$($_.LineNumber) $($_.Line)" }
$lines | Select-String 'error', 'warn' | ForEach-Object { "$($_.LineNumber) $($_.Pattern)" }
($lines | Select-String 'error' -NotMatch).Line -join ','
('a1b22c333' | Select-String '\d+' -AllMatches).Matches.Value -join ','
('a1b22c333' | Select-String '\d+').Matches.Value
'1+1=2', '11' | Select-String '1+1' -SimpleMatch | ForEach-Object Line
($lines | Select-String 'error' -List).LineNumber
$lines | Select-String 'disk' -Quiet
$lines | Select-String 'nothing' -Quiet
$lines | Select-String 'slow' -Raw
$m = $lines | Select-String 'link'
$m.Filename, $m.Path, $m.IgnoreCase -join ' '
Select-String -Path obj-select-string.ps1 -Pattern '^# obj' | ForEach-Object { "$($_.Filename):$($_.LineNumber)" }
Select-String -Path obj-select-string.ps1 -Pattern 'nothing' -List
Select-String -Path /nonexistent-dir/no-such-file.txt -Pattern 'x'
try { $lines | Select-String '(' } catch { $_.FullyQualifiedErrorId }
