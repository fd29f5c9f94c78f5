# errors-cmdlet-class-ids: the FullyQualifiedErrorId of PowerShell's own cmdlets ends in their .NET class name, for binder errors and the cmdlets' own errors alike
try { Get-Random -Count 0 } catch { $_.FullyQualifiedErrorId }
try { Add-Member -InputObject 1 -NoSuchParameter } catch { $_.FullyQualifiedErrorId }
try { 'a' | Select-String '(' } catch { $_.FullyQualifiedErrorId }
function f { param([Parameter(Mandatory)][int]$n) $n }
try { f -n 'x' } catch { $_.FullyQualifiedErrorId }
