# Errors of the object cmdlets: non-terminating ones let the pipeline go on
$o = [pscustomobject]@{ Name = 'a' }
$o | Select-Object -ExpandProperty Nope
'after expand'
(1, 'x', 3 | Measure-Object -Sum).Sum
Get-Variable nosuchvariable
New-Alias -Name gm -Value Get-Date
New-Object Foo.Bar
'end'
