# data-csv-convertto: PowerShell 7 quotes every field, writes no #TYPE line, leaves $null empty and unquoted
[pscustomobject]@{Name='a';Size=1;Note=$null}, [pscustomobject]@{Name='b,c';Size=2;Note='say "hi"'} | ConvertTo-Csv
[pscustomobject]@{Name='a';Size=1} | ConvertTo-Csv -NoTypeInformation -Delimiter ';'
[pscustomobject]@{Name='a b';Size=1}, [pscustomobject]@{Name='c;d';Size=2} | ConvertTo-Csv -UseQuotes AsNeeded -Delimiter ';'
[pscustomobject]@{Name='a';Size=1} | ConvertTo-Csv -UseQuotes Never
[pscustomobject]@{Name='a';Size=1} | ConvertTo-Csv -QuoteFields Size
[pscustomobject]@{Name='a';Size=1} | ConvertTo-Csv -IncludeTypeInformation
[pscustomobject]@{Name='x'; Tags='a','b'}, [pscustomobject]@{Other=1} | ConvertTo-Csv
