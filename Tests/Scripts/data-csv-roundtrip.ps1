# data-csv-roundtrip: Export-Csv writes a file that Import-Csv reads back as string properties
$file = "$env:HOME/people.csv"
$people = [pscustomobject]@{Name='Ann'; Age=31; City='Oslo, NO'}, [pscustomobject]@{Name='Bob'; Age=$null; City='said "hi"'}
$people | Export-Csv -Path $file
Get-Content $file
$back = Import-Csv $file
$back.Count
$back[0].Age.GetType().Name
$back[1].Age -eq ''
$back[1].City
[pscustomobject]@{Name='Cy'; Age=5; City='Rome'} | Export-Csv -Path $file -Append
(Import-Csv $file).Name -join ','
$back | ConvertTo-Csv -UseQuotes AsNeeded
