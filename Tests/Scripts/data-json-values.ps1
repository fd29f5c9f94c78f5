# data-json-values: strings escaped as Newtonsoft.Json does (non-ASCII kept); numbers, booleans, dates, NaN
"tab`there" | ConvertTo-Json
'quote " and \ backslash' | ConvertTo-Json
'café ünïcode' | ConvertTo-Json
"line1`nline2" | ConvertTo-Json
1.5, 2.0, 100, 1e20, [double]::NaN, $false | ConvertTo-Json -Compress
[datetime]'2024-01-15' | ConvertTo-Json
'<b>&' | ConvertTo-Json -EscapeHandling EscapeHtml
'é' | ConvertTo-Json -EscapeHandling EscapeNonAscii
