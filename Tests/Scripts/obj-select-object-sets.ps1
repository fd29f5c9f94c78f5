# obj-select-object-sets: -Skip works with -SkipLast; -Wait reads all the input after -First; null input is skipped; a custom object passed through is typed Selected once; hashtable entries come before hashtable members; an empty script block property is an error
('1', '2', '3' | Select-Object -Skip 1 -SkipLast 1) -join ','
@('1', '2' | Select-Object -Skip 2 -SkipLast 1).Count
@('1', '2' | Select-Object -Skip 1 -SkipLast 2).Count
$script:seen = 0
1..5 | ForEach-Object { $script:seen++; $_ } | Select-Object -First 2 -Wait | Out-Null
$script:seen
$script:seen = 0
1..5 | ForEach-Object { $script:seen++; $_ } | Select-Object -First 2 | Out-Null
$script:seen
@($null | Select-Object -Property a).Count
@(1, $null, 2 | Select-Object).Count
$o = [pscustomobject]@{ Name = 1 } | Select-Object | Select-Object
$o.psobject.TypeNames.Count
$o.psobject.TypeNames[0]
(@{ Entry = 100 } | Select-Object -Property Entry).Entry
@{ Keys = 10 } | Select-Object -ExpandProperty Keys
@{ Value = 10 } | Select-Object -ExpandProperty Keys
try { 'bar' | Select-Object -Property {} } catch { $_.FullyQualifiedErrorId }
