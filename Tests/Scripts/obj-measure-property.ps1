# Measure-Object -Property skips objects without the property; Maximum/Minimum work on strings
$files = [pscustomobject]@{ Name = 'a'; Length = 100 }, [pscustomobject]@{ Name = 'b'; Length = 300 },
  [pscustomobject]@{ Name = 'c' }
$m = $files | Measure-Object -Property Length -Sum -Maximum
"$($m.Property) $($m.Count) $($m.Sum) $($m.Maximum)"
'pear', 'fig', 'banana' | Measure-Object -Maximum -Minimum | ForEach-Object { "$($_.Maximum)/$($_.Minimum)" }
($files | Measure-Object { $_.Name.Length * 2 } -Sum).Sum
