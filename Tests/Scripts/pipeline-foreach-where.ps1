# pipeline-foreach-where: ForEach-Object and Where-Object forms and aliases
1..3 | ForEach-Object -Begin { 'start' } -Process { $_ * 10 } -End { 'finish' }
'a', 'bb', 'ccc' | % Length
'a', 'b' | foreach { $_.ToUpper() }
'x', 'y' | % ToUpper
1..10 | Where-Object { $_ % 3 -eq 0 }
1..10 | ? { $_ -gt 8 }
$items = [pscustomobject]@{ Name = 'a'; N = 1 }, [pscustomobject]@{ Name = 'b'; N = 5 }, [pscustomobject]@{ Name = 'c'; N = 9 }
($items | where N -gt 3).Name -join ','
($items | where Name -eq 'a').N
($items | Where-Object Name -like '[bc]').Name -join ','
1..5 | ForEach-Object { if ($_ -eq 3) { return }; $_ }
