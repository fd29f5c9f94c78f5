# obj-join-unique-iex: Join-String's separator, quoting, prefix/suffix and format; Get-Unique drops adjacent duplicates only; Invoke-Expression runs in the caller's scope and reports parse errors
1..4 | Join-String -Separator '+'
'web01', 'db01' | Join-String -SingleQuote -Separator ', ' -OutputPrefix 'Servers: '
'a', 'b' | Join-String -DoubleQuote
$s = [pscustomobject]@{ Name = 'x'; Size = 1 }, [pscustomobject]@{ Name = 'y'; Size = 2 }
$s | Join-String -Property Name -Separator ';'
$s | Join-String { $_.Size * 10 } ','
0.5, 2 | Join-String -FormatString '{0:N1}' -Separator ' ' -OutputSuffix '!'
"[$(@() | Join-String -OutputPrefix '<' -OutputSuffix '>')]"
(1, 1, 2, 1, 3, 3 | Get-Unique) -join ','
('a', 'A', 'a' | Get-Unique) -join ','
('a', 'A', 'a' | Get-Unique -CaseInsensitive) -join ','
(1, '1', 2 | Get-Unique -AsString) -join ','
(1, 2, 'x', 'y', 3 | Get-Unique -OnType) -join ','
Invoke-Expression '$made = 6'
$made * 7
iex "Get-Date -Year 2024 -Month 1 -Day 2 -Format 'yyyy-MM-dd'"
$cmd = '1..3 | ForEach-Object { $_ * 2 }'
(Invoke-Expression $cmd) -join ','
Invoke-Expression '1 +'
'still running'
