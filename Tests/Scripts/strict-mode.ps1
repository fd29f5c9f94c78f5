# strict-mode: Set-StrictMode's versions, each adding its checks, scoped to the scope that sets them and its children
function Show($block) {
  try { & $block } catch { "$($_.FullyQualifiedErrorId) | $($_.CategoryInfo.Category) | $($_.Exception.Message)" }
}
# Off: nothing is checked.
$unset -eq $null
(1, 2)[5] -eq $null
Set-StrictMode -Version 1.0
Show { $unset }
Show { "[$unset]" }
Show { 'abc'.NoSuchProperty -eq $null }
Show { $env:NO_SUCH_VARIABLE_FOR_STRICT -eq $null }
Set-StrictMode -Version 2.0
Show { "[$unset]" }
Show { 'abc'.NoSuchProperty }
Show { @{ a = 1 }.b }
Show { @{ a = 1 }['b'] -eq $null }
Show { ([pscustomobject]@{ Name = 'x'; Empty = $null }).Empty -eq $null }
Show { (5).Count }
Show { 'abc'.Length }
Show { 'abc'.Count }
Show { (1, 2).Count }
Show { $x = 5; $x[1] }
Show { $x = 5; $x[0] }
function add($a, $b) { $a + $b }
Show { add(3, 4) }
add 3 4
Show { (1, 2)[5] -eq $null }
Set-StrictMode -Version Latest
Show { (1, 2)[5] }
Show { (1, 2)[-3] }
Show { 'abc'[3] }
(1, 2)[-1]
# Correct code runs unchanged: automatic variables, pipeline variables, string lengths.
Show { $PSScriptRoot.Length -gt 0; 1..2 | ForEach-Object { $_ * $PSItem } }
# A child scope inherits the mode and can turn it off for itself alone.
& { Set-StrictMode -Off; $unset -eq $null }
Show { $unset }
function Lenient { Set-StrictMode -Version 1.0; "[$unset]"; (1, 2)[9] -eq $null }
Lenient
# Bad versions fail as pwsh's parameter binding does.
Show { Set-StrictMode -Version 1.5 }
Show { Set-StrictMode -Version nonsense }
# Measure-Object reports a property no input had only under strict mode 2.0 and later.
& { Set-StrictMode -Off; @([pscustomobject]@{ a = 1 } | Measure-Object -Property b -Sum).Count }
Show { [pscustomobject]@{ a = 1 } | Measure-Object -Property b -Sum -ErrorAction Stop }
