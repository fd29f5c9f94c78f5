# replace: regex replacement with groups, case sensitivity and a script block
'hello world' -replace 'o', '0'
'Hello' -replace 'h', 'J'
'Hello' -creplace 'h', 'J'
'John Smith' -replace '(\w+) (\w+)', '$2, $1'
'2024-01-15' -replace '(?<y>\d+)-(?<m>\d+)-(?<d>\d+)', '${d}/${m}/${y}'
'abc' -replace 'b'
'a.b.c' -replace '\.', '-'
'price 5' -replace '\d', '$$'
'abc' -replace 'b', '[$&]'
'a1b2' -replace '\d', { [int]$_.Value * 2 }
'x', 'y' -replace '$', '!'
