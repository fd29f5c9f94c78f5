# functions-basic: every uncaptured value is output, not just the returned one
function Get-Two { 1; 2 }
function Get-Early { 'first'; return 'second'; 'never' }
function Add($a, $b) { $a + $b }
function Get-Nothing { $null = 'suppressed' }
Get-Two
(Get-Two).Count
Get-Early
Add 2 3
Add -b 10 -a 1
$r = Get-Nothing
$null -eq $r
function Get-Mixed {
    'log line'
    return 42
}
$m = Get-Mixed
$m.Count
$m[1]
function Get-Args { $args.Count; $args -join '|' }
Get-Args x y z
